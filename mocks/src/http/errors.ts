import type { ErrorCode } from '@careops/domain';

/** Thrown by handlers; the endpoint wrapper turns it into the API's one error shape. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badRequest = (fieldErrors: Record<string, string[]>, message = 'The request is not valid.') =>
  new HttpError(400, 'VALIDATION_FAILED', message, fieldErrors);
export const unauthenticated = (code: 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' = 'UNAUTHENTICATED') =>
  new HttpError(401, code, code === 'TOKEN_EXPIRED' ? 'Your session has expired.' : 'Sign in first.');
export const forbidden = (message = 'You do not have permission to do this.') =>
  new HttpError(403, 'FORBIDDEN', message);
/** Also the answer for records outside the caller's scope: indistinguishable from a missing one. */
export const notFound = (what = 'Resource') => new HttpError(404, 'NOT_FOUND', `${what} not found.`);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new HttpError(409, 'CONFLICT', message, undefined, details);
export const invalidTransition = (from: string, action: string) =>
  new HttpError(409, 'INVALID_TRANSITION', `Cannot ${action} from ${from}.`, undefined, { from, action });
