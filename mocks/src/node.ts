import { setupServer } from 'msw/node';
import { createMockBackend } from './server';
import type { DatabaseOptions } from './db/database';

export { issueToken } from './server';

/** The same handlers as the browser, for vitest: call listen() in beforeAll. */
export function createMockServer(options: DatabaseOptions = {}) {
  const backend = createMockBackend(options);
  return { ...backend, server: setupServer(...backend.handlers) };
}
