import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import type { RemoteModule } from '@careops/app-kit';
import { remoteStatus } from './status-store';
import type { ResolvedRemote } from './registry';

/** Upper bound for one load (manifest + entry + module); the runtime plugin's own limits are shorter. */
const LOAD_TIMEOUT_MS = 15_000;

const loads = new Map<string, Promise<RemoteModule>>();

/** Tells the MF runtime where each remote lives; no remote code is fetched here. */
export function registerAll(remotes: readonly ResolvedRemote[]): void {
  registerRemotes(remotes.map((r) => ({ name: r.name, entry: r.entry })));
  for (const r of remotes) {
    remoteStatus.set({
      id: r.id,
      state: 'idle',
      entry: r.entry,
      expectedVersion: r.version,
      overridden: r.overridden,
    });
  }
}

function isRemoteModule(value: unknown): value is RemoteModule {
  return typeof value === 'object' && value !== null && 'id' in value && 'routes' in value;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}

export function recordRemoteError(id: string, error: unknown): void {
  remoteStatus.update(id, {
    state: 'error',
    lastError: describe(error),
    lastErrorAt: new Date().toISOString(),
  });
}

/** Loads `<name>/module` once per attempt; a failure is recorded and kept until resetRemote. */
export function loadRemoteModule(remote: ResolvedRemote): Promise<RemoteModule> {
  const cached = loads.get(remote.id);
  if (cached) return cached;
  const started = performance.now();
  remoteStatus.update(remote.id, { state: 'loading' });
  const load = withTimeout(
    loadRemote<{ default: RemoteModule } | RemoteModule>(`${remote.name}/module`),
    LOAD_TIMEOUT_MS,
  )
    .then((exports) => {
      const module =
        exports && typeof exports === 'object' && 'default' in exports ? exports.default : exports;
      if (!isRemoteModule(module)) throw new Error(`${remote.name}/module does not export a RemoteModule`);
      remoteStatus.update(remote.id, {
        state: 'ready',
        loadMs: Math.round(performance.now() - started),
        ...(module.version ? { loadedVersion: module.version } : {}),
      });
      return module;
    })
    .catch((error: unknown) => {
      // The failed load stays cached: rendering again must show the error, not
      // start another load (React re-renders a suspended component to read it).
      // Only an explicit retry (resetRemote) tries again.
      recordRemoteError(remote.id, error);
      throw error;
    });
  loads.set(remote.id, load);
  return load;
}

/** Forget a failed remote so the runtime fetches its manifest and entry again. */
export function resetRemote(remote: ResolvedRemote): void {
  loads.delete(remote.id);
  registerRemotes([{ name: remote.name, entry: remote.entry }], { force: true });
  remoteStatus.update(remote.id, { state: 'idle' });
}

interface NetworkInformationLike {
  saveData?: boolean;
  effectiveType?: string;
}

/** Whether background downloads are welcome: not with Data Saver on, nor on a 2G-class link. */
function idlePreloadAllowed(): boolean {
  const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
  if (!connection) return true;
  return !connection.saveData && !/(^|-)2g$/.test(connection.effectiveType ?? '');
}

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 10_000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 2_000);
  return () => clearTimeout(timer);
};

/** What counts as the user at work: the background loads keep out of the way of these. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Loads the given remotes, and their landing pages' code, one after another while the user is
 * not at work: no request of the page's own in flight and no input for `quietMs`. Loading a
 * remote means evaluating its code on the main thread, which would otherwise land in the middle
 * of a sort or a scroll; the landing page never shares the network with it. One remote at a time,
 * so a click on a remote never competes with all of them. Returns a cancel function (sign-out,
 * unmount).
 */
export function preloadWhenIdle(
  remotes: readonly ResolvedRemote[],
  {
    busy = () => false,
    quietMs = 1_500,
    pollMs = 500,
  }: { busy?: () => boolean; quietMs?: number; pollMs?: number } = {},
): () => void {
  if (!idlePreloadAllowed()) return () => undefined;
  let cancelled = false;
  let cancelNext = () => {};
  let activeAt = performance.now();
  const onInput = () => {
    activeAt = performance.now();
  };
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  const stop = () => {
    cancelled = true;
    cancelNext();
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
  };
  const later = (run: () => void, ms: number) => {
    const timer = setTimeout(run, ms);
    cancelNext = () => clearTimeout(timer);
  };
  const next = (index: number) => {
    const remote = remotes[index];
    if (cancelled) return;
    if (!remote) return stop();
    if (busy()) activeAt = performance.now();
    const quietFor = performance.now() - activeAt;
    if (quietFor < quietMs) return later(() => next(index), Math.max(pollMs, quietMs - quietFor));
    const scheduledAt = activeAt;
    cancelNext = whenIdle(() => {
      if (cancelled) return;
      // The user came back to work while this waited for an idle period: wait for quiet again.
      if (activeAt !== scheduledAt) return next(index);
      // A failure is kept like any failed load: the page shows it with a retry when visited.
      void loadRemoteModule(remote)
        .then((module) => module.preload?.())
        .catch(() => undefined)
        .then(() => next(index + 1));
    });
  };
  later(() => next(0), pollMs);
  return stop;
}
