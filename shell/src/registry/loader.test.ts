import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({ loadRemote: vi.fn(), registerRemotes: vi.fn() }));
vi.mock('@module-federation/enhanced/runtime', () => runtime);

import { loadRemoteModule, preloadWhenIdle, registerAll, resetRemote } from './loader';
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

const second: ResolvedRemote = { ...remote, id: 'insurance', name: 'insurance', basePath: '/insurance' };

beforeEach(() => {
  runtime.loadRemote.mockReset();
  runtime.registerRemotes.mockReset();
  registerAll([remote, second]);
  resetRemote(remote);
  resetRemote(second);
  vi.unstubAllGlobals();
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

  it('preloads in idle time one remote after the other, and stops when cancelled', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    runtime.loadRemote.mockResolvedValue({ default: { id: 'x', routes: null } });

    const cancel = preloadWhenIdle([remote, second], { quietMs: 0, pollMs: 0 });
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(runtime.loadRemote).not.toHaveBeenCalled();
    idle.shift()?.();
    expect(runtime.loadRemote).toHaveBeenCalledTimes(1);
    expect(runtime.loadRemote).toHaveBeenLastCalledWith('pharmacyOrders/module');
    // The next one waits for the first to finish and for the next idle period.
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    cancel();
    idle.shift()?.();
    await Promise.resolve();
    expect(runtime.loadRemote).toHaveBeenCalledTimes(1);
  });

  it("waits for the page's own requests and the user's input to settle, then loads each remote's landing-page code", async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const landing = vi.fn(() => Promise.resolve());
    runtime.loadRemote.mockResolvedValue({ default: { id: 'x', routes: null, preload: landing } });
    let busy = true;

    const cancel = preloadWhenIdle([remote], { busy: () => busy, quietMs: 60, pollMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(idle).toHaveLength(0);
    busy = false;
    // The user keeps working: each key press starts the quiet period again.
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    }
    expect(idle).toHaveLength(0);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    idle.shift()?.();
    await vi.waitFor(() => expect(landing).toHaveBeenCalledTimes(1));
    cancel();
  });

  it('downloads nothing in the background when the user asked to save data', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    preloadWhenIdle([remote, second], { quietMs: 0, pollMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(idle).toHaveLength(0);
  });
});
