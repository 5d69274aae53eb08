import { describe, expect, it } from 'vitest';
import { resolveRuntimeConfig } from './runtime-config';

describe('resolveRuntimeConfig', () => {
  it('runs on the embedded mock API by default', () => {
    expect(resolveRuntimeConfig({})).toEqual({ apiMode: 'mock', apiBase: '/api/v1' });
  });
  it('turns mocks off when a real API base is given', () => {
    expect(resolveRuntimeConfig({ PUBLIC_API_BASE: 'https://api.example.com/api/v1/' })).toEqual({
      apiMode: 'real',
      apiBase: 'https://api.example.com/api/v1',
    });
  });
  it('lets PUBLIC_API_MODE=mock win over a base URL', () => {
    expect(
      resolveRuntimeConfig({ PUBLIC_API_MODE: 'mock', PUBLIC_API_BASE: 'https://api.example.com/api/v1' })
        .apiMode,
    ).toBe('mock');
  });
});
