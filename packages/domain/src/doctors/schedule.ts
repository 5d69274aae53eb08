import type { ScheduleRule } from './api';
import type { Doctor } from './index';
import type { Shift } from './roster';
import { CST_OFFSET_MS, DAY_MS, cstDayLabel, cstDayNumber, toMs } from './time';

/** The CST Monday (YYYY-MM-DD) of the week `ms` falls in. */
export function cstWeekStartOf(ms: number): string {
  const day = cstDayNumber(ms);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
  const weekday = (day + 3) % 7;
  return cstDayLabel(day - weekday);
}

/** Epoch ms of 00:00 CST on the given YYYY-MM-DD. */
export function cstDayStartMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - CST_OFFSET_MS;
}

export function addCstDays(date: string, days: number): string {
  return cstDayLabel(cstDayNumber(cstDayStartMs(date)) + days);
}

/** Shifts that hold a doctor's time: a cancelled or missed shift frees it. */
export function isActiveShift(shift: Pick<Shift, 'status'>): boolean {
  return shift.status !== 'cancelled' && shift.status !== 'no_show';
}

export interface ScheduleProblem {
  rule: ScheduleRule;
  field: 'doctorId' | 'departmentId' | 'start' | 'end' | 'capacity';
  message: string;
  /** The other shift, for an overlap. */
  shiftId?: string;
}

/**
 * Every rule a planned shift breaks (DOMAIN.md §1.1 and the 互联网诊疗 rules): the doctor must be
 * active, licensed for the department, licensed until the shift ends, free of overlapping shifts,
 * and the shift may not ask for more parallel consultations than the doctor takes. `others` may
 * include the shift itself (a move): it is skipped by id.
 */
export function scheduleProblems(
  shift: Pick<Shift, 'id' | 'doctorId' | 'departmentId' | 'start' | 'end' | 'capacity'>,
  doctor: Doctor,
  others: readonly Shift[],
  nowMs: number,
): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const start = toMs(shift.start);
  const end = toMs(shift.end);
  if (end <= nowMs) {
    problems.push({
      rule: 'past',
      field: 'end',
      message: 'A shift that has already ended cannot be planned.',
    });
  }
  if (doctor.status !== 'active') {
    problems.push({
      rule: 'doctor_inactive',
      field: 'doctorId',
      message: `The doctor is ${doctor.status} and cannot be scheduled.`,
    });
  }
  if (!doctor.departmentIds.includes(shift.departmentId)) {
    problems.push({
      rule: 'not_licensed',
      field: 'doctorId',
      message: 'The doctor is not licensed for this department.',
    });
  }
  if (toMs(doctor.licenseExpiry) < end) {
    problems.push({
      rule: 'license_expiring',
      field: 'end',
      message: `The doctor's licence expires (${doctor.licenseExpiry}) before the shift ends.`,
    });
  }
  if (shift.capacity > doctor.maxConcurrent) {
    problems.push({
      rule: 'max_concurrency',
      field: 'capacity',
      message: `Capacity ${shift.capacity} is above the doctor's maximum of ${doctor.maxConcurrent} concurrent consultations.`,
    });
  }
  const overlap = others.find(
    (o) =>
      o.id !== shift.id &&
      o.doctorId === shift.doctorId &&
      isActiveShift(o) &&
      toMs(o.start) < end &&
      toMs(o.end) > start,
  );
  if (overlap) {
    problems.push({
      rule: 'overlap',
      field: 'start',
      shiftId: overlap.id,
      message: `The doctor already has a shift from ${overlap.start} to ${overlap.end}.`,
    });
  }
  return problems;
}

export const WEEK_MS = 7 * DAY_MS;
