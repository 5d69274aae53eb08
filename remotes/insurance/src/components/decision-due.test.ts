import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '@careops/domain/insurance';
import { dueState, dueTone, isUndecided } from './decision-due';

const DAY = 86_400_000;
const now = Date.parse('2026-11-23T10:00:00+08:00');
const at = (ms: number) => new Date(ms).toISOString();

describe('decision due chip', () => {
  it('counts whole days left, warns from 5 days, errs once past', () => {
    expect(dueState(at(now + 6.5 * DAY), now)).toEqual({ kind: 'left', days: 6 });
    expect(dueTone(dueState(at(now + 6.5 * DAY), now))).toBe('default');
    expect(dueState(at(now + 5.9 * DAY), now)).toEqual({ kind: 'left', days: 5 });
    expect(dueTone(dueState(at(now + 5.9 * DAY), now))).toBe('warning');
    expect(dueState(at(now + 0.5 * DAY), now)).toEqual({ kind: 'left', days: 0 });
    expect(dueTone(dueState(at(now), now))).toBe('warning');
    expect(dueState(at(now - 1), now)).toEqual({ kind: 'overdue', days: 1 });
    expect(dueState(at(now - 3.2 * DAY), now)).toEqual({ kind: 'overdue', days: 4 });
    expect(dueTone(dueState(at(now - 1), now))).toBe('error');
  });

  it('applies only while the insurer has not decided', () => {
    const decided = CLAIM_STATUSES.filter((s) => !isUndecided(s));
    expect(decided).toEqual(['approved', 'paid', 'rejected', 'closed', 'withdrawn']);
  });
});
