import { useState } from 'react';
import { cstWeekStartOf, cstDayStartMs } from '@careops/domain/doctors';
import { toIsoCst } from '@careops/domain';

export const PERIODS = ['today', '7d', '30d'] as const;
export type PeriodKey = (typeof PERIODS)[number];
/** What the SLA dashboard shows when the URL names no period. */
export const DEFAULT_PERIOD: PeriodKey = '7d';

export function isPeriod(value: string | null): value is PeriodKey {
  return (PERIODS as readonly string[]).includes(value ?? '');
}

const DAY = 86_400_000;

/** The period as the API takes it; `now` is the browser clock, which tests can control. */
export function periodRange(period: PeriodKey, now: number): { from: string; to: string } {
  const minute = Math.floor(now / 60_000) * 60_000;
  const todayStart = cstDayStartMs(new Date(now + 8 * 3_600_000).toISOString().slice(0, 10));
  const from = period === 'today' ? todayStart : period === '7d' ? minute - 7 * DAY : minute - 30 * DAY;
  return { from: toIsoCst(from), to: toIsoCst(minute + 60_000) };
}

export function currentWeekStart(now: number): string {
  return cstWeekStartOf(now);
}

/** The browser clock when the page opened: ranges stay stable across re-renders (cache keys). */
export function useOpenedAt(): number {
  const [now] = useState(() => Date.now());
  return now;
}
