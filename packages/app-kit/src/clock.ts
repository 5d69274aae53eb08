import { useSyncExternalStore } from 'react';

/**
 * One shared one-second ticker for every countdown on screen (one per page, as app-kit is a
 * shared singleton), instead of a timer per card out of step with the others.
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
 * How far the server's clock is ahead of this device's, from the time it stamped a response
 * (`serverAt`) and the client time that response arrived (`receivedAt`): countdowns follow the
 * server even when the device's clock is off.
 */
export function serverOffset(serverAt: string, receivedAt: number): number {
  return Date.parse(serverAt) - receivedAt;
}

/**
 * A value read off the server's clock (`offset` from serverOffset) as it ticks. The component
 * re-renders only when the value changes: a countdown's level changes rarely, its seconds every
 * tick, so a board of cards keeps its cards and re-renders only their clock text.
 */
export function useServerClock<T extends string | number | boolean>(
  offset: number,
  read: (serverNow: number) => T,
): T {
  return useSyncExternalStore(subscribe, () => read(current + offset));
}
