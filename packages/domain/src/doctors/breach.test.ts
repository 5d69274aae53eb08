import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BREACH_RULES,
  breachRulesAt,
  breachRulesSchema,
  slaBreachSchema,
  thresholdCrossedAt,
  type BreachRules,
  type BreachRulesTimeline,
} from './breach';
import { breachRulesUpdateInputSchema } from './api';
import { T0, at } from './test-utils';

describe('breach rules', () => {
  it('ship the §1.4 defaults in seconds', () => {
    expect(breachRulesSchema.parse(DEFAULT_BREACH_RULES)).toEqual(DEFAULT_BREACH_RULES);
    // 10 / 15 / 30 / 60 min and 3 / 5 / 10 min
    expect(DEFAULT_BREACH_RULES.frtNormal).toMatchObject({
      warnSeconds: 600,
      breachSeconds: 900,
      criticalSeconds: 1800,
      refundSeconds: 3600,
    });
    expect(DEFAULT_BREACH_RULES.frtFastLane).toMatchObject({
      warnSeconds: 180,
      breachSeconds: 300,
      criticalSeconds: 600,
    });
  });

  it('accept an admin edit that keeps the ladder in order', () => {
    const edited = {
      ...DEFAULT_BREACH_RULES,
      frtFastLane: { ...DEFAULT_BREACH_RULES.frtFastLane, warnSeconds: 120 },
    };
    expect(breachRulesSchema.safeParse(edited).success).toBe(true);
  });

  it('refuse thresholds out of order, with the field that broke it', () => {
    const swapped = {
      ...DEFAULT_BREACH_RULES,
      frtNormal: { ...DEFAULT_BREACH_RULES.frtNormal, breachSeconds: 600 },
    };
    const result = breachRulesSchema.safeParse(swapped);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['frtNormal.breachSeconds']);

    const idle = { ...DEFAULT_BREACH_RULES, doctorIdle: { warnSeconds: 3600, breachSeconds: 3600 } };
    expect(breachRulesSchema.safeParse(idle).success).toBe(false);
  });

  it('refuse a weekly breach line above its warn line, and rates above 1', () => {
    const weekly = DEFAULT_BREACH_RULES.doctorWeekly;
    const above = {
      ...DEFAULT_BREACH_RULES,
      doctorWeekly: { ...weekly, breach: { ...weekly.breach, satisfaction: 0.95 } },
    };
    expect(breachRulesSchema.safeParse(above).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'doctorWeekly.breach.satisfaction',
    ]);
    const percent = {
      ...DEFAULT_BREACH_RULES,
      doctorWeekly: { ...weekly, warn: { ...weekly.warn, rate15Min: 90 } },
    };
    expect(breachRulesSchema.safeParse(percent).success).toBe(false);
  });

  it('refuse zero, negative and fractional durations', () => {
    for (const warnSeconds of [0, -60, 59.5]) {
      const rules = { ...DEFAULT_BREACH_RULES, shiftNoShow: { warnSeconds, breachSeconds: 600 } };
      expect(breachRulesSchema.safeParse(rules).success).toBe(false);
    }
  });
});

describe('breach rules bounds (what an admin may save)', () => {
  const paths = (rules: unknown) =>
    breachRulesSchema.safeParse(rules).error?.issues.map((i) => i.path.join('.')) ?? [];
  const d = DEFAULT_BREACH_RULES;

  it('orders warn < breach < critical < refund in each FRT ladder, naming the later step', () => {
    expect(paths({ ...d, frtFastLane: { ...d.frtFastLane, criticalSeconds: 300 } })).toEqual([
      'frtFastLane.criticalSeconds',
    ]);
    expect(paths({ ...d, frtNormal: { ...d.frtNormal, refundSeconds: 1800 } })).toEqual([
      'frtNormal.refundSeconds',
    ]);
    expect(paths({ ...d, shiftNoShow: { warnSeconds: 600, breachSeconds: 300 } })).toEqual([
      'shiftNoShow.breachSeconds',
    ]);
  });

  it('keeps every clock between a minute and a day, a no-show within two hours', () => {
    expect(paths({ ...d, frtNormal: { ...d.frtNormal, warnSeconds: 30 } })).toEqual([
      'frtNormal.warnSeconds',
    ]);
    expect(paths({ ...d, frtNormal: { ...d.frtNormal, refundSeconds: 25 * 3600 } })).toEqual([
      'frtNormal.refundSeconds',
    ]);
    expect(paths({ ...d, shiftNoShow: { warnSeconds: 300, breachSeconds: 3 * 3600 } })).toEqual([
      'shiftNoShow.breachSeconds',
    ]);
    expect(paths({ ...d, doctorIdle: { warnSeconds: 1800, breachSeconds: 2 * 86_400 } })).toEqual([
      'doctorIdle.breachSeconds',
    ]);
    // The look-ahead covers at least one 30-min slot.
    expect(paths({ ...d, coverageGap: { lookaheadSeconds: 600 } })).toEqual(['coverageGap.lookaheadSeconds']);
    expect(paths({ ...d, coverageGap: { lookaheadSeconds: 4 * 3600 } })).toEqual([]);
  });

  it('bounds the weekly rule and refuses an action listed twice', () => {
    const w = d.doctorWeekly;
    expect(paths({ ...d, doctorWeekly: { ...w, riskAfterWeeks: 0 } })).toEqual([
      'doctorWeekly.riskAfterWeeks',
    ]);
    expect(paths({ ...d, doctorWeekly: { ...w, riskAfterWeeks: 13 } })).toEqual([
      'doctorWeekly.riskAfterWeeks',
    ]);
    expect(paths({ ...d, doctorWeekly: { ...w, breach: { ...w.breach, complaintsPer1000: -1 } } })).toEqual([
      'doctorWeekly.breach.complaintsPer1000',
    ]);
    expect(
      paths({ ...d, frtNormal: { ...d.frtNormal, criticalActions: ['auto_reassign', 'auto_reassign'] } }),
    ).toEqual(['frtNormal.criticalActions']);
    // The refund is not a critical action: it has its own step.
    expect(paths({ ...d, frtNormal: { ...d.frtNormal, criticalActions: ['auto_refund'] } })).toEqual([
      'frtNormal.criticalActions.0',
    ]);
  });

  it('needs the version the edit is based on and a reason with the whole rule set', () => {
    const input = { version: 1, rules: d, reason: 'Peak season' };
    expect(breachRulesUpdateInputSchema.safeParse(input).success).toBe(true);
    const fieldsOf = (value: unknown) =>
      breachRulesUpdateInputSchema.safeParse(value).error?.issues.map((i) => i.path.join('.'));
    expect(fieldsOf({ ...input, reason: '  ' })).toEqual(['reason']);
    expect(fieldsOf({ rules: d, reason: 'x' })).toEqual(['version']);
    expect(
      fieldsOf({ ...input, rules: { ...d, frtNormal: { ...d.frtNormal, breachSeconds: 600 } } }),
    ).toEqual(['rules.frtNormal.breachSeconds']);
  });
});

describe('rules over time', () => {
  const MIN = 60_000;
  const withCritical = (criticalSeconds: number): BreachRules => ({
    ...DEFAULT_BREACH_RULES,
    frtNormal: { ...DEFAULT_BREACH_RULES.frtNormal, criticalSeconds },
  });
  // Defaults since ever; from T0 + 60 min critical is 20 min; from T0 + 120 min it is 45 min.
  const timeline: BreachRulesTimeline = [
    { fromMs: T0 - 86_400_000, rules: DEFAULT_BREACH_RULES },
    { fromMs: T0 + 60 * MIN, rules: withCritical(20 * 60) },
    { fromMs: T0 + 120 * MIN, rules: withCritical(45 * 60) },
  ];
  const critical = (r: BreachRules) => r.frtNormal.criticalSeconds;

  it('reads the version in force at a moment; the first also covers the time before it', () => {
    expect(breachRulesAt(timeline, T0 - 10 * 86_400_000)).toBe(DEFAULT_BREACH_RULES);
    expect(breachRulesAt(timeline, T0 + 59 * MIN).frtNormal.criticalSeconds).toBe(1800);
    expect(breachRulesAt(timeline, T0 + 60 * MIN).frtNormal.criticalSeconds).toBe(1200);
    expect(breachRulesAt(timeline, T0 + 500 * MIN).frtNormal.criticalSeconds).toBe(2700);
    expect(breachRulesAt([], T0)).toBe(DEFAULT_BREACH_RULES);
  });

  it('is the start plus the threshold while the rules stay the same', () => {
    expect(thresholdCrossedAt([], T0, critical)).toBe(T0 + 30 * MIN);
    expect(thresholdCrossedAt(timeline.slice(0, 1), T0, critical)).toBe(T0 + 30 * MIN);
    // Crossed under the defaults before the first edit: the edit does not move it.
    expect(thresholdCrossedAt(timeline, T0, critical)).toBe(T0 + 30 * MIN);
  });

  it('makes a stricter edit cross at the moment of the edit for clocks already past it', () => {
    // Started at T0 + 25: 30 min under the defaults is T0 + 55, before the edit.
    expect(thresholdCrossedAt(timeline, T0 + 25 * MIN, critical)).toBe(T0 + 55 * MIN);
    // Started at T0 + 35: 25 min in at the edit, past the new 20 min: it crosses at the edit.
    expect(thresholdCrossedAt(timeline, T0 + 35 * MIN, critical)).toBe(T0 + 60 * MIN);
    // Started at T0 + 45 or later: 20 min under the new rules.
    expect(thresholdCrossedAt(timeline, T0 + 45 * MIN, critical)).toBe(T0 + 65 * MIN);
    expect(thresholdCrossedAt(timeline, T0 + 50 * MIN, critical)).toBe(T0 + 70 * MIN);
  });

  it('delays crossings still ahead after a laxer edit, and never undoes one passed', () => {
    // 20 min rule from T0+60: started T0+90 would cross at T0+110, before the 45 min edit.
    expect(thresholdCrossedAt(timeline, T0 + 90 * MIN, critical)).toBe(T0 + 110 * MIN);
    // Started T0+105: 20 min would be T0+125, after the laxer edit at T0+120: 45 min applies.
    expect(thresholdCrossedAt(timeline, T0 + 105 * MIN, critical)).toBe(T0 + 150 * MIN);
  });
});

describe('slaBreachSchema', () => {
  const breach = {
    id: 'brc_1',
    subjectType: 'consultation',
    subjectId: 'con_1',
    rule: 'FRT_NORMAL',
    level: 'breach',
    at: at(901),
  };

  it('accepts a recorded breach and a waiver with a reason', () => {
    expect(slaBreachSchema.safeParse(breach).success).toBe(true);
    const waived = { ...breach, waived: { by: 'usr_medops', reason: 'IM outage', at: at(2000) } };
    expect(slaBreachSchema.safeParse(waived).success).toBe(true);
  });

  it('never records ok, and needs a reason to waive', () => {
    expect(slaBreachSchema.safeParse({ ...breach, level: 'ok' }).success).toBe(false);
    expect(
      slaBreachSchema.safeParse({ ...breach, waived: { by: 'usr_medops', reason: ' ', at: at(2000) } })
        .success,
    ).toBe(false);
  });
});
