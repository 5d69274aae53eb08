import { fileURLToPath } from 'node:url';
import { defineRemoteConfig } from '@careops/mf-config';

export default defineRemoteConfig({
  dir: fileURLToPath(new URL('.', import.meta.url)),
  name: 'community',
  port: 3005,
  title: 'CareOps · Community moderation',
});
