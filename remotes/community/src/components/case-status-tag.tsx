import { StatusTag, type Tone } from '@careops/design-system';
import type { ModerationCase } from '@careops/domain/community';
import { useTranslation } from '@careops/i18n';

type CaseStatus = ModerationCase['status'];

const TONES: Record<CaseStatus, Tone> = {
  open: 'warning',
  in_review: 'processing',
  resolved: 'success',
  appealed: 'warning',
  closed: 'default',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('community');
  return <StatusTag tone={TONES[status]}>{t(`status.${status}`)}</StatusTag>;
}
