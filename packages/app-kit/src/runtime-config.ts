export type ApiMode = 'mock' | 'real';

export interface RuntimeConfig {
  apiMode: ApiMode;
  /** Base URL of the API, including /api/v1. */
  apiBase: string;
}

/**
 * Mock mode is the default; setting PUBLIC_API_BASE (a real backend) turns the
 * mocks off unless PUBLIC_API_MODE says otherwise.
 */
export function resolveRuntimeConfig(env: {
  PUBLIC_API_MODE?: string | undefined;
  PUBLIC_API_BASE?: string | undefined;
}): RuntimeConfig {
  const base = env.PUBLIC_API_BASE?.trim().replace(/\/+$/, '');
  const apiMode: ApiMode =
    env.PUBLIC_API_MODE === 'mock' || env.PUBLIC_API_MODE === 'real'
      ? env.PUBLIC_API_MODE
      : base
        ? 'real'
        : 'mock';
  return { apiMode, apiBase: apiMode === 'mock' || !base ? '/api/v1' : base };
}
