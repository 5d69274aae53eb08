import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The one list of shared singletons (ARCHITECTURE.md §3). Every app builds with
 * exactly this list, so one copy of each is downloaded per session.
 * Subpaths are not covered by their bare key, so they are listed on their own.
 */
export const SHARED_SINGLETONS = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  '@careops/router',
  '@tanstack/react-query',
  'i18next',
  'react-i18next',
  'dayjs',
  '@careops/auth',
  '@careops/api',
  '@careops/i18n',
  '@careops/design-system/core',
  '@careops/design-system',
  '@careops/design-system/table',
  '@careops/design-system/charts',
  '@careops/app-kit/core',
  '@careops/app-kit',
] as const;

export interface SharedConfig {
  singleton: true;
  requiredVersion: string;
  version: string;
  strictVersion: false;
}

/** The package a shared key belongs to: react/jsx-runtime → react, @careops/design-system/table → @careops/design-system. */
export function packageOf(key: string): string {
  const parts = key.split('/');
  return key.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? key);
}

function readVersion(pkg: string, fromDir: string): string {
  const require = createRequire(join(fromDir, 'package.json'));
  // Resolving package.json directly fails for packages whose exports hide it.
  let dir = dirname(require.resolve(pkg));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (json.name === pkg && json.version) return json.version;
    } catch {
      // keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`mf-config: cannot find the version of ${pkg} from ${fromDir}`);
    dir = parent;
  }
}

/**
 * Explicit version and range for every shared key. The range is taken from the
 * installed version (^major.minor.0) so `catalog:` and `workspace:*` never leak
 * into the runtime's version check.
 */
export function sharedConfig(appDir: string): Record<string, SharedConfig> {
  const out: Record<string, SharedConfig> = {};
  for (const key of SHARED_SINGLETONS) {
    const version = readVersion(packageOf(key), appDir);
    const [major = '0', minor = '0'] = version.split('.');
    out[key] = { singleton: true, version, requiredVersion: `^${major}.${minor}.0`, strictVersion: false };
  }
  return out;
}
