import { describe, expect, it } from 'vitest';
import { toIsoCst } from '../common';
import { toMs } from './time';

describe('toMs', () => {
  it('reads every wire time exactly as Date.parse does, month ends and leap days included', () => {
    const start = Date.parse('2023-12-25T00:00:00+08:00');
    // Every 37 minutes 13 seconds over fourteen months: each hour, minute, day and month end.
    for (let t = start; t < start + 430 * 86_400_000; t += 2_233_000) {
      const wire = toIsoCst(t);
      expect(toMs(wire)).toBe(t);
      expect(toMs(wire)).toBe(Date.parse(wire));
    }
    expect(toMs('2024-02-29T23:59:59+08:00')).toBe(Date.parse('2024-02-29T23:59:59+08:00'));
  });

  it('leaves any other shape to Date.parse', () => {
    for (const s of [
      '2026-11-23T10:00:00Z',
      '2026-11-23T10:00:00.250+08:00',
      '2026-11-23T10:00:00-05:00',
      '0050-01-01T00:00:00+08:00',
      '2026-02-30T10:00:00+08:00',
      '2026-13-01T10:00:00+08:00',
      '2026-11-23T24:00:00+08:00',
      '2026-1a-23T10:00:00+08:00',
      '2026-11-23 10:00:00+08:00',
      'not a time at all, honestly',
      '',
    ])
      expect(Object.is(toMs(s), Date.parse(s)), s).toBe(true);
  });
});
