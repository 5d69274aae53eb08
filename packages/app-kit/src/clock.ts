import { useSyncExternalStore } from 'react';

/**
 * One shared one-second ticker for every countdown on screen: a board of a hundred cards
 * re-renders once a second, not a hundred timers out of step.
 */
const listeners = new Set<() => void>();
let ticker: ReturnType<typeof setInterval> | undefined;
let current = Date.now();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (ticker === undefined) {
    current = Date.now();
    ticker = setInterval(() => {
      current = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker !== undefined) {
      clearInterval(ticker);
      ticker = undefined;
    }
  };
}

/** The client clock, ticking every second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * The server's clock now, from the time it stamped a response (`serverAt`) and the client time
 * that response arrived (`receivedAt`): countdowns follow the server even when the device's
 * clock is off.
 */
export function useServerNow(serverAt: string, receivedAt: number): number {
  return useNow() + (Date.parse(serverAt) - receivedAt);
}
