import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '@careops/mocks';
import { remoteRegistrySchema } from '@careops/domain/registry';
import registry from '../../public/remotes.json';
import type { ResolvedRemote } from '../registry/registry';
import { navKeyOf, visibleRemotes } from './nav';

// Parsing also checks the registry the console ships with.
const remotes: ResolvedRemote[] = remoteRegistrySchema
  .parse(registry)
  .remotes.map((r) => ({ ...r, registryEntry: r.entry, overridden: false }));
const navOf = (username: string) =>
  visibleRemotes(remotes, DEMO_USERS.find((u) => u.username === username) ?? null).map((r) => r.id);

describe('nav from the registry and the permission matrix', () => {
  it('shows each role the remotes of its work', () => {
    expect(navOf('admin')).toEqual([
      'doctor-roster',
      'pharmacy-orders',
      'insurance',
      'content-review',
      'community',
    ]);
    expect(navOf('medops')).toEqual(['doctor-roster', 'pharmacy-orders', 'content-review']);
    expect(navOf('reviewer.l1')).toEqual(['doctor-roster', 'pharmacy-orders', 'content-review', 'community']);
    expect(navOf('moderator')).toEqual(['community']);
    expect(navOf('auditor')).toEqual([
      'doctor-roster',
      'pharmacy-orders',
      'insurance',
      'content-review',
      'community',
    ]);
  });

  it('shows partners only their own remote', () => {
    expect(navOf('pharmacy.a')).toEqual(['pharmacy-orders']);
    expect(navOf('pharmacy.b')).toEqual(['pharmacy-orders']);
    expect(navOf('insurer.a')).toEqual(['insurance']);
    expect(navOf('insurer.b')).toEqual(['insurance']);
  });

  it('shows nothing to nobody', () => {
    expect(visibleRemotes(remotes, null)).toEqual([]);
  });

  it('selects the remote owning a deep link', () => {
    expect(navKeyOf('/pharmacy/orders/ord_000001', remotes)).toBe('pharmacy-orders');
    expect(navKeyOf('/pharmacyx', remotes)).toBe('');
    expect(navKeyOf('/', remotes)).toBe('home');
    expect(navKeyOf('/status', remotes)).toBe('status');
  });
});
