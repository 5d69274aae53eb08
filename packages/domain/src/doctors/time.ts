import { isoDateTimeSchema } from '../common';

/** DOMAIN.md §0: times travel as ISO-8601 in China Standard Time, e.g. 2026-11-23T10:00:00+08:00. */
export const cstDateTimeSchema = isoDateTimeSchema.refine((s) => s.endsWith('+08:00'), {
  message: 'time must carry the +08:00 offset',
});

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** China has one time zone and no daylight saving, so a fixed offset is exact. */
export const CST_OFFSET_MS = 8 * HOUR_MS;

/** Milliseconds since the epoch; the schemas guarantee the string parses. */
export function toMs(iso: string): number {
  return Date.parse(iso);
}

/** Hour of the day on a Beijing wall clock (0–23), for times after 1970. */
export function cstHourOf(ms: number): number {
  return Math.floor(((ms + CST_OFFSET_MS) % DAY_MS) / HOUR_MS);
}

/** Days since 1970-01-01 on a Beijing wall clock: one number per calendar day in CST. */
export function cstDayNumber(ms: number): number {
  return Math.floor((ms + CST_OFFSET_MS) / DAY_MS);
}

/** 2026-11-23 for the CST day number `cstDayNumber` gave. */
export function cstDayLabel(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
