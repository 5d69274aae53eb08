import { describe, expect, it } from 'vitest';
import { DEFAULT_BREACH_RULES } from './breach';
import { completedWeeks, coverageGapRuns, doctorWeekMetrics, type CoverageSlotCount } from './breach-log';
import { computeSlaMetrics } from './metrics';
import { T0, at, consultation } from './test-utils';

const MIN = 60_000;
const HOUR = 60 * MIN;
const cst = (s: string) => Date.parse(`${s}+08:00`);

describe('completedWeeks', () => {
  it('gives the whole CST weeks before the current one, oldest first', () => {
    // T0 is Monday 2026-11-23 09:00: the current week began at 00:00 that day.
    expect(completedWeeks(T0, 2)).toEqual([
      { from: cst('2026-11-09T00:00:00'), to: cst('2026-11-16T00:00:00') },
      { from: cst('2026-11-16T00:00:00'), to: cst('2026-11-23T00:00:00') },
    ]);
    // One minute before midnight on Sunday the week of the 16th is still running.
    expect(completedWeeks(cst('2026-11-22T23:59:00'), 1)).toEqual([
      { from: cst('2026-11-09T00:00:00'), to: cst('2026-11-16T00:00:00') },
    ]);
    expect(completedWeeks(T0)).toHaveLength(4);
  });
});

describe('doctorWeekMetrics', () => {
  const weeks = completedWeeks(T0, 2);
  /** Seconds from T0 to `hours` into week `index`. */
  const inWeek = (index: number, hours: number) => ((weeks[index]?.from ?? 0) - T0) / 1000 + hours * 3600;
  const rows = [
    // doc_a, first week: one answer within 15 min rated 5, one late rated 3.
    consultation({ id: 'a1', queuedAfter: inWeek(0, 10), frt: 600, outcome: 'completed', rating: 5 }),
    consultation({ id: 'a2', queuedAfter: inWeek(0, 30), frt: 1200, outcome: 'completed', rating: 3 }),
    // doc_a, second week: one on time rated 4.
    consultation({ id: 'a3', queuedAfter: inWeek(1, 50), frt: 300, outcome: 'completed', rating: 4 }),
    // doc_b, second week: on time, one complaint.
    consultation({
      id: 'b1',
      queuedAfter: inWeek(1, 100),
      frt: 100,
      outcome: 'completed',
      doctorId: 'doc_b',
      complaint: { at: at(0) },
    }),
    // Outside the weeks (before, and in the running week) and never assigned: left out.
    consultation({ id: 'b0', queuedAfter: inWeek(0, -1), frt: 100, outcome: 'completed', doctorId: 'doc_b' }),
    consultation({ id: 'b2', queuedAfter: 3600, frt: 100, outcome: 'completed', doctorId: 'doc_b' }),
    consultation({ id: 'n1', queuedAfter: inWeek(1, 5), outcome: 'patient_cancel', closeAfter: 60 }),
  ];
  const result = doctorWeekMetrics(rows, weeks);

  it('splits each doctor by week, with the figures of §1.3', () => {
    expect([...result.keys()].sort()).toEqual(['doc_a', 'doc_b']);
    const [a0, a1] = result.get('doc_a') ?? [];
    expect(a0).toMatchObject({ queued: 2, rate15Min: 0.5, satisfaction: { rate: 0.5 } });
    expect(a1).toMatchObject({ queued: 1, rate15Min: 1, satisfaction: { rate: 1 } });
    const [b0, b1] = result.get('doc_b') ?? [];
    // A week with nothing: every rate null, no evidence either way.
    expect(b0).toMatchObject({ queued: 0, rate15Min: null, complaintsPer1000: null });
    expect(b1).toMatchObject({ queued: 1, rate15Min: 1, complaintsPer1000: 1000 });
  });

  it('agrees with computeSlaMetrics over the week and the doctor', () => {
    for (const doctorId of ['doc_a', 'doc_b'])
      weeks.forEach((week, i) =>
        expect(result.get(doctorId)?.[i]).toEqual(computeSlaMetrics(rows, week, { doctorId })),
      );
  });
});

describe('coverageGapRuns', () => {
  // Slots from T0 (09:00), two doctors required; the clock at 12:10, so 12:00 is the current slot
  // and the default two-hour look-ahead reaches 14:10.
  const onDuty = [2, 1, 1, 2, 2, 0, 1, 2, 2, 1, 1, 0, 0];
  const slots: CoverageSlotCount[] = onDuty.map((n, i) => ({ start: T0 + i * 30 * MIN, onDuty: n }));
  const now = T0 + 3 * HOUR + 10 * MIN;
  const hm = (hhmm: string) => cst(`2026-11-23T${hhmm}:00`);

  it('finds past, running and coming gaps', () => {
    expect(coverageGapRuns(slots, 2, now)).toEqual([
      // 09:30–10:30, over: a breach resolved when its last slot ended.
      {
        level: 'breach',
        start: hm('09:30'),
        end: hm('10:30'),
        raisedAt: hm('09:30'),
        onDuty: 1,
        required: 2,
        resolvedAt: hm('10:30'),
      },
      // 11:30–12:30 takes in the current slot: a breach still open.
      {
        level: 'breach',
        start: hm('11:30'),
        end: hm('12:30'),
        raisedAt: hm('11:30'),
        onDuty: 0,
        required: 2,
      },
      // 13:30 starts within two hours: a warning since 11:30; 14:30 is beyond the look-ahead.
      { level: 'warn', start: hm('13:30'), end: hm('14:30'), raisedAt: hm('11:30'), onDuty: 1, required: 2 },
    ]);
  });

  it('judges only as far ahead as the rules look', () => {
    const rules = { ...DEFAULT_BREACH_RULES, coverageGap: { lookaheadSeconds: 30 * 60 } };
    expect(coverageGapRuns(slots, 2, now, rules).map((r) => r.level)).toEqual(['breach', 'breach']);
  });

  it('breaches when the current slot itself is short, and a missing slot ends a run', () => {
    const current = [
      { start: hm('12:00'), onDuty: 1 },
      { start: hm('12:30'), onDuty: 1 },
      // 13:00 not given.
      { start: hm('13:30'), onDuty: 1 },
    ];
    expect(coverageGapRuns(current, 2, now).map((r) => [r.level, r.start, r.end])).toEqual([
      ['breach', hm('12:00'), hm('13:00')],
      ['warn', hm('13:30'), hm('14:00')],
    ]);
    expect(coverageGapRuns(current, 1, now)).toEqual([]);
    expect(coverageGapRuns([], 2, now)).toEqual([]);
  });

  it('does not count the minute past a boundary twice', () => {
    // Exactly at 12:00 the 12:00 slot is current; the 11:30 slot is over.
    const edge = [
      { start: hm('11:30'), onDuty: 0 },
      { start: hm('12:00'), onDuty: 2 },
    ];
    expect(coverageGapRuns(edge, 2, hm('12:00'))).toEqual([
      {
        level: 'breach',
        start: hm('11:30'),
        end: hm('12:00'),
        raisedAt: hm('11:30'),
        onDuty: 0,
        required: 2,
        resolvedAt: hm('12:00'),
      },
    ]);
  });
});
