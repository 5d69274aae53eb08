import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup, configure, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from '@careops/router';
import { configureApi, createQueryClient } from '@careops/api';
import { saveSession } from '@careops/auth';
import { App } from '@careops/design-system';
import { initI18n, setLocale, type Locale } from '@careops/i18n';
import { createMockServer, issueToken } from '@careops/mocks/node';
import { AppProviders } from '@careops/app-kit/core';

// Suites run side by side on small CI machines: give async queries room.
configure({ asyncUtilTimeout: 5_000 });

/** Same origin as the test DOM: happy-dom applies CORS like a browser. */
export const testApiBase = () => `${globalThis.location?.origin ?? 'http://localhost'}/api/v1`;

/**
 * The mock API of the browser, served to the test through msw/node. Call at
 * the top of a test file; each file gets a fresh database.
 */
export function setupMockApi() {
  const backend = createMockServer();
  beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    cleanup();
    backend.server.resetHandlers();
    saveSession(null);
  });
  afterAll(() => backend.server.close());
  return backend;
}

export interface RenderOptions {
  /** The URL the test starts at. */
  route?: string;
  /** The route pattern `ui` is mounted at (e.g. "/orders/:id"). */
  path?: string;
  /** Sign in as this demo user first. */
  as?: string;
  locale?: Locale;
}

/** Renders `ui` inside the console's providers and a router, signed in as a demo user. */
export async function renderWithProviders(
  ui: ReactElement,
  backend: ReturnType<typeof createMockServer>,
  { route = '/', path = '*', as, locale = 'zh-CN' }: RenderOptions = {},
) {
  configureApi({ baseUrl: testApiBase(), validateResponses: true });
  await initI18n(locale);
  await setLocale(locale);
  if (as) {
    const user = backend.db.users.find((u) => u.username === as);
    if (!user) throw new Error(`no demo user ${as}`);
    saveSession({
      token: issueToken(backend.db, as),
      expiresAt: new Date(Date.now() + 1_800_000).toISOString().replace('Z', '+00:00'),
      user,
    });
  }
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  return {
    queryClient,
    ...render(
      <AppProviders queryClient={queryClient} theme="light">
        <App component={false}>
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={ui} />
            </Routes>
          </MemoryRouter>
        </App>
      </AppProviders>,
    ),
  };
}
export { openOptions, chooseOption } from './select';
