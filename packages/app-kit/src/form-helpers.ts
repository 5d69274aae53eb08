import { isApiError } from '@careops/api';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * The server's field errors (400 VALIDATION_FAILED) under the form's own controls. The server keys
 * them by schema path, as the form names its fields; keys the form has no control for are left
 * to the alert above the form.
 */
export function setServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): void {
  if (!isApiError(error)) return;
  for (const field of fields) {
    const message = error.fieldErrors[field]?.[0];
    if (message) setError(field, { type: 'server', message });
  }
}

/**
 * What a field shows for its error: the server's words as they are, the form's own (translated)
 * wording for an issue the domain's schema found, whose messages are English.
 */
export function errorText(error: FieldError | undefined, text: string): string | undefined {
  if (!error) return undefined;
  return error.type === 'server' && error.message ? error.message : text;
}

/**
 * Typed text as an optional field's value: blank is "not given", as the schemas' optional fields
 * expect (an empty reason would fail their `min(1)`).
 */
export const optionalText = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/** A number input's value: empty is "not given"; anything else the schema judges (NaN fails it). */
export const optionalNumber = (value: string): number | undefined =>
  value.trim() === '' ? undefined : Number(value);
