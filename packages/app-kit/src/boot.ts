import { configureApi, createQueryClient } from '@careops/api';
import { i18n, initI18n } from '@careops/i18n';
import type { QueryClient } from '@tanstack/react-query';
import type { RuntimeConfig } from './runtime-config';

/**
 * What every app does before its first render: point the API client at the backend and load the
 * language. The mock API, when asked for, starts meanwhile: requests wait for it, the first render
 * does not. Returns the one QueryClient of the page.
 */
export async function bootApp(
  config: RuntimeConfig,
  options: { serviceWorkerUrl?: string } = {},
): Promise<QueryClient> {
  const mocks =
    config.apiMode === 'mock'
      ? import(/* webpackChunkName: "mock-api" */ '@careops/mocks/browser').then(({ startMockWorker }) =>
          startMockWorker(options),
        )
      : undefined;
  if (mocks) mocks.catch((error: unknown) => console.error('The mock API did not start:', error));
  configureApi({
    baseUrl: config.apiBase,
    getLocale: () => i18n.language,
    ready: mocks ?? Promise.resolve(),
  });
  await initI18n();
  return createQueryClient();
}
