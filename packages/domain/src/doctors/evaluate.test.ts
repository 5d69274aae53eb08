import { describe, expect, it } from 'vitest';
import { DEFAULT_BREACH_RULES } from './breach';
import {
  evaluateConsultationSla,
  evaluateCoverage,
  evaluateDoctorWeekly,
  evaluateShiftNoShow,
  judgeDoctorWeek,
  type DoctorWeekMetrics,
} from './evaluate';
import type { Department } from './index';
import type { Shift } from './roster';
import { T0, at, consultation } from './test-utils';

const now = (seconds: number) => T0 + seconds * 1000;

describe('evaluateConsultationSla — FRT', () => {
  // Queued at T0 and assigned, nobody has answered yet.
  const waiting = consultation({ assignedAfter: 20 });

  // Each threshold exactly (still the lower level) and one second past it.
  it.each([
    [0, 'ok', 600, []],
    [600, 'ok', 600, []],
    [601, 'warn', 900, []],
    [900, 'warn', 900, []],
    [901, 'breach', 1800, []],
    [1800, 'breach', 1800, []],
    [1801, 'critical', 3600, ['auto_reassign', 'free_cancel']],
    [3600, 'critical', 3600, ['auto_reassign', 'free_cancel']],
    [3601, 'critical', undefined, ['auto_refund']],
  ] as const)('normal at %i s → %s', (elapsed, level, nextAfter, actions) => {
    expect(evaluateConsultationSla(waiting, now(elapsed), DEFAULT_BREACH_RULES)).toEqual({
      rule: 'FRT_NORMAL',
      level,
      elapsedSeconds: elapsed,
      nextLevelAt: nextAfter === undefined ? undefined : at(nextAfter),
      actions,
    });
  });

  const fastLane = consultation({ priority: 'fast_lane' });
  it.each([
    [180, 'ok', 180, []],
    [181, 'warn', 300, []],
    [300, 'warn', 300, []],
    [301, 'breach', 600, []],
    [600, 'breach', 600, []],
    [601, 'critical', 3600, ['auto_reassign']],
    [3601, 'critical', undefined, ['auto_refund']],
  ] as const)('fast lane at %i s → %s', (elapsed, level, nextAfter, actions) => {
    expect(evaluateConsultationSla(fastLane, now(elapsed))).toEqual({
      rule: 'FRT_FAST_LANE',
      level,
      elapsedSeconds: elapsed,
      nextLevelAt: nextAfter === undefined ? undefined : at(nextAfter),
      actions,
    });
  });

  it('asks for one reassignment per critical episode', () => {
    const reassigned = (atSeconds: number) =>
      consultation({
        assignedAfter: 20,
        doctorId: 'doc_b',
        reassignments: [
          { from: 'doc_a', to: 'doc_b', at: at(atSeconds), by: 'system', reason: 'FRT critical' },
        ],
      });
    // reassigned after the clock went critical at 1800 s: only the free cancel is left
    expect(evaluateConsultationSla(reassigned(1801), now(2000))?.actions).toEqual(['free_cancel']);
    // a reassignment before that does not answer the critical alarm
    expect(evaluateConsultationSla(reassigned(1000), now(2000))?.actions).toEqual([
      'auto_reassign',
      'free_cancel',
    ]);
  });

  it('follows edited thresholds', () => {
    const rules = {
      ...DEFAULT_BREACH_RULES,
      frtNormal: { ...DEFAULT_BREACH_RULES.frtNormal, warnSeconds: 300 },
    };
    expect(evaluateConsultationSla(waiting, now(301), rules)?.level).toBe('warn');
  });
});

describe('evaluateConsultationSla — DOCTOR_IDLE and no clock', () => {
  // Answered at 60 s; the patient wrote again at 1000 s and waits.
  const idle = consultation({ frt: 60, patientWaitingSince: at(1000) });

  it.each([
    [1800, 'ok', 1800],
    [1801, 'warn', 3600],
    [3600, 'warn', 3600],
    [3601, 'breach', undefined],
  ] as const)('patient waiting %i s → %s', (waited, level, nextAfter) => {
    expect(evaluateConsultationSla(idle, now(1000 + waited))).toEqual({
      rule: 'DOCTOR_IDLE',
      level,
      elapsedSeconds: waited,
      nextLevelAt: nextAfter === undefined ? undefined : at(1000 + nextAfter),
      actions: [],
    });
  });

  it('runs no clock when the doctor has the last word or the consultation is closed', () => {
    expect(evaluateConsultationSla(consultation({ frt: 60 }), now(90_000))).toBeNull();
    expect(
      evaluateConsultationSla(
        consultation({ frt: 60, outcome: 'completed', patientWaitingSince: at(100) }),
        now(9000),
      ),
    ).toBeNull();
    expect(
      evaluateConsultationSla(consultation({ outcome: 'no_response_refund', closeAfter: 3600 }), now(9000)),
    ).toBeNull();
  });
});

function shift(overrides: Partial<Shift> = {}): Shift {
  return {
    id: 'sh_1',
    doctorId: 'doc_a',
    departmentId: 'dep_gp',
    start: at(0),
    end: at(4 * 3600),
    type: 'regular',
    capacity: 5,
    status: 'published',
    version: 0,
    ...overrides,
  };
}

describe('evaluateShiftNoShow', () => {
  it.each([
    [-60, 'ok', 0, 300, []],
    [300, 'ok', 300, 300, []],
    [301, 'warn', 301, 600, []],
    [600, 'warn', 600, 600, []],
    [601, 'breach', 601, undefined, ['mark_no_show', 'coverage_alert']],
  ] as const)('%i s after the start → %s', (elapsed, level, elapsedSeconds, nextAfter, actions) => {
    expect(evaluateShiftNoShow(shift(), now(elapsed))).toEqual({
      rule: 'SHIFT_NO_SHOW',
      level,
      elapsedSeconds,
      nextLevelAt: nextAfter === undefined ? undefined : at(nextAfter),
      actions,
    });
  });

  it('runs no clock once someone checked in or the shift is not live', () => {
    expect(evaluateShiftNoShow(shift({ status: 'checked_in', checkedInAt: at(120) }), now(900))).toBeNull();
    for (const status of ['draft', 'cancelled', 'no_show'] as const) {
      expect(evaluateShiftNoShow(shift({ status }), now(900))).toBeNull();
    }
  });
});

describe('evaluateCoverage', () => {
  const dept = (id: string, minOnDutyPerSlot: number): Department => ({
    id,
    code: id,
    name: { 'zh-CN': id, 'en-US': id },
    minOnDutyPerSlot,
    fastLane: false,
  });
  // T0 is 09:00; hours are Beijing wall-clock hours of that day.
  const h = (hour: number) => at((hour - 9) * 3600);
  const departments = [dept('dep_gp', 2), dept('dep_ped', 1), dept('dep_derm', 0), dept('dep_endo', 1)];
  const shifts = [
    shift({ id: 'gp1', start: h(8), end: h(12) }),
    // checked in, but gone after 11:00: the 11:00–11:30 slot is one doctor short
    shift({ id: 'gp2', start: h(9), end: h(11), status: 'checked_in', checkedInAt: h(9) }),
    // on call is the reserve, a no-show is nobody, and 09:15 does not cover the 09:00 slot
    shift({ id: 'ped1', departmentId: 'dep_ped', start: h(8), end: h(12), type: 'on_call' }),
    shift({ id: 'ped2', departmentId: 'dep_ped', start: h(9), end: h(12), status: 'no_show' }),
    shift({ id: 'ped3', departmentId: 'dep_ped', start: h(9.25), end: h(12) }),
    // covered until 11:30 exactly
    shift({ id: 'endo1', departmentId: 'dep_endo', start: h(8), end: h(11.5) }),
  ];

  it('breaches on the current slot and warns on a short slot within the next 2 h', () => {
    // 09:10: current slot 09:00; look-ahead to 11:10 covers slots starting 09:30 … 11:00
    expect(evaluateCoverage(departments, shifts, now(600))).toEqual([
      {
        rule: 'COVERAGE_GAP',
        departmentId: 'dep_gp',
        level: 'warn',
        slotStart: h(11),
        onDuty: 1,
        required: 2,
        actions: [],
      },
      {
        rule: 'COVERAGE_GAP',
        departmentId: 'dep_ped',
        level: 'breach',
        slotStart: h(9),
        onDuty: 0,
        required: 1,
        actions: ['page_on_call'],
      },
      {
        rule: 'COVERAGE_GAP',
        departmentId: 'dep_derm',
        level: 'ok',
        slotStart: h(9),
        onDuty: 0,
        required: 0,
        actions: [],
      },
      {
        rule: 'COVERAGE_GAP',
        departmentId: 'dep_endo',
        level: 'ok',
        slotStart: h(9),
        onDuty: 1,
        required: 1,
        actions: [],
      },
    ]);
  });

  it('looks exactly 2 h ahead', () => {
    const endo = [dept('dep_endo', 1)];
    // 09:30 → 11:30: the 11:30 slot starts at the horizon, outside it
    expect(evaluateCoverage(endo, shifts, now(1800))[0]?.level).toBe('ok');
    // 09:31 → 11:31: the 11:30 slot, which nobody covers, is inside
    expect(evaluateCoverage(endo, shifts, now(1860))[0]).toMatchObject({ level: 'warn', slotStart: h(11.5) });
  });
});

describe('evaluateDoctorWeekly', () => {
  const week = (rate15Min: number | null, satisfaction: number | null, complaintsPer1000: number | null) =>
    ({
      rate15Min,
      satisfaction: { rate: satisfaction, avgRating: null, coverage: null },
      complaintsPer1000,
    }) satisfies DoctorWeekMetrics;

  it.each([
    ['at both warn lines', week(0.9, 0.92, 2.99), 'ok', []],
    ['just under the 15-min warn line', week(0.8999, 0.95, 0), 'warn', ['rate15Min']],
    ['just under the satisfaction warn line', week(0.95, 0.9199, 0), 'warn', ['satisfaction']],
    ['exactly at both breach lines', week(0.85, 0.9, 0), 'warn', ['rate15Min', 'satisfaction']],
    ['just under the 15-min breach line', week(0.8499, 0.95, 0), 'breach', ['rate15Min']],
    ['just under the satisfaction breach line', week(0.95, 0.8999, 1), 'breach', ['satisfaction']],
    ['at 3 complaints per 1,000', week(0.95, 0.95, 3), 'breach', ['complaints']],
    ['a week with nothing measured', week(null, null, null), 'ok', []],
  ] as const)('%s', (_, metrics, level, reasons) => {
    expect(evaluateDoctorWeekly([metrics])).toMatchObject({
      level,
      reasons,
      consecutiveBreachWeeks: level === 'breach' ? 1 : 0,
    });
  });

  const breach = week(0.8, 0.95, 0);
  const warn = week(0.88, 0.95, 0);
  const ok = week(0.95, 0.95, 0);

  it('raises sla_risk and a suspension review after two breach weeks in a row', () => {
    expect(evaluateDoctorWeekly([ok, breach, breach])).toEqual({
      rule: 'DOCTOR_WEEKLY',
      level: 'breach',
      reasons: ['rate15Min'],
      consecutiveBreachWeeks: 2,
      actions: ['flag_sla_risk', 'suspension_review'],
    });
    expect(evaluateDoctorWeekly([breach, breach, breach]).actions).toEqual([
      'flag_sla_risk',
      'suspension_review',
    ]);
  });

  it('counts only an unbroken run of breach weeks ending with the latest', () => {
    expect(evaluateDoctorWeekly([breach])).toMatchObject({ consecutiveBreachWeeks: 1, actions: [] });
    expect(evaluateDoctorWeekly([breach, ok, breach])).toMatchObject({
      consecutiveBreachWeeks: 1,
      actions: [],
    });
    expect(evaluateDoctorWeekly([breach, breach, warn])).toMatchObject({
      level: 'warn',
      consecutiveBreachWeeks: 0,
      actions: [],
    });
    expect(evaluateDoctorWeekly([])).toMatchObject({ level: 'ok', consecutiveBreachWeeks: 0, actions: [] });
  });

  it('lets a waived breach week break the streak while the week keeps its level', () => {
    const waived = { ...breach, waived: true };
    expect(evaluateDoctorWeekly([breach, waived])).toMatchObject({
      level: 'breach',
      consecutiveBreachWeeks: 0,
      actions: [],
    });
    expect(evaluateDoctorWeekly([waived, breach])).toMatchObject({ consecutiveBreachWeeks: 1, actions: [] });
    expect(evaluateDoctorWeekly([waived, breach, breach]).actions).toEqual([
      'flag_sla_risk',
      'suspension_review',
    ]);
  });

  it('judges one week alone, every shortfall named', () => {
    expect(judgeDoctorWeek(week(0.84, 0.89, 3))).toEqual({
      level: 'breach',
      reasons: ['rate15Min', 'satisfaction', 'complaints'],
    });
    expect(judgeDoctorWeek(week(0.89, 0.95, 0))).toEqual({ level: 'warn', reasons: ['rate15Min'] });
    // The lines are the rules': stricter ones find more.
    const strict = {
      ...DEFAULT_BREACH_RULES,
      doctorWeekly: { ...DEFAULT_BREACH_RULES.doctorWeekly, warn: { rate15Min: 0.96, satisfaction: 0.92 } },
    };
    expect(judgeDoctorWeek(week(0.95, 0.95, 0), strict)).toEqual({ level: 'warn', reasons: ['rate15Min'] });
  });
});
