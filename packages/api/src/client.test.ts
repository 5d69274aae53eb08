import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { z } from 'zod';
import { api, toSearchParams } from './client';
import { configureApi, onUnauthorized } from './config';
import { ApiError, isApiError } from './errors';

const BASE = 'http://api.test/api/v1';
const server = setupServer(
  http.get(`${BASE}/things`, ({ request }) => {
    const url = new URL(request.url);
    return HttpResponse.json({
      auth: request.headers.get('authorization'),
      lang: request.headers.get('accept-language'),
      query: Object.fromEntries(url.searchParams),
    });
  }),
  http.get(`${BASE}/conflict`, () =>
    HttpResponse.json(
      { error: { code: 'CONFLICT', message: 'stale', details: { version: 3 } } },
      { status: 409 },
    ),
  ),
  http.get(`${BASE}/expired`, () =>
    HttpResponse.json({ error: { code: 'TOKEN_EXPIRED', message: 'expired' } }, { status: 401 }),
  ),
  http.get(`${BASE}/html`, () => new HttpResponse('<html>oops</html>', { status: 502 })),
  http.get(`${BASE}/down`, () => HttpResponse.error()),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => configureApi({ getToken: () => null, ready: Promise.resolve() }));
afterAll(() => server.close());
configureApi({ baseUrl: BASE, getLocale: () => 'en-US', validateResponses: true });

const thingSchema = z.object({
  auth: z.string().nullable(),
  lang: z.string().nullable(),
  query: z.record(z.string(), z.string()),
});

describe('api client', () => {
  it('sends the token, the language and a clean query string', async () => {
    configureApi({ getToken: () => 'tok' });
    const res = await api.get('/things', thingSchema, {
      query: { page: 2, q: '', status: ['paid', 'accepted'], x: undefined },
    });
    expect(res).toEqual({ auth: 'Bearer tok', lang: 'en-US', query: { page: '2', status: 'paid,accepted' } });
  });

  it("turns the server's error body into an ApiError with its code and details", async () => {
    const error = await api.get('/conflict', z.unknown()).catch((e: unknown) => e);
    expect(isApiError(error, 'CONFLICT')).toBe(true);
    expect(error).toMatchObject({ status: 409, message: 'stale', details: { version: 3 } });
  });

  it('announces a 401 on an authenticated call so the session can end', async () => {
    const listener = vi.fn();
    const stop = onUnauthorized(listener);
    configureApi({ getToken: () => 'tok' });
    await expect(api.get('/expired', z.unknown())).rejects.toBeInstanceOf(ApiError);
    stop();
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ code: 'TOKEN_EXPIRED', status: 401 }));
  });

  it('holds requests until the backend is ready, and reports one that never starts as unreachable', async () => {
    let start = () => {};
    configureApi({ ready: new Promise<void>((resolve) => (start = resolve)) });
    let settled = false;
    const pending = api.get('/things', thingSchema).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    start();
    await expect(pending).resolves.toMatchObject({ lang: 'en-US' });

    const failed = Promise.reject(new Error('worker failed'));
    failed.catch(() => undefined);
    configureApi({ ready: failed });
    const error = await api.get('/things', thingSchema).catch((e: unknown) => e);
    expect(isApiError(error, 'NETWORK_ERROR')).toBe(true);
  });

  it('fails loudly when a response drifts from its schema', async () => {
    const error = await api.get('/things', z.object({ id: z.string() })).catch((e: unknown) => e);
    expect(isApiError(error, 'INVALID_RESPONSE')).toBe(true);
  });

  it('reports non-JSON errors and network failures with their own codes', async () => {
    expect(await api.get('/html', z.unknown()).catch((e: unknown) => e)).toMatchObject({
      status: 502,
      code: 'INTERNAL',
    });
    expect(await api.get('/down', z.unknown()).catch((e: unknown) => e)).toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
    });
  });

  it('drops empty values from query strings', () => {
    expect(toSearchParams({ a: null, b: [], c: 0, d: false }).toString()).toBe('c=0&d=false');
  });
});
