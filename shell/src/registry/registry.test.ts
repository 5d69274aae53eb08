import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fetchRegistry, isValidManifestUrl, setOverride } from './registry';

const entry = (id: string, extra: object = {}) => ({
  id,
  name: id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
  entry: `/remotes/${id}/mf-manifest.json`,
  basePath: `/${id}`,
  title: { 'zh-CN': id, 'en-US': id },
  icon: id,
  permission: 'order.view',
  enabled: true,
  version: '1.0.0',
  ...extra,
});

let body: Record<string, unknown> = {
  remotes: [entry('pharmacy-orders'), entry('community', { enabled: false })],
};
const server = setupServer(http.get('*/env/remotes.json', () => HttpResponse.json(body)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => localStorage.clear());
afterAll(() => server.close());

describe('fetchRegistry', () => {
  it('drops disabled remotes (the kill switch) and resolves entries against the registry URL', async () => {
    const remotes = await fetchRegistry('/env/remotes.json');
    expect(remotes.map((r) => r.id)).toEqual(['pharmacy-orders']);
    expect(remotes[0]?.entry).toBe(`${location.origin}/remotes/pharmacy-orders/mf-manifest.json`);
    expect(remotes[0]?.overridden).toBe(false);
  });

  it('applies a valid developer override and ignores an invalid one', async () => {
    setOverride('pharmacy-orders', 'http://localhost:4002/mf-manifest.json');
    const [overridden] = await fetchRegistry('/env/remotes.json');
    expect(overridden).toMatchObject({ entry: 'http://localhost:4002/mf-manifest.json', overridden: true });
    setOverride('pharmacy-orders', 'javascript:alert(1)//.json');
    const [ignored] = await fetchRegistry('/env/remotes.json');
    expect(ignored?.overridden).toBe(false);
  });

  it('refuses a registry that does not match its schema', async () => {
    body = { remotes: [entry('pharmacy-orders', { permission: 'everything' })] };
    await expect(fetchRegistry('/env/remotes.json')).rejects.toThrow();
  });

  it('accepts only http(s) .json manifest URLs as overrides', () => {
    expect(isValidManifestUrl('https://cdn.example.com/a/mf-manifest.json')).toBe(true);
    expect(isValidManifestUrl('data:text/json,{}')).toBe(false);
    expect(isValidManifestUrl('https://cdn.example.com/a/remoteEntry.js')).toBe(false);
  });
});
