import { fileURLToPath } from 'node:url';
import { defineRemoteConfig } from '@careops/mf-config';

export default defineRemoteConfig({
  dir: fileURLToPath(new URL('.', import.meta.url)),
  name: 'contentReview',
  port: 3004,
  title: 'CareOps · Content review',
});
