import { isApiError } from '@careops/api';
import type { TFunction } from 'i18next';

/**
 * What to tell the user about a failed command: the server's own words when it refused on
 * purpose (state machine, permission, rule, input), a generic line for anything else.
 */
export function serverErrorText(t: TFunction, error: unknown): string {
  if (
    isApiError(error, 'INVALID_TRANSITION') ||
    isApiError(error, 'FORBIDDEN') ||
    isApiError(error, 'VALIDATION_FAILED') ||
    isApiError(error, 'CONFLICT') ||
    isApiError(error, 'NOT_FOUND')
  )
    return error.message;
  return t('error.generic');
}
