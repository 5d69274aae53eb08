import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { Link, MemoryRouter, NavigationType, Route, Routes, useLocation } from '@careops/router';
import type { RemoteModule } from '@careops/app-kit';
import type { ResolvedRemote } from '../../registry/registry';

vi.mock('@careops/auth', () => ({
  RequirePermission: ({ children }: { children: React.ReactNode }) => children,
}));

const renders = vi.hoisted(() => new Map<string, number>());

/** A remote whose page counts clicks and shows the path it reads. */
function CounterPage({ name }: { name: string }) {
  const [clicks, setClicks] = useState(0);
  renders.set(name, (renders.get(name) ?? 0) + 1);
  const { pathname } = useLocation();
  return (
    <>
      <button type="button" onClick={() => setClicks((n) => n + 1)}>
        {`${name} ${pathname} ${clicks}`}
      </button>
      <Link to={`/${name}/detail`}>{`${name} detail`}</Link>
    </>
  );
}
const moduleOf = (name: string): RemoteModule => ({
  id: name,
  routes: (
    <Routes>
      <Route path="*" element={<CounterPage name={name} />} />
    </Routes>
  ),
});
const loads = vi.hoisted(() => new Map<string, Promise<unknown>>());
vi.mock('../../registry/loader', () => ({
  // Like the real loader: one promise per remote, which React's use() reads again on re-render.
  loadRemoteModule: (remote: { id: string }) => {
    const load = loads.get(remote.id) ?? Promise.resolve(moduleOf(remote.id));
    loads.set(remote.id, load);
    return load;
  },
  recordRemoteError: () => undefined,
  resetRemote: () => undefined,
}));

const {
  default: KeptRemotesHost,
  KeptRemotesSlot,
  keptAfter,
  navTarget,
  useKeptRemotes,
  KEPT_REMOTES,
} = await import('./kept-remotes');

const remote = (id: string): ResolvedRemote => ({
  id,
  name: id,
  entry: `http://localhost/${id}/mf-manifest.json`,
  registryEntry: `http://localhost/${id}/mf-manifest.json`,
  overridden: false,
  basePath: `/${id}`,
  title: { 'zh-CN': id, 'en-US': id },
  icon: 'pharmacy',
  permission: 'order.view',
  enabled: true,
  version: '0.1.0',
});
const REMOTES = [remote('alpha'), remote('beta')];

/** The shell's nav, reduced to links, and its URL. */
function Harness() {
  const { pathname } = useLocation();
  const kept = useKeptRemotes(REMOTES, 'u1');
  return (
    <>
      <output>{pathname}</output>
      {['/alpha/list', '/beta', '/'].map((to) => (
        <Link key={to} to={to}>{`go ${to}`}</Link>
      ))}
      <nav>
        {REMOTES.map((r) => (
          <Link key={r.id} to={navTarget(r, kept)}>{`nav ${r.id}`}</Link>
        ))}
      </nav>
      <KeptRemotesSlot {...kept} />
    </>
  );
}
const go = (to: string) => screen.getByRole('link', { name: `go ${to}` }).click();

describe('KeptRemotes', () => {
  it('keeps a visited remote mounted and hidden, at the location it was left at, with its state', async () => {
    await act(async () => {
      render(
        <>
          <MemoryRouter initialEntries={['/alpha/list']}>
            <Routes>
              <Route path="*" element={<Harness />} />
            </Routes>
          </MemoryRouter>
          {/* As the shell's App draws it: outside the router. */}
          <KeptRemotesHost />
        </>,
      );
    });
    const alpha = await screen.findByRole('button', { name: 'alpha /alpha/list 0' });
    act(() => alpha.click());
    expect(screen.getByRole('button', { name: 'alpha /alpha/list 1' })).toBeTruthy();

    await act(async () => go('/beta'));
    expect(screen.getByRole('button', { name: 'beta /beta 0' })).toBeTruthy();
    // Hidden, not re-routed nor even re-rendered by the shell's URL, and its state intact.
    const hiddenRenders = renders.get('alpha');
    expect(screen.queryByRole('button', { name: /^alpha/ })).toBeNull();
    expect(screen.getByText('alpha /alpha/list 1').style.display).toBe('none');

    await act(async () => go('/'));
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(renders.get('alpha')).toBe(hiddenRenders);

    const rendersBefore = renders.get('alpha');
    await act(async () => go('/alpha/list'));
    // Shown at once, as it was: no new load, no loading state, not even a re-render.
    expect(screen.getByRole('button', { name: 'alpha /alpha/list 1' })).toBeTruthy();
    expect(renders.get('alpha')).toBe(rendersBefore);

    // The nav leads back to where a hidden remote was left; from the remote itself, to its landing page.
    await act(async () => go('/beta'));
    expect(screen.getByRole('link', { name: 'nav alpha' }).getAttribute('href')).toBe('/alpha/list');
    expect(screen.getByRole('link', { name: 'nav beta' }).getAttribute('href')).toBe('/beta');
    await act(async () => screen.getByRole('link', { name: 'nav alpha' }).click());
    expect(screen.getByRole('link', { name: 'nav alpha' }).getAttribute('href')).toBe('/alpha');

    // A kept remote's own links move the console's one URL.
    await act(async () => screen.getByRole('link', { name: 'alpha detail' }).click());
    expect(screen.getByRole('status').textContent).toBe('/alpha/detail');
    expect(screen.getByRole('button', { name: 'alpha /alpha/detail 1' })).toBeTruthy();
  });

  it(`keeps at most ${KEPT_REMOTES}, dropping the one shown longest ago`, () => {
    const location = (pathname: string) => ({
      location: { pathname, search: '', hash: '', state: null, key: pathname },
      navigationType: NavigationType.Push,
    });
    let kept: ReturnType<typeof keptAfter> = [];
    const ids = Array.from({ length: KEPT_REMOTES + 1 }, (_, i) => `r${i}`);
    ids.forEach((id, i) => {
      // r0 is shown again just before the last one opens: r1 is then the oldest.
      if (i === KEPT_REMOTES) {
        kept = keptAfter(kept, remote('r0'), location('/r0/x'), 100);
        // Back at the same address: kept as it was, but now the most recent.
        const again = keptAfter(kept, remote('r0'), location('/r0/x'), 101);
        expect(again.find((k) => k.remote.id === 'r0')?.at).toBe(kept.find((k) => k.remote.id === 'r0')?.at);
        kept = again;
      }
      kept = keptAfter(kept, remote(id), location(`/${id}`), i === KEPT_REMOTES ? 102 : i);
    });
    expect(kept.map((k) => k.remote.id).sort()).toEqual(ids.filter((id) => id !== 'r1').sort());
    expect(kept.find((k) => k.remote.id === 'r0')?.at.location.pathname).toBe('/r0/x');
  });
});
