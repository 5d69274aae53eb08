import type { TFunction } from 'i18next';
import type { ReviewStage } from '@careops/domain/content';
import type { RefusalReason } from '../api/tasks';

/** A server refusal (403 `details.reason`) in the UI language. */
export function refusalText(t: TFunction, reason: RefusalReason, stage: ReviewStage): string {
  if (reason === 'FORBIDDEN')
    return t(stage === 'medical' ? 'decision.refusal.licence' : 'decision.refusal.stage');
  return t(`decision.refusal.${reason}`);
}

/**
 * A queue row's `refusal` is the server's English sentence; the known ones are shown in the UI
 * language, anything else as the server wrote it.
 */
export function rowRefusalText(t: TFunction, refusal: string, stage: ReviewStage): string {
  if (refusal.startsWith('Read-only')) return t('decision.refusal.readOnly');
  if (refusal.startsWith('Four-eyes')) return refusalText(t, 'FOUR_EYES', stage);
  if (refusal.includes('own organisation')) return refusalText(t, 'AUTHOR_ORG', stage);
  if (refusal.startsWith('Medical review needs') || refusal.startsWith('You may not decide'))
    return refusalText(t, 'FORBIDDEN', stage);
  if (refusal.startsWith('The task is already')) return t('decision.refusal.closed');
  return refusal;
}
