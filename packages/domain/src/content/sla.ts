import { toIsoCst } from '../common';
import type { ReviewStage, ReviewTask } from './model';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** China has one time zone and no daylight saving: a fixed offset is exact. */
const CST_OFFSET_MS = 8 * HOUR_MS;

/**
 * The review team's working calendar (DOMAIN.md §4.2 SLAs count working time): Monday–Friday,
 * 09:00–18:00 Beijing time, with no lunch break deducted (reviewers stagger lunch, so the queue is
 * staffed all nine hours). Public holidays and the make-up working weekends (调休) that go with them
 * change every year, so they are data: `holidays` are skipped, `extraWorkdays` count.
 * Dates are CST calendar days, `YYYY-MM-DD`.
 */
export interface WorkingCalendar {
  openHour: number;
  closeHour: number;
  holidays: readonly string[];
  extraWorkdays: readonly string[];
}

export const REVIEW_CALENDAR: WorkingCalendar = {
  openHour: 9,
  closeHour: 18,
  holidays: [],
  extraWorkdays: [],
};

const WORKING_DAY_HOURS = REVIEW_CALENDAR.closeHour - REVIEW_CALENDAR.openHour;

/** DOMAIN.md §4.2: first review 4 working hours; medical and compliance one working day each. */
export const STAGE_SLA_WORKING_MS: Record<ReviewStage, number> = {
  first: 4 * HOUR_MS,
  medical: WORKING_DAY_HOURS * HOUR_MS,
  compliance: WORKING_DAY_HOURS * HOUR_MS,
};

/** A live script must be approved this long before the stream starts. */
export const LIVE_SCRIPT_LEAD_MS = 24 * HOUR_MS;

/** A task is due soon when less than this share of its stage's working time is left. */
export const DUE_SOON_FRACTION = 0.25;

const cstDay = (ms: number) => Math.floor((ms + CST_OFFSET_MS) / DAY_MS);
const dayStartMs = (day: number) => day * DAY_MS - CST_OFFSET_MS;
const dayLabel = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function isWorkday(day: number, cal: WorkingCalendar): boolean {
  const label = dayLabel(day);
  if (cal.extraWorkdays.includes(label)) return true;
  if (cal.holidays.includes(label)) return false;
  // Day 0 (1970-01-01) was a Thursday; 0 = Sunday.
  const weekday = (day + 4) % 7;
  return weekday !== 0 && weekday !== 6;
}

/** The instant `durationMs` of working time after `startMs` (work starting outside hours waits for the next opening). */
export function addWorkingTime(
  startMs: number,
  durationMs: number,
  cal: WorkingCalendar = REVIEW_CALENDAR,
): number {
  let t = startMs;
  let remaining = durationMs;
  // A calendar with no working days at all would never end; a year without one is treated as such.
  for (let guard = 0; guard < 366 * 3; guard++) {
    const day = cstDay(t);
    const open = dayStartMs(day) + cal.openHour * HOUR_MS;
    const close = dayStartMs(day) + cal.closeHour * HOUR_MS;
    if (!isWorkday(day, cal) || t >= close) {
      t = dayStartMs(day + 1) + cal.openHour * HOUR_MS;
      continue;
    }
    if (t < open) t = open;
    if (remaining <= close - t) return t + remaining;
    remaining -= close - t;
    t = dayStartMs(day + 1) + cal.openHour * HOUR_MS;
  }
  throw new Error('the working calendar has no working time');
}

/** Working time between two instants (0 when `to` is not after `from`). */
export function workingMsBetween(
  fromMs: number,
  toMs: number,
  cal: WorkingCalendar = REVIEW_CALENDAR,
): number {
  let total = 0;
  for (let day = cstDay(fromMs); day <= cstDay(toMs) && toMs > fromMs; day++) {
    if (!isWorkday(day, cal)) continue;
    const open = Math.max(fromMs, dayStartMs(day) + cal.openHour * HOUR_MS);
    const close = Math.min(toMs, dayStartMs(day) + cal.closeHour * HOUR_MS);
    if (close > open) total += close - open;
  }
  return total;
}

const toMs = (t: number | string) => (typeof t === 'number' ? t : Date.parse(t));

export interface DueOptions {
  /** Live scripts: every stage is due no later than 24 h before the stream. */
  liveStartAt?: string | undefined;
  calendar?: WorkingCalendar;
}

/** When a task of `stage` created at `start` is due (ISO-8601 CST). */
export function dueAt(stage: ReviewStage, start: number | string, options: DueOptions = {}): string {
  let due = addWorkingTime(toMs(start), STAGE_SLA_WORKING_MS[stage], options.calendar);
  if (options.liveStartAt) due = Math.min(due, Date.parse(options.liveStartAt) - LIVE_SCRIPT_LEAD_MS);
  return toIsoCst(due);
}

export const DUE_STATES = ['on_time', 'due_soon', 'overdue'] as const;
export type DueState = (typeof DUE_STATES)[number];

/**
 * An open task is overdue past `dueAt` and due soon when under a quarter of its stage's working
 * time is left; a decided task is judged by when it was decided, a cancelled one is never late.
 */
export function dueState(
  task: Pick<ReviewTask, 'stage' | 'status' | 'dueAt' | 'decidedAt'>,
  now: number | string,
  calendar: WorkingCalendar = REVIEW_CALENDAR,
): DueState {
  const due = Date.parse(task.dueAt);
  if (task.status === 'cancelled') return 'on_time';
  if (task.status === 'decided')
    return task.decidedAt && Date.parse(task.decidedAt) > due ? 'overdue' : 'on_time';
  const t = toMs(now);
  if (t > due) return 'overdue';
  const left = workingMsBetween(t, due, calendar);
  return left <= STAGE_SLA_WORKING_MS[task.stage] * DUE_SOON_FRACTION ? 'due_soon' : 'on_time';
}
