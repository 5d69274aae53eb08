import { fileURLToPath } from 'node:url';
import { defineRemoteConfig } from '@careops/mf-config';

export default defineRemoteConfig({
  dir: fileURLToPath(new URL('.', import.meta.url)),
  name: 'insurance',
  port: 3003,
  title: 'CareOps · Insurance claims',
});
