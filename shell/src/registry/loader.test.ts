import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({ loadRemote: vi.fn(), registerRemotes: vi.fn() }));
vi.mock('@module-federation/enhanced/runtime', () => runtime);

import { loadRemoteModule, registerAll, resetRemote } from './loader';
import { remoteStatus } from './status-store';
import type { ResolvedRemote } from './registry';

const remote: ResolvedRemote = {
  id: 'pharmacy-orders',
  name: 'pharmacyOrders',
  entry: 'http://localhost:3002/mf-manifest.json',
  registryEntry: 'http://localhost:3002/mf-manifest.json',
  overridden: false,
  basePath: '/pharmacy',
  title: { 'zh-CN': '药房', 'en-US': 'Pharmacy' },
  icon: 'pharmacy',
  permission: 'order.view',
  enabled: true,
  version: '0.1.0',
};

beforeEach(() => {
  runtime.loadRemote.mockReset();
  runtime.registerRemotes.mockReset();
  registerAll([remote]);
  resetRemote(remote);
});

describe('remote loader', () => {
  it('keeps a failed load until an explicit retry, so re-rendering never loops', async () => {
    runtime.loadRemote.mockRejectedValue(new Error('Failed to get manifest'));
    const first = loadRemoteModule(remote);
    await expect(first).rejects.toThrow('Failed to get manifest');
    expect(loadRemoteModule(remote)).toBe(first);
    expect(runtime.loadRemote).toHaveBeenCalledTimes(1);
    expect(remoteStatus.get(remote.id)).toMatchObject({
      state: 'error',
      lastError: 'Failed to get manifest',
    });

    runtime.loadRemote.mockResolvedValue({
      default: { id: 'pharmacy-orders', version: '0.1.1', routes: null },
    });
    resetRemote(remote);
    expect(runtime.registerRemotes).toHaveBeenLastCalledWith(
      [{ name: 'pharmacyOrders', entry: remote.entry }],
      { force: true },
    );
    await expect(loadRemoteModule(remote)).resolves.toMatchObject({ id: 'pharmacy-orders' });
    expect(remoteStatus.get(remote.id)).toMatchObject({ state: 'ready', loadedVersion: '0.1.1' });
  });

  it('refuses a module that is not a RemoteModule', async () => {
    runtime.loadRemote.mockResolvedValue({ default: { hello: 'world' } });
    await expect(loadRemoteModule(remote)).rejects.toThrow('does not export a RemoteModule');
  });
});
