import { fileURLToPath } from 'node:url';
import { defineHostConfig } from '@careops/mf-config';
import { loginFirstPaint } from './first-paint';

const dir = fileURLToPath(new URL('.', import.meta.url));

export default defineHostConfig({
  dir,
  name: 'shell',
  port: 3000,
  title: 'CareOps Console',
  firstPaintScript: loginFirstPaint(process.env),
  // Runtime plugin paths must be absolute.
  runtimePlugins: [fileURLToPath(new URL('./src/registry/runtime-plugin.ts', import.meta.url))],
});
