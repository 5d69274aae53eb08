import { describe, expect, it } from 'vitest';
import { doctorSchema, type Doctor } from './index';
import { shiftSchema, type Shift } from './roster';
import { addCstDays, cstDayStartMs, cstWeekStartOf, isActiveShift, scheduleProblems } from './schedule';

// Fixed, hand-checked dates: 2026-11-23 is a Monday; Beijing is UTC+8 all year.
const NOW = Date.parse('2026-11-23T09:00:00+08:00');

const doctor = (fields: Partial<Doctor> = {}): Doctor =>
  doctorSchema.parse({
    id: 'doc_a',
    name: { 'zh-CN': '李医生', 'en-US': 'Dr Li' },
    title: 'attending',
    employment: 'full_time',
    primaryInstitution: { 'zh-CN': '第一医院', 'en-US': 'First Hospital' },
    departmentIds: ['dep_gp'],
    licenseNo: 'L-1',
    licenseExpiry: '2027-06-30T23:59:59+08:00',
    multiSiteFiled: true,
    realNameVerifiedAt: '2025-01-01T00:00:00+08:00',
    serviceTypes: ['text'],
    maxConcurrent: 5,
    status: 'active',
    ratingAvg: 4.8,
    version: 0,
    ...fields,
  });

const shift = (fields: Partial<Shift> = {}): Shift =>
  shiftSchema.parse({
    id: 'sh_new',
    doctorId: 'doc_a',
    departmentId: 'dep_gp',
    start: '2026-11-24T08:00:00+08:00',
    end: '2026-11-24T12:00:00+08:00',
    type: 'regular',
    capacity: 5,
    status: 'draft',
    version: 0,
    ...fields,
  });

const rules = (...args: Parameters<typeof scheduleProblems>) => scheduleProblems(...args).map((p) => p.rule);

describe('scheduleProblems', () => {
  it('finds nothing wrong with a licensed, active, free doctor in the future', () => {
    expect(scheduleProblems(shift(), doctor(), [], NOW)).toEqual([]);
  });

  it('refuses an overlap with another active shift of the same doctor, naming it', () => {
    // 11:00–15:00 overlaps 08:00–12:00 by one hour.
    const other = shift({
      id: 'sh_other',
      start: '2026-11-24T11:00:00+08:00',
      end: '2026-11-24T15:00:00+08:00',
    });
    expect(scheduleProblems(shift(), doctor(), [other], NOW)).toEqual([
      expect.objectContaining({ rule: 'overlap', field: 'start', shiftId: 'sh_other' }),
    ]);
  });

  it('lets exactly adjacent shifts through: one ends at 12:00, the next starts at 12:00', () => {
    const before = shift({
      id: 'sh_before',
      start: '2026-11-24T04:00:00+08:00',
      end: '2026-11-24T08:00:00+08:00',
    });
    const after = shift({
      id: 'sh_after',
      start: '2026-11-24T12:00:00+08:00',
      end: '2026-11-24T16:00:00+08:00',
    });
    expect(rules(shift(), doctor(), [before, after], NOW)).toEqual([]);
  });

  it('ignores the shift itself (a move), other doctors, and cancelled or missed shifts', () => {
    const same = shift();
    const colleague = shift({ id: 'sh_b', doctorId: 'doc_b' });
    const cancelled = shift({ id: 'sh_c', status: 'cancelled' });
    const missed = shift({ id: 'sh_d', status: 'no_show' });
    expect(rules(same, doctor(), [same, colleague, cancelled, missed], NOW)).toEqual([]);
  });

  it('allows the maximum concurrency and refuses one more', () => {
    expect(rules(shift({ capacity: 5 }), doctor({ maxConcurrent: 5 }), [], NOW)).toEqual([]);
    expect(scheduleProblems(shift({ capacity: 6 }), doctor({ maxConcurrent: 5 }), [], NOW)).toEqual([
      expect.objectContaining({ rule: 'max_concurrency', field: 'capacity' }),
    ]);
  });

  it('refuses a department the doctor is not licensed for', () => {
    expect(scheduleProblems(shift({ departmentId: 'dep_peds' }), doctor(), [], NOW)).toEqual([
      expect.objectContaining({ rule: 'not_licensed', field: 'doctorId' }),
    ]);
  });

  it('refuses a licence that expires before the shift ends, even if it is valid at the start', () => {
    // Valid at 08:00, expired at 10:00, the shift runs to 12:00.
    const expiring = doctor({ licenseExpiry: '2026-11-24T10:00:00+08:00' });
    expect(scheduleProblems(shift(), expiring, [], NOW)).toEqual([
      expect.objectContaining({ rule: 'license_expiring', field: 'end' }),
    ]);
    // Expiring exactly when the shift ends is still licensed throughout.
    expect(rules(shift(), doctor({ licenseExpiry: '2026-11-24T12:00:00+08:00' }), [], NOW)).toEqual([]);
  });

  it('refuses a shift that has already ended and a doctor who is not active', () => {
    const past = shift({ start: '2026-11-23T04:00:00+08:00', end: '2026-11-23T09:00:00+08:00' });
    expect(rules(past, doctor(), [], NOW)).toEqual(['past']);
    expect(rules(shift(), doctor({ status: 'suspended' }), [], NOW)).toEqual(['doctor_inactive']);
  });

  it('reports every broken rule at once', () => {
    const other = shift({ id: 'sh_other' });
    const wrong = shift({ departmentId: 'dep_peds', capacity: 9 });
    const expired = doctor({ licenseExpiry: '2026-11-24T09:00:00+08:00' });
    expect(rules(wrong, expired, [other], NOW)).toEqual([
      'not_licensed',
      'license_expiring',
      'max_concurrency',
      'overlap',
    ]);
  });
});

describe('week helpers', () => {
  it('isActiveShift: a cancelled or missed shift frees the time, every other status holds it', () => {
    expect(isActiveShift({ status: 'cancelled' })).toBe(false);
    expect(isActiveShift({ status: 'no_show' })).toBe(false);
    expect(isActiveShift({ status: 'draft' })).toBe(true);
    expect(isActiveShift({ status: 'published' })).toBe(true);
  });

  it('cstWeekStartOf gives the Monday of the CST week, whatever the UTC date', () => {
    expect(cstWeekStartOf(Date.parse('2026-11-23T00:00:00+08:00'))).toBe('2026-11-23');
    expect(cstWeekStartOf(Date.parse('2026-11-29T23:59:59+08:00'))).toBe('2026-11-23');
    // Monday 00:30 in Beijing is still Sunday in UTC.
    expect(cstWeekStartOf(Date.parse('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
    // Sunday 23:30 in Beijing is 15:30 UTC on Sunday: the week before.
    expect(cstWeekStartOf(Date.parse('2026-11-29T15:30:00Z'))).toBe('2026-11-23');
  });

  it('cstDayStartMs is 00:00 in Beijing, 16:00 UTC the day before', () => {
    expect(new Date(cstDayStartMs('2026-11-23')).toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });

  it('addCstDays crosses months and years both ways', () => {
    expect(addCstDays('2026-11-23', 7)).toBe('2026-11-30');
    expect(addCstDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addCstDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addCstDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCstDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});
