import { Activity, memo, startTransition, useContext, useEffect, useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  Route,
  Router,
  Routes,
  UNSAFE_NavigationContext,
  useLocation,
  useNavigationType,
} from '@careops/router';
import { RequirePermission } from '@careops/auth';
import { App } from '@careops/design-system';
import type { ResolvedRemote } from '../../registry/registry';
import { navKeyOf } from '../../layout/nav';
import { ForbiddenPage } from '../errors/error-pages';
import { RemotePage } from './remote-page';
import { keptStore, type Kept, type Navigator } from './kept-store';

type Location = Kept['at']['location'];

/**
 * How many visited remotes stay mounted. Operations staff move between a handful of sections all
 * day; beyond that the least recently shown one is dropped (its data stays in the query cache).
 */
export const KEPT_REMOTES = 5;

/** Back at the same address (a nav click to where the remote was left): nothing to re-render. */
const sameAddress = (a: Location, b: Location) =>
  a === b || (a.pathname === b.pathname && a.search === b.search && a.hash === b.hash && a.state === b.state);

/** The visited remotes; the active one at `at`, the least recently shown dropped beyond the limit. */
export function keptAfter(
  kept: readonly Kept[],
  active: ResolvedRemote | undefined,
  at: Kept['at'],
  tick: number,
): readonly Kept[] {
  if (!active) return kept;
  const current = kept.find((k) => k.remote.id === active.id);
  const latest = Math.max(...kept.map((k) => k.shownAt));
  const same = current !== undefined && sameAddress(current.at.location, at.location);
  if (same && current.shownAt === latest) return kept;
  const next = current
    ? kept.map((k) => (k === current ? { remote: active, at: same ? current.at : at, shownAt: tick } : k))
    : [...kept, { remote: active, at, shownAt: tick }];
  if (next.length <= KEPT_REMOTES) return next;
  const oldest = next.reduce((a, b) => (b.shownAt < a.shownAt ? b : a));
  return next.filter((k) => k !== oldest);
}

/**
 * Every remote visited in this session, kept mounted and hidden while another section is shown
 * (React's <Activity>): going back to one is a repaint of what was there, its state (filters,
 * scroll, a half-typed search) intact, not a new mount that waits for its code and data. A hidden
 * remote runs no effects (no polling, no timers) and reads the location it was left at, so the
 * shell's URL changes never re-route it. Its queries refresh in the background when it is shown.
 *
 * The layout keeps the list and the element they are drawn into (this slot); the host draws them
 * from outside the console's router, each under a router of its own at its own location, sharing
 * the console's history. Inside the console's router, every navigation would re-render each kept
 * remote's links, lists and pages (React re-renders every reader of the router's location context,
 * even under a nested provider), deferred while hidden and all of it paid when one is shown again.
 */
export function useKeptRemotes(remotes: readonly ResolvedRemote[], userId: string | undefined) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const activeId = navKeyOf(location.pathname, remotes);
  const active = remotes.find((r) => r.id === activeId);
  const [state, setState] = useState<{ kept: readonly Kept[]; tick: number; userId: string | undefined }>({
    kept: [],
    tick: 0,
    userId,
  });
  // Another user starts with none kept.
  const from = state.userId === userId ? state.kept : [];
  const kept = keptAfter(from, active, { location, navigationType }, state.tick + 1);
  // Derived from the location during render (no effect, no extra paint with the old remote shown).
  if (kept !== state.kept) setState({ kept, tick: state.tick + 1, userId });
  return { kept, activeId };
}

/**
 * Where a nav link to a remote leads: back to where the user left it, when it is kept and another
 * section is shown (switching sections is switching back, as between tabs); otherwise, and from
 * the remote itself, to its landing page.
 */
export function navTarget(remote: ResolvedRemote, { kept, activeId }: ReturnType<typeof useKeptRemotes>) {
  const at = remote.id === activeId ? undefined : kept.find((k) => k.remote.id === remote.id)?.at.location;
  return at ? `${at.pathname}${at.search}${at.hash}` : remote.basePath;
}

/** The element the kept remotes are drawn into, and the hand-over to their host. */
export function KeptRemotesSlot({ kept, activeId }: ReturnType<typeof useKeptRemotes>) {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const [container, setContainer] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (container) keptStore.set({ kept, activeId, container, navigator });
  }, [kept, activeId, container, navigator]);
  useLayoutEffect(() => () => keptStore.set(null), []);
  return <div ref={setContainer} />;
}

/** Draws the kept remotes into the layout's slot; rendered outside the console's router. */
export default function KeptRemotesHost() {
  const [view, setView] = useState(keptStore.get);
  // A transition, as the router's own navigations are (a store read with useSyncExternalStore
  // would render synchronously): a remote opened for the first time is rendered in slices, and
  // when its code is still settling, React waits in place instead of committing a loading state
  // and then holding the page back for its fallback throttle (300 ms).
  useEffect(() => {
    const update = () => startTransition(() => setView(keptStore.get()));
    const unsubscribe = keptStore.subscribe(update);
    update();
    return unsubscribe;
  }, []);
  if (!view) return null;
  return createPortal(
    // antd's message / modal / notification hooks, as the layout gives the shell's own pages.
    <App component={false}>
      {view.kept.map((k) => (
        <Activity key={k.remote.id} mode={k.remote.id === view.activeId ? 'visible' : 'hidden'}>
          <RemoteAt remote={k.remote} at={k.at} navigator={view.navigator} />
        </Activity>
      ))}
    </App>,
    view.container,
  );
}

/** One remote under its own router; memoised, so hiding and showing re-render nothing inside. */
const RemoteAt = memo(function RemoteAt({
  remote,
  at,
  navigator,
}: {
  remote: ResolvedRemote;
  at: Kept['at'];
  navigator: Navigator;
}) {
  return (
    <Router location={at.location} navigationType={at.navigationType} navigator={navigator}>
      <Routes>
        <Route
          path={`${remote.basePath.slice(1)}/*`}
          element={
            <RequirePermission permission={remote.permission} fallback={<ForbiddenPage />}>
              <RemotePage remote={remote} />
            </RequirePermission>
          }
        />
      </Routes>
    </Router>
  );
});
