import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

/** A manifest that accepts the connection but never answers must not hang the console. */
export const MANIFEST_TIMEOUT_MS = 6_000;
export const SCRIPT_TIMEOUT_MS = 8_000;

/**
 * Containment at the Module Federation level: time limits on manifest fetches
 * and remote entry scripts. Failures surface from loadRemote and are recorded
 * by the shell's loader. (No static react import here: runtime plugins load
 * before the shared scope exists.)
 */
export default function containmentPlugin(): ModuleFederationRuntimePlugin {
  return {
    name: 'careops-containment',
    async fetch(url, init) {
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new DOMException('Manifest request timed out', 'TimeoutError')),
        MANIFEST_TIMEOUT_MS,
      );
      init.signal?.addEventListener('abort', () => controller.abort(init.signal?.reason));
      try {
        return await fetch(url, { ...init, signal: controller.signal });
      } finally {
        clearTimeout(timer);
      }
    },
    createScript() {
      return { timeout: SCRIPT_TIMEOUT_MS };
    },
  };
}
