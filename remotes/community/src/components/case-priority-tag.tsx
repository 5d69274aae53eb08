import { StatusTag, type Tone } from '@careops/design-system';
import type { ModerationCase } from '@careops/domain/community';
import { useTranslation } from '@careops/i18n';

type CasePriority = ModerationCase['priority'];

const TONES: Record<CasePriority, Tone> = { p1: 'error', p2: 'warning', p3: 'default' };

export function CasePriorityTag({ priority }: { priority: CasePriority }) {
  const { t } = useTranslation('community');
  return <StatusTag tone={TONES[priority]}>{t(`priority.${priority}`)}</StatusTag>;
}
