import type { TFunction } from 'i18next';
import type { ReviewStage, TaskRefusalCode } from '@careops/domain/content';

/**
 * A refusal code — a task row's `refusalCode` or a 403's `details.reason` — in the UI language.
 * FORBIDDEN on the medical stage means a missing licence; `claimedBy` names the holder of
 * CLAIMED_BY_OTHER.
 */
export function refusalText(
  t: TFunction,
  code: TaskRefusalCode,
  stage: ReviewStage,
  claimedBy?: string,
): string {
  if (code === 'FORBIDDEN' && stage === 'medical') return t('decision.refusal.FORBIDDEN_MEDICAL');
  if (code === 'CLAIMED_BY_OTHER') return t('decision.refusal.CLAIMED_BY_OTHER', { name: claimedBy ?? '' });
  return t(`decision.refusal.${code}`);
}
