import { toIsoCst } from '@careops/domain';

/** The periods a dashboard offers besides dates typed in. */
export const RANGE_PRESETS = ['today', '7d', '30d', '90d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const DAY = 86_400_000;
const CST_OFFSET = 8 * 3_600_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isRangePreset = (value: string | null): value is RangePreset =>
  (RANGE_PRESETS as readonly string[]).includes(value ?? '');

/** The calendar day (China Standard Time) of an instant, as a date input shows it. */
export const cstDate = (ms: number) => new Date(ms + CST_OFFSET).toISOString().slice(0, 10);
const cstDayStart = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

/** A dashboard's period: `from`/`to` as the API takes them, and the days the date inputs show. */
export interface DateRange {
  from: string;
  to: string;
  /** The inclusive calendar days shown in the date inputs. */
  fromDate: string;
  toDate: string;
}

/** A preset relative to `now`: up to the next whole minute, so a cache key stays stable while the page is open. */
export function presetRange(preset: RangePreset, now: number): DateRange {
  const end = Math.floor(now / 60_000) * 60_000 + 60_000;
  const days = { today: 0, '7d': 7, '30d': 30, '90d': 90 }[preset];
  const start = preset === 'today' ? cstDayStart(cstDate(now)) : end - days * DAY;
  return { from: toIsoCst(start), to: toIsoCst(end), fromDate: cstDate(start), toDate: cstDate(now) };
}

/** Whole days from `fromDate` to `toDate` inclusive; undefined when the dates do not make a range. */
export function customRange(fromDate: string, toDate: string): DateRange | undefined {
  if (!DATE.test(fromDate) || !DATE.test(toDate)) return undefined;
  const start = cstDayStart(fromDate);
  const end = cstDayStart(toDate) + DAY;
  if (Number.isNaN(start) || Number.isNaN(end) || start >= end) return undefined;
  return { from: toIsoCst(start), to: toIsoCst(end), fromDate, toDate };
}
