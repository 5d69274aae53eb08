import { remoteRegistrySchema, type RemoteEntry } from '@careops/domain/registry';

const OVERRIDE_PREFIX = 'careops:override:';
const REGISTRY_TIMEOUT_MS = 8_000;

/** Developer override of a remote's manifest URL (kept in this browser only). */
export function getOverride(id: string): string | null {
  try {
    return localStorage.getItem(OVERRIDE_PREFIX + id);
  } catch {
    return null;
  }
}

export function setOverride(id: string, url: string | null): void {
  if (url) localStorage.setItem(OVERRIDE_PREFIX + id, url);
  else localStorage.removeItem(OVERRIDE_PREFIX + id);
}

/** Only http(s) manifest URLs may be used as overrides. */
export function isValidManifestUrl(value: string): boolean {
  try {
    const url = new URL(value, location.href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname.endsWith('.json');
  } catch {
    return false;
  }
}

export interface ResolvedRemote extends RemoteEntry {
  /** The entry from the registry, before any override. */
  registryEntry: string;
  overridden: boolean;
}

/**
 * Reads the environment's registry. Entries are resolved against the registry's
 * own URL; disabled entries are dropped (the kill switch); overrides applied.
 */
export async function fetchRegistry(registryUrl: string): Promise<ResolvedRemote[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REGISTRY_TIMEOUT_MS);
  try {
    const response = await fetch(registryUrl, { signal: controller.signal, cache: 'no-cache' });
    if (!response.ok) throw new Error(`registry answered ${response.status}`);
    const registry = remoteRegistrySchema.parse(await response.json());
    const base = new URL(registryUrl, location.href);
    return registry.remotes
      .filter((r) => r.enabled)
      .map((r) => {
        const registryEntry = new URL(r.entry, base).href;
        const override = getOverride(r.id);
        const useOverride = override !== null && isValidManifestUrl(override);
        return {
          ...r,
          entry: useOverride ? override : registryEntry,
          registryEntry,
          overridden: useOverride,
        };
      });
  } finally {
    clearTimeout(timer);
  }
}
