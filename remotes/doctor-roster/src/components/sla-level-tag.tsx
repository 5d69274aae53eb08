import { StatusTag, type Tone } from '@careops/design-system';
import type { SlaLevel } from '@careops/domain/doctors';
import { useTranslation } from '@careops/i18n';

export const LEVEL_TONES: Record<SlaLevel, Tone> = {
  ok: 'success',
  warn: 'warning',
  breach: 'error',
  critical: 'error',
};

/** The level in words as well as colour (WCAG 1.4.1). */
export function SlaLevelTag({ level }: { level: SlaLevel }) {
  const { t } = useTranslation('doctors');
  return <StatusTag tone={LEVEL_TONES[level]}>{t(`level.${level}`)}</StatusTag>;
}
