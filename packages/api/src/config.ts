import type { ApiError } from './errors';

export interface ApiConfig {
  /** Where the API lives: '/api/v1' (mock mode, same origin) or PUBLIC_API_BASE. */
  baseUrl: string;
  getToken: () => string | null;
  getLocale: () => string;
  /** Validate responses against the domain schemas: on in development and tests. */
  validateResponses: boolean;
  /**
   * Requests wait for it: the embedded mock API starts alongside the first render instead of
   * before it. A rejection makes every request fail as unreachable.
   */
  ready: Promise<unknown>;
}

const config: ApiConfig = {
  baseUrl: '/api/v1',
  getToken: () => null,
  getLocale: () => 'zh-CN',
  validateResponses: process.env.NODE_ENV !== 'production',
  ready: Promise.resolve(),
};

/** Called once by the app that boots (shell, standalone harness, test wrapper). */
export function configureApi(patch: Partial<ApiConfig>): void {
  Object.assign(config, patch);
}
export function apiConfig(): Readonly<ApiConfig> {
  return config;
}

type Listener = (error: ApiError) => void;
const unauthorizedListeners = new Set<Listener>();

/** Notified of every 401 from an authenticated call: the session is gone. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}
export function emitUnauthorized(error: ApiError): void {
  for (const listener of unauthorizedListeners) listener(error);
}
