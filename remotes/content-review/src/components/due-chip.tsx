import { StatusTag, type Tone } from '@careops/design-system';
import type { DueState } from '@careops/domain/content';
import { useTranslation } from '@careops/i18n';

const TONE: Record<DueState, Tone> = { on_time: 'success', due_soon: 'warning', overdue: 'error' };

/** A task's SLA state: the tone's colour always comes with its words. */
export function DueChip({ state }: { state: DueState }) {
  const { t } = useTranslation('content');
  return <StatusTag tone={TONE[state]}>{t(`queue.due.${state}`)}</StatusTag>;
}
