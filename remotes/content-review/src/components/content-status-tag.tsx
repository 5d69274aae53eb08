import { StatusTag, type Tone } from '@careops/design-system';
import type { ContentStatus } from '@careops/domain/content';
import { useTranslation } from '@careops/i18n';

// Warning marks what waits on a reviewer; returned items wait on their author.
const TONES: Partial<Record<ContentStatus, Tone>> = {
  submitted: 'processing',
  auto_screening: 'processing',
  auto_rejected: 'error',
  first_review: 'warning',
  medical_review: 'warning',
  compliance_review: 'warning',
  rejected: 'error',
  approved: 'success',
  scheduled: 'processing',
  published: 'success',
  taken_down: 'error',
};

export function ContentStatusTag({ status }: { status: ContentStatus }) {
  const { t } = useTranslation('content');
  return <StatusTag tone={TONES[status] ?? 'default'}>{t(`status.${status}`)}</StatusTag>;
}
