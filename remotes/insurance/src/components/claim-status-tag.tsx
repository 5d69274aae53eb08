import { StatusTag, type Tone } from '@careops/design-system';
import type { ClaimStatus } from '@careops/domain/insurance';
import { useTranslation } from '@careops/i18n';

const TONES: Record<ClaimStatus, Tone> = {
  reported: 'processing',
  documents_pending: 'warning',
  accepted: 'processing',
  under_review: 'processing',
  investigating: 'warning',
  approved: 'success',
  paid: 'success',
  rejected: 'error',
  appealed: 'warning',
  closed: 'default',
  withdrawn: 'default',
  advance_payment_due: 'error',
};

export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation('insurance');
  return <StatusTag tone={TONES[status]}>{t(`status.${status}`)}</StatusTag>;
}
