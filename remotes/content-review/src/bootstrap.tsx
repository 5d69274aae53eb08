import { mountStandalone } from '@careops/app-kit/standalone';
import { resolveRuntimeConfig } from '@careops/app-kit';
import module from './module';

// Standalone development page: the same providers and mock API as in the shell.
void mountStandalone(module, {
  basePath: '/content',
  config: resolveRuntimeConfig({
    PUBLIC_API_MODE: import.meta.env.PUBLIC_API_MODE,
    PUBLIC_API_BASE: import.meta.env.PUBLIC_API_BASE,
  }),
});
