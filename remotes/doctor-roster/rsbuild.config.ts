import { fileURLToPath } from 'node:url';
import { defineRemoteConfig } from '@careops/mf-config';

export default defineRemoteConfig({
  dir: fileURLToPath(new URL('.', import.meta.url)),
  name: 'doctorRoster',
  port: 3001,
  title: 'CareOps · Doctor roster',
});
