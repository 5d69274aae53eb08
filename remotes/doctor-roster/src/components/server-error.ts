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

/** Field errors from a 400 or 409, keyed as the form's fields are. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  return Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.join(' ')]),
  );
}
