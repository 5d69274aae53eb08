#!/usr/bin/env node
// Times a cold production build of the shell and the five remotes (turbo cache bypassed), then
// the same build with the cache; writes bench/results/build.json for the browser bench to merge.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const filters = ['--filter=@careops/shell', '--filter=./remotes/*'];
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

function timeBuild(extra) {
  const started = process.hrtime.bigint();
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', ...filters, ...extra], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const coldSeconds = timeBuild(['--force']);
const cachedSeconds = timeBuild([]);
mkdirSync(new URL('bench/results/', root), { recursive: true });
writeFileSync(
  new URL('bench/results/build.json', root),
  `${JSON.stringify({ coldSeconds, cachedSeconds }, null, 2)}\n`,
);
console.log(`build: cold ${coldSeconds.toFixed(1)} s, cached ${cachedSeconds.toFixed(1)} s`);
