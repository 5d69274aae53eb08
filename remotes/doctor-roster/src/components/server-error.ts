import type { TFunction } from 'i18next';
import { isApiError } from '@careops/api';

/** A refusal in the user's language: the rule the server names, else its own message. */
export function serverErrorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  const rule = error.details.rule;
  if (typeof rule === 'string') return t(`rules.${rule}`, { defaultValue: error.message });
  if (error.code === 'CONFLICT' && error.details.current !== undefined) return t('errors.stale');
  if (error.code === 'FORBIDDEN') return t('errors.forbidden');
  return error.message;
}
