import type { useLocation, useNavigationType, UNSAFE_NavigationContext } from '@careops/router';
import type { ContextType } from 'react';
import type { ResolvedRemote } from '../../registry/registry';

type Location = ReturnType<typeof useLocation>;
type NavigationType = ReturnType<typeof useNavigationType>;
export type Navigator = ContextType<typeof UNSAFE_NavigationContext>['navigator'];

export interface Kept {
  remote: ResolvedRemote;
  /** Where the remote was last shown: a hidden remote keeps reading it, not the shell's URL. */
  at: { location: Location; navigationType: NavigationType };
  shownAt: number;
}

/** What the console's layout publishes for the kept remotes' host (see kept-remotes.tsx). */
export interface KeptView {
  kept: readonly Kept[];
  activeId: string;
  /** The layout's element the remotes are drawn into. */
  container: HTMLElement;
  /** The console router's: a kept remote's links and navigations move the one URL. */
  navigator: Navigator;
}

/**
 * The hand-over between the layout, inside the router, and the host of the kept remotes, outside
 * it. Kept small on purpose: the sign-in screen's bundle carries it.
 */
function createKeptStore() {
  let view: KeptView | null = null;
  const listeners = new Set<() => void>();
  return {
    get: (): KeptView | null => view,
    set(next: KeptView | null) {
      view = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export const keptStore = createKeptStore();
