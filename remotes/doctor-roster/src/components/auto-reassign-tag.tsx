import { StatusTag, type Tone } from '@careops/design-system';
import type { AutoReassign, SlaBreach } from '@careops/domain/doctors';
import { useTranslation } from '@careops/i18n';

const TONES: Record<AutoReassign['outcome'], Tone> = {
  reassigned: 'processing',
  no_doctor_available: 'warning',
  not_assigned: 'default',
};

/** What the system did at the FRT critical step (§1.4 auto-reassign), if the clock got there. */
export function autoReassignOf(breaches: readonly SlaBreach[]): AutoReassign | undefined {
  return breaches.find((b) => b.autoReassign !== undefined)?.autoReassign;
}

/** The system's move in words: to whom, or why it could not move the consultation. */
export function AutoReassignTag({ action, doctorName }: { action: AutoReassign; doctorName?: string }) {
  const { t } = useTranslation('doctors');
  const text =
    action.outcome === 'reassigned' && doctorName
      ? t('autoReassign.to', { name: doctorName })
      : t(`autoReassign.${action.outcome}`);
  return <StatusTag tone={TONES[action.outcome]}>{text}</StatusTag>;
}
