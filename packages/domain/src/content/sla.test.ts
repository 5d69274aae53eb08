import { describe, expect, it } from 'vitest';
import { REVIEW_CALENDAR, addWorkingTime, dueAt, dueState, workingMsBetween } from './sla';

// 2026-11-23 is a Monday; 11-27 Friday, 11-28 Saturday, 11-30 Monday.
const t = (s: string) => `2026-11-${s}+08:00`;
const ms = (s: string) => Date.parse(t(s));

describe('dueAt (working hours Mon–Fri 09:00–18:00 CST)', () => {
  it.each([
    ['first', '23T10:00:00', '23T14:00:00+08:00'],
    ['first', '23T16:00:00', '24T11:00:00+08:00'],
    ['first', '27T17:00:00', '30T12:00:00+08:00'],
    ['first', '28T10:00:00', '30T13:00:00+08:00'],
    ['first', '23T07:30:00', '23T13:00:00+08:00'],
    ['first', '23T18:00:00', '24T13:00:00+08:00'],
    ['medical', '27T15:00:00', '30T15:00:00+08:00'],
    ['medical', '23T10:00:00', '24T10:00:00+08:00'],
    ['compliance', '23T09:00:00', '23T18:00:00+08:00'],
    ['compliance', '23T12:34:56', '24T12:34:56+08:00'],
  ] as const)('%s review from %s is due %s', (stage, start, due) => {
    expect(dueAt(stage, t(start))).toBe(`2026-11-${due}`);
  });

  it('skips holidays and counts make-up working days', () => {
    const holiday = { ...REVIEW_CALENDAR, holidays: ['2026-11-24'] };
    expect(dueAt('first', t('23T16:00:00'), { calendar: holiday })).toBe(t('25T11:00:00'));
    const makeUp = { ...REVIEW_CALENDAR, extraWorkdays: ['2026-11-28'] };
    expect(dueAt('first', t('27T17:00:00'), { calendar: makeUp })).toBe(t('28T12:00:00'));
  });

  it('brings a live script’s stages forward to 24 h before the stream', () => {
    expect(dueAt('compliance', t('23T10:00:00'), { liveStartAt: t('24T09:00:00') })).toBe(t('23T09:00:00'));
    expect(dueAt('first', t('23T10:00:00'), { liveStartAt: t('26T09:00:00') })).toBe(t('23T14:00:00'));
  });

  it('measures working time between instants', () => {
    expect(workingMsBetween(ms('27T17:00:00'), ms('30T10:00:00'))).toBe(2 * 3_600_000);
    expect(workingMsBetween(ms('30T10:00:00'), ms('27T17:00:00'))).toBe(0);
    expect(addWorkingTime(ms('23T10:00:00'), 0)).toBe(ms('23T10:00:00'));
  });
});

describe('dueState', () => {
  const open = (stage: 'first' | 'medical', due: string) =>
    ({ stage, status: 'open', dueAt: t(due) }) as const;

  it.each([
    ['23T12:00:00', 'on_time'],
    ['23T13:00:00', 'due_soon'],
    ['23T14:00:00', 'due_soon'],
    ['23T14:00:01', 'overdue'],
  ] as const)('a first-review task due at 14:00 is %s at %s', (now, state) => {
    expect(dueState(open('first', '23T14:00:00'), t(now))).toBe(state);
  });

  it('counts only working time left', () => {
    // Due Tuesday 10:00: at Monday 17:00 one hour is left on Monday and one on Tuesday.
    expect(dueState(open('medical', '24T10:00:00'), t('23T17:00:00'))).toBe('due_soon');
    expect(dueState(open('medical', '24T10:00:00'), t('23T16:00:00'))).toBe('on_time');
  });

  it('judges decided tasks by their decision time', () => {
    const base = { stage: 'first', status: 'decided', dueAt: t('23T14:00:00') } as const;
    expect(dueState({ ...base, decidedAt: t('23T15:00:00') }, t('23T10:00:00'))).toBe('overdue');
    expect(dueState({ ...base, decidedAt: t('23T13:00:00') }, t('30T10:00:00'))).toBe('on_time');
    expect(dueState({ ...base, status: 'cancelled' }, t('30T10:00:00'))).toBe('on_time');
  });
});
