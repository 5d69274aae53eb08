import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders, bootApp, resolveRuntimeConfig } from '@careops/app-kit/core';
import './i18n';
import { App } from './app';
import { fetchRegistry, type ResolvedRemote } from './registry/registry';
import { registerAll } from './registry/loader';

async function main() {
  const config = resolveRuntimeConfig({
    PUBLIC_API_MODE: import.meta.env.PUBLIC_API_MODE,
    PUBLIC_API_BASE: import.meta.env.PUBLIC_API_BASE,
  });
  const registryUrl = import.meta.env.PUBLIC_REMOTES_URL || '/remotes.json';
  // The registry failing must not stop sign-in: the shell then runs without remotes.
  const registry = fetchRegistry(registryUrl).then(
    (remotes) => ({ remotes, registryError: null as unknown }),
    (error: unknown) => ({ remotes: [] as ResolvedRemote[], registryError: error }),
  );
  const [queryClient, { remotes, registryError }] = await Promise.all([
    // mock-sw.js sends only /api/ calls through the mock worker (shell/public/mock-sw.js).
    bootApp(config, { serviceWorkerUrl: '/mock-sw.js' }),
    registry,
  ]);
  registerAll(remotes);

  const container =
    document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(container).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <App shell={{ remotes, registryError, mockMode: config.apiMode === 'mock' }} />
      </AppProviders>
    </StrictMode>,
  );
}

void main();
