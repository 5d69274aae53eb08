import { fileURLToPath } from 'node:url';
import { defineRemoteConfig } from '@careops/mf-config';

export default defineRemoteConfig({
  dir: fileURLToPath(new URL('.', import.meta.url)),
  name: 'pharmacyOrders',
  port: 3002,
  title: 'CareOps · Pharmacy orders',
});
