import { Activity, memo, useState } from 'react';
import { Route, Routes, UNSAFE_LocationContext, useLocation, useNavigationType } from '@careops/router';
import { RequirePermission } from '@careops/auth';
import type { ResolvedRemote } from '../../registry/registry';
import { navKeyOf } from '../../layout/nav';
import { ForbiddenPage } from '../errors/error-pages';
import { RemotePage } from './remote-page';

type Location = ReturnType<typeof useLocation>;
type NavigationType = ReturnType<typeof useNavigationType>;

/**
 * How many visited remotes stay mounted. Operations staff move between a handful of sections all
 * day; beyond that the least recently shown one is dropped (its data stays in the query cache).
 */
export const KEPT_REMOTES = 5;

interface Kept {
  remote: ResolvedRemote;
  /** Where the remote was last shown: a hidden remote keeps reading it, not the shell's URL. */
  at: { location: Location; navigationType: NavigationType };
  shownAt: number;
}

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
 */
export function KeptRemotes({ remotes }: { remotes: readonly ResolvedRemote[] }) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const activeId = navKeyOf(location.pathname, remotes);
  const active = remotes.find((r) => r.id === activeId);
  const [state, setState] = useState<{ kept: readonly Kept[]; tick: number }>({ kept: [], tick: 0 });
  const kept = keptAfter(state.kept, active, { location, navigationType }, state.tick + 1);
  // Derived from the location during render (no effect, no extra paint with the old remote shown).
  if (kept !== state.kept) setState({ kept, tick: state.tick + 1 });
  return kept.map((k) => (
    <KeptRemote key={k.remote.id} remote={k.remote} at={k.at} visible={k.remote.id === activeId} />
  ));
}

function KeptRemote({ remote, at, visible }: { remote: ResolvedRemote; at: Kept['at']; visible: boolean }) {
  return (
    <Activity mode={visible ? 'visible' : 'hidden'}>
      <RemoteAt remote={remote} at={at} />
    </Activity>
  );
}

/**
 * The remote under a location context of its own: react-router's <Routes location> still
 * subscribes to the router's, so every shell navigation would re-render each hidden remote's
 * links and lists (deferred while hidden, all of it paid when shown again). Memoised, so hiding
 * and showing re-render nothing inside.
 */
const RemoteAt = memo(function RemoteAt({ remote, at }: { remote: ResolvedRemote; at: Kept['at'] }) {
  return (
    <UNSAFE_LocationContext.Provider value={at}>
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
    </UNSAFE_LocationContext.Provider>
  );
});
