import { describe, expect, it } from 'vitest';
import { remoteRegistrySchema } from './registry';

const entry = {
  id: 'pharmacy-orders',
  name: 'pharmacyOrders',
  entry: 'https://cdn.example.com/pharmacy/1.4.0/mf-manifest.json',
  basePath: '/pharmacy',
  title: { 'zh-CN': '药房订单', 'en-US': 'Pharmacy orders' },
  icon: 'pharmacy',
  permission: 'order.view',
  enabled: true,
  version: '1.4.0',
};

describe('remote registry schema', () => {
  it('accepts a well-formed entry', () => {
    expect(remoteRegistrySchema.parse({ remotes: [entry] }).remotes[0]?.name).toBe('pharmacyOrders');
  });

  it('rejects an unknown permission, a bad base path and a non-identifier MF name', () => {
    for (const bad of [
      { permission: 'order.steal' },
      { basePath: 'pharmacy' },
      { basePath: '/a/b' },
      { name: 'pharmacy-orders' },
    ]) {
      expect(remoteRegistrySchema.safeParse({ remotes: [{ ...entry, ...bad }] }).success).toBe(false);
    }
  });
});
