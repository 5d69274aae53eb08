import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED_SINGLETONS, packageOf, sharedConfig } from './shared';

const shellDir = fileURLToPath(new URL('../../../shell/', import.meta.url));

describe('shared dependencies', () => {
  it('maps subpath keys to their package', () => {
    expect(packageOf('react/jsx-runtime')).toBe('react');
    expect(packageOf('react-dom/client')).toBe('react-dom');
    expect(packageOf('@careops/design-system/table')).toBe('@careops/design-system');
    expect(packageOf('@tanstack/react-query')).toBe('@tanstack/react-query');
  });

  it('gives every shared key an explicit version and range, never a workspace: or catalog: specifier', () => {
    const config = sharedConfig(shellDir);
    expect(Object.keys(config).sort()).toEqual([...SHARED_SINGLETONS].sort());
    for (const [key, entry] of Object.entries(config)) {
      expect(entry.singleton, key).toBe(true);
      expect(entry.version, key).toMatch(/^\d+\.\d+\.\d+/);
      expect(entry.requiredVersion, key).toMatch(/^\^\d+\.\d+\.0$/);
    }
    expect(config['react-dom/client']?.version).toBe(config['react-dom']?.version);
  });

  it('shares react, the router, the query client and every stateful @careops package', () => {
    for (const key of [
      'react',
      'react-dom',
      '@careops/router',
      '@tanstack/react-query',
      'i18next',
      '@careops/auth',
      '@careops/api',
      '@careops/i18n',
      '@careops/design-system',
      '@careops/app-kit',
    ])
      expect(SHARED_SINGLETONS).toContain(key);
  });
});
