import { setupWorker } from 'msw/browser';
import { del, get, set } from 'idb-keyval';
import { createMockBackend } from './server';
import type { Snapshot } from './db/persistence';
import { DEFAULT_SCENARIO, scenarioSchema, type Scenario, type ScenarioStore } from './http/scenario';

const DB_KEY = 'careops:mock-db';
const SCENARIO_KEY = 'careops:mock-scenario';

/**
 * Scenario switches survive reloads (localStorage) and can be set by URL:
 * ?mockLatency=800&mockFailure=0.2 (used by tests and demos).
 */
function browserScenario(): ScenarioStore {
  const read = (): Scenario => {
    try {
      return scenarioSchema.parse(JSON.parse(localStorage.getItem(SCENARIO_KEY) ?? '{}'));
    } catch {
      return DEFAULT_SCENARIO;
    }
  };
  let current = read();
  const params = new URLSearchParams(location.search);
  const latency = params.get('mockLatency');
  const failure = params.get('mockFailure');
  if (latency !== null || failure !== null) {
    const next = scenarioSchema.safeParse({
      latencyMs: latency !== null ? Number(latency) : current.latencyMs,
      failureRate: failure !== null ? Number(failure) : current.failureRate,
    });
    if (next.success) current = next.data;
    localStorage.setItem(SCENARIO_KEY, JSON.stringify(current));
  }
  return {
    get: () => current,
    set: (next) => {
      current = next;
      localStorage.setItem(SCENARIO_KEY, JSON.stringify(next));
    },
  };
}

/** Starts the mock API in the page: the service worker forwards /api/v1 calls to these handlers. */
export async function startMockWorker(options: { serviceWorkerUrl?: string } = {}) {
  const backend = createMockBackend({
    scenario: browserScenario(),
    persistence: {
      load: () => get<Snapshot>(DB_KEY),
      save: (snapshot) => set(DB_KEY, snapshot),
      clear: () => del(DB_KEY),
    },
  });
  await backend.db.load();
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  return { ...backend, worker };
}
