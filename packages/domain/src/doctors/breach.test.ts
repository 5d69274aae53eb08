import { describe, expect, it } from 'vitest';
import { DEFAULT_BREACH_RULES, breachRulesSchema, slaBreachSchema } from './breach';
import { at } from './test-utils';

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
