import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defineConfig, type RsbuildConfig } from '@rsbuild/core';
import { pluginReact } from '@rsbuild/plugin-react';
import { pluginModuleFederation } from '@module-federation/rsbuild-plugin';
import { sharedConfig } from './shared';

export { SHARED_SINGLETONS, sharedConfig, packageOf } from './shared';

interface AppOptions {
  /** Directory of the app (its rsbuild.config.ts's import.meta.dirname). */
  dir: string;
  /** Module Federation name */
  name: string;
  port: number;
  title: string;
}

/**
 * Remotes resolve their chunks from where their manifest was loaded ('auto').
 * The shell is a single-page app served at deep URLs (/pharmacy/orders/…): its
 * HTML must reference assets from the root, or a reload there finds nothing.
 */
function baseConfig({ dir, port, title }: AppOptions, assetPrefix: string): RsbuildConfig {
  // The mock API's worker, built by @careops/mocks, is served from each app's root (mock mode).
  const mockApiWorker = createRequire(join(dir, 'package.json')).resolve('@careops/mocks/api-worker.js');
  return {
    root: dir,
    plugins: [pluginReact()],
    source: { entry: { index: './src/index.ts' } },
    html: {
      title,
      tags: [
        // No favicon request (and no 404 in the console) until the console has an icon.
        { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, head: true },
        // Relative asset URLs ('auto') must resolve from the root on deep links too.
        ...(assetPrefix === 'auto' ? [{ tag: 'base', attrs: { href: '/' }, head: true, append: false }] : []),
      ],
    },
    output: {
      assetPrefix,
      // Source maps stay out of what users download.
      sourceMap: { js: false, css: false },
      copy: [{ from: mockApiWorker, to: 'mock-api-worker.js' }],
    },
    server: {
      port,
      strictPort: true,
      // Remotes are fetched cross-origin by the shell.
      cors: true,
      historyApiFallback: true,
    },
    performance: {
      chunkSplit: {
        strategy: 'split-by-experience',
        // The embedded mock backend is left out of budgets and the bench: a deployment against a
        // real backend never loads it. Its own code is the `mock-api` chunk (named where app-kit
        // imports it); msw and its dependencies go to `mock-api-lib`.
        forceSplitting: {
          'mock-api-lib':
            /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:msw|@mswjs|@bundled-es-modules|@open-draft|graphql|headers-polyfill|is-node-process|outvariant|path-to-regexp|set-cookie-parser|idb-keyval|strict-event-emitter|tough-cookie|tldts|tldts-core|statuses|cookie|until-async|rettime)[\\/]/,
        },
      },
    },
  };
}

/** A remote: exposes `./module` and its own mf-manifest.json. */
export function defineRemoteConfig(options: AppOptions) {
  const base = baseConfig(options, 'auto');
  return defineConfig({
    ...base,
    plugins: [
      ...(base.plugins ?? []),
      pluginModuleFederation({
        name: options.name,
        exposes: { './module': './src/module.tsx' },
        shared: sharedConfig(options.dir),
        shareStrategy: 'loaded-first',
        // Every app runs in a browser: the runtime's Node.js code paths are left out.
        experiments: { optimization: { target: 'web' } },
        manifest: true,
        dts: false,
      }),
    ],
  });
}

/** The shell: learns its remotes at run time from /remotes.json, so it declares none. */
export function defineHostConfig(
  options: AppOptions & {
    runtimePlugins: string[];
    /** Runs inline right after the root element, before any script loads (a first paint). */
    firstPaintScript?: string;
  },
) {
  const base = baseConfig(options, '/');
  return defineConfig({
    ...base,
    html: {
      ...base.html,
      tags: [
        ...(Array.isArray(base.html?.tags) ? base.html.tags : []),
        ...(options.firstPaintScript
          ? [{ tag: 'script', children: options.firstPaintScript, head: false, append: true }]
          : []),
      ],
    },
    plugins: [
      ...(base.plugins ?? []),
      pluginModuleFederation({
        name: options.name,
        remotes: {},
        shared: sharedConfig(options.dir),
        // 'version-first' would fetch every registered remote's manifest to compare versions the
        // first time a shared module loads, so one remote down would break the shell's own lazy
        // pages. The shell provides every shared singleton; remotes reuse what is loaded.
        shareStrategy: 'loaded-first',
        runtimePlugins: options.runtimePlugins,
        experiments: { optimization: { target: 'web' } },
        manifest: true,
        dts: false,
      }),
    ],
  });
}
