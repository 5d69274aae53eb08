import { Flex, StatusTag, Typography, type Tone } from '@careops/design-system';
import type { HitCounts as Counts } from '@careops/domain/content';
import { useTranslation } from '@careops/i18n';

const SEVERITIES = ['block', 'high', 'medium'] as const;
export const SEVERITY_TONE: Record<(typeof SEVERITIES)[number], Tone> = {
  block: 'error',
  high: 'warning',
  medium: 'default',
};

/** Rule hits of the current version by severity; only the severities that occur. */
export function HitCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation('content');
  const shown = SEVERITIES.filter((s) => counts[s] > 0);
  if (shown.length === 0) return <Typography.Text type="secondary">{t('library.noHits')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {shown.map((s) => (
        <StatusTag key={s} tone={SEVERITY_TONE[s]}>
          {t('library.hitCount', { severity: t(`rules.severity.${s}`), count: counts[s] })}
        </StatusTag>
      ))}
    </Flex>
  );
}
