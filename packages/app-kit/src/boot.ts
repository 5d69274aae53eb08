import { configureApi, createQueryClient } from '@careops/api';
import { i18n, initI18n } from '@careops/i18n';
import type { QueryClient } from '@tanstack/react-query';
import type { RuntimeConfig } from './runtime-config';

/**
 * What every app does before its first render: start the mock API when asked,
 * point the API client at the backend, load the language. Returns the one
 * QueryClient of the page.
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
  configureApi({ baseUrl: config.apiBase, getLocale: () => i18n.language });
  await Promise.all([initI18n(), mocks]);
  return createQueryClient();
}
