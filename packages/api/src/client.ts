import type { z } from 'zod';
import { apiErrorBodySchema } from '@careops/domain';
import { apiConfig, emitUnauthorized } from './config';
import { ApiError } from './errors';

export type QueryValue = string | number | boolean | undefined | null | readonly string[];
export type QueryParams = Record<string, QueryValue>;

/** Drops empty values; arrays travel comma-separated (status=paid,accepted). */
export function toSearchParams(query: QueryParams = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  return params;
}

interface RequestOptions<S extends z.ZodType> {
  schema: S;
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

async function request<S extends z.ZodType>(
  method: string,
  path: string,
  options: RequestOptions<S>,
): Promise<z.output<S>> {
  const { baseUrl, getToken, getLocale, validateResponses, ready } = apiConfig();
  const search = toSearchParams(options.query).toString();
  const token = getToken();
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': getLocale() };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    await ready;
    response = await fetch(`${baseUrl}${path}${search ? `?${search}` : ''}`, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', 'The server could not be reached.');
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(payload);
    const error = parsed.success
      ? new ApiError(
          response.status,
          parsed.data.error.code,
          parsed.data.error.message,
          parsed.data.error.fieldErrors,
          parsed.data.error.details,
        )
      : new ApiError(
          response.status,
          response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL',
          response.statusText || 'Request failed',
        );
    if (response.status === 401 && token) emitUnauthorized(error);
    throw error;
  }
  if (!validateResponses) return payload as z.output<S>;
  const checked = options.schema.safeParse(payload);
  if (!checked.success) {
    console.error(`[api] ${method} ${path}: response does not match its schema`, checked.error.issues);
    throw new ApiError(response.status, 'INVALID_RESPONSE', 'The server answered in an unexpected shape.');
  }
  return checked.data;
}

/** The one way apps talk to the API; every call names the domain schema of its answer. */
export const api = {
  get: <S extends z.ZodType>(
    path: string,
    schema: S,
    options: Omit<RequestOptions<S>, 'schema' | 'body'> = {},
  ) => request('GET', path, { ...options, schema }),
  post: <S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    options: { signal?: AbortSignal } = {},
  ) => request('POST', path, { ...options, body, schema }),
  patch: <S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    options: { signal?: AbortSignal } = {},
  ) => request('PATCH', path, { ...options, body, schema }),
  put: <S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    options: { signal?: AbortSignal } = {},
  ) => request('PUT', path, { ...options, body, schema }),
};
