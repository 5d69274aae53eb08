import { afterAll, beforeAll } from 'vitest';
import { apiErrorBodySchema } from '@careops/domain';
import type { DatabaseOptions } from './db/database';
import { createMockServer, issueToken } from './node';

/** Where the mock API answers in this package's tests. */
export const TEST_API_BASE = 'http://api.test/api/v1';

/**
 * The mock API over msw/node for one test file of this package: listens while the file's tests run
 * and fetches as any demo user without the login round trip. Pass `now` to hold the server's clock;
 * every request keeps its user's session fresh at that time, so tests may move the clock freely.
 * Call at the top of the file; each call gets its own database.
 */
export function setupTestApi(options: DatabaseOptions = {}) {
  const backend = createMockServer(options);
  const { db } = backend;
  beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => backend.server.close());

  const tokens = new Map<string, string>();
  /** The user's one session; a new one when there is none yet or it has gone (reset demo data). */
  function tokenOf(username: string): string {
    const token = tokens.get(username);
    const session = token === undefined ? undefined : db.sessions.find((s) => s.token === token);
    if (!session) {
      const fresh = issueToken(db, username);
      tokens.set(username, fresh);
      return fresh;
    }
    // Sessions idle out after 30 min; a test that moves the clock still finds them alive.
    db.sessions.put({ ...session, lastSeenAt: db.now() });
    return session.token;
  }

  /** The response to a request sent as `username` (a JSON body when one is given). */
  function fetchAs(username: string, method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${TEST_API_BASE}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokenOf(username)}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  /** A request sent as `username`: its status and JSON body. */
  async function call(username: string, method: string, path: string, body?: unknown) {
    const res = await fetchAs(username, method, path, body);
    return { status: res.status, body: (await res.json()) as unknown };
  }

  return { ...backend, tokenOf, fetchAs, call };
}

/** The `{error}` of a refusal, checked against the API's error schema. */
export const errorOf = (body: unknown) => apiErrorBodySchema.parse(body).error;
