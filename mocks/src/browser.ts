import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { DEFAULT_SCENARIO, scenarioSchema, type Scenario, type ScenarioStore } from './http/scenario';
import { API_PATTERN, type FromApiWorker, type ToApiWorker } from './http/wire';
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

/** The requests in flight to the worker, by id. */
type Pending = Map<number, { resolve: (response: Response) => void; reject: (error: Error) => void }>;

/**
 * Starts the mock API: the service worker hands /api/v1 calls to this page, which passes them to
 * the mock API's own worker (api-worker.ts), where the handlers and the seeded database live.
 */
export async function startMockWorker(options: { serviceWorkerUrl?: string; apiWorkerUrl?: string } = {}) {
  const scenario = browserScenario();
  const api = new Worker(options.apiWorkerUrl ?? '/mock-api-worker.js', { name: 'mock-api' });
  const pending: Pending = new Map();
  let nextId = 0;
  const ready = new Promise<void>((resolve, reject) => {
    api.addEventListener('error', (event) => reject(new Error(`mock API worker: ${event.message}`)));
    api.addEventListener('message', (event: MessageEvent<FromApiWorker>) => {
      const message = event.data;
      if (message.type === 'ready') resolve();
      else if (message.type === 'scenario') scenario.set(message.scenario);
      else {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.type === 'failure') waiting?.reject(new Error(message.message));
        else
          waiting?.resolve(
            new Response(message.response.body, {
              status: message.response.status,
              headers: message.response.headers,
            }),
          );
      }
    });
  });
  const send = (message: ToApiWorker, transfer: Transferable[] = []) => api.postMessage(message, transfer);
  send({ type: 'start', now: Date.now(), scenario: scenario.get() });

  const forward = async (request: Request): Promise<Response> => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    const id = ++nextId;
    const response = new Promise<Response>((resolve, reject) => pending.set(id, { resolve, reject }));
    send(
      {
        type: 'request',
        now: Date.now(),
        id,
        request: { url: request.url, method: request.method, headers: [...request.headers.entries()], body },
      },
      body ? [body] : [],
    );
    return response;
  };

  const worker = setupWorker(http.all(`${API_PATTERN}/*`, ({ request }) => forward(request)));
  await Promise.all([
    ready,
    worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    }),
  ]);
  return { worker };
}
