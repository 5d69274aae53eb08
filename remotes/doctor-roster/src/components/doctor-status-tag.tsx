import { StatusTag, type Tone } from '@careops/design-system';
import type { DoctorStatus } from '@careops/domain/doctors';
import { useTranslation } from '@careops/i18n';

const TONES: Record<DoctorStatus, Tone> = {
  onboarding: 'processing',
  active: 'success',
  suspended: 'error',
  offboarded: 'default',
};

export function DoctorStatusTag({ status }: { status: DoctorStatus }) {
  const { t } = useTranslation('doctors');
  return <StatusTag tone={TONES[status]}>{t(`status.${status}`)}</StatusTag>;
}
