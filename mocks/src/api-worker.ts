/// <reference lib="webworker" />
import './worker-env';
import { getResponse } from 'msw';
import { del, get, set } from 'idb-keyval';
import { createMockBackend } from './server';
import type { Snapshot } from './db/persistence';
import type { Scenario } from './http/scenario';
import type { FromApiWorker, ToApiWorker, WireResponse } from './http/wire';

/**
 * The mock API's own thread, as a real backend has its own machine: seeding 52,000 consultations or
 * 10,000 orders, and answering queries over them, never blocks the page's main thread.
 */
declare const self: DedicatedWorkerGlobalScope;

const DB_KEY = 'careops:mock-db';

const post = (message: FromApiWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

/**
 * The server clock is the page's: each request carries the page's Date.now(), so a test's fake
 * clock (Playwright's page.clock) moves the server's time as it did when the handlers ran in the page.
 */
let pageNow = Date.now();

let backend: ReturnType<typeof createMockBackend> | undefined;
let ready: Promise<void> | undefined;

function start(scenario: Scenario): Promise<void> {
  let current = scenario;
  const created = createMockBackend({
    now: () => pageNow,
    scenario: {
      get: () => current,
      // Scenario switches survive reloads in the page's localStorage, which a worker cannot reach.
      set: (next) => {
        current = next;
        post({ type: 'scenario', scenario: next });
      },
    },
    persistence: {
      load: () => get<Snapshot>(DB_KEY),
      save: (snapshot) => set(DB_KEY, snapshot),
      clear: () => del(DB_KEY),
    },
  });
  backend = created;
  return created.db.load();
}

/** When the last request arrived: warm-up steps wait for a quiet moment, so they never delay a burst. */
let lastRequestAt = 0;
const QUIET_MS = 250;

/** Runs the backend's warm-up one step per quiet moment; a request that arrives meanwhile waits for one step at most. */
function warmUp(steps: (() => void)[]): void {
  const next = () => {
    const quietFor = performance.now() - lastRequestAt;
    if (quietFor < QUIET_MS) {
      setTimeout(next, QUIET_MS - quietFor);
      return;
    }
    const step = steps.shift();
    if (!step) return;
    step();
    setTimeout(next, 0);
  };
  setTimeout(next, QUIET_MS);
}

async function answer(request: Request): Promise<WireResponse> {
  if (!backend) throw new Error('mock API not started');
  const response = await getResponse(backend.handlers, request);
  if (!response) return { status: 404, headers: [], body: null };
  return {
    status: response.status,
    headers: [...response.headers.entries()],
    body: response.status === 204 ? null : await response.arrayBuffer(),
  };
}

self.addEventListener('message', (event: MessageEvent<ToApiWorker>) => {
  const message = event.data;
  pageNow = message.now;
  if (message.type === 'start') {
    ready = start(message.scenario);
    void ready.then(() => {
      post({ type: 'ready' });
      if (backend) warmUp(backend.warmUpSteps());
    });
    return;
  }
  lastRequestAt = performance.now();
  const { id, request } = message;
  void (async () => {
    try {
      await ready;
      const response = await answer(
        new Request(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        }),
      );
      post({ type: 'response', id, response }, response.body ? [response.body] : []);
    } catch (error) {
      post({ type: 'failure', id, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
