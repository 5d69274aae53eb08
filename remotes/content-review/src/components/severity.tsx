import { StatusTag, useToken, type Tone } from '@careops/design-system';
import type { RuleSeverity } from '@careops/domain/content';
import { useTranslation } from '@careops/i18n';

export const SEVERITY_RANK: Record<RuleSeverity, number> = { block: 3, high: 2, medium: 1 };
export const SEVERITY_TONE: Record<RuleSeverity, Tone> = {
  block: 'error',
  high: 'warning',
  medium: 'default',
};

export function SeverityTag({ severity }: { severity: RuleSeverity }) {
  const { t } = useTranslation('content');
  return <StatusTag tone={SEVERITY_TONE[severity]}>{t(`hits.severity.${severity}`)}</StatusTag>;
}

/**
 * Mark colours from the theme's tokens (so both themes work); the underline style differs by
 * severity too, and a text label always goes with it: colour is never the only signal.
 */
export function useSeverityStyles(): Record<
  RuleSeverity,
  { background: string; borderBottom: string; color: string }
> {
  const token = useToken();
  return {
    block: {
      background: token.colorErrorBg,
      borderBottom: `2px solid ${token.colorError}`,
      color: token.colorText,
    },
    high: {
      background: token.colorWarningBg,
      borderBottom: `2px dashed ${token.colorWarning}`,
      color: token.colorText,
    },
    medium: {
      background: token.colorInfoBg,
      borderBottom: `2px dotted ${token.colorInfo}`,
      color: token.colorText,
    },
  };
}
