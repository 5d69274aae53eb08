import { describe, expect, it } from 'vitest';
import { cstDate, customRange, isRangePreset, presetRange } from './date-range';

// Monday 2026-11-23 01:30:20 CST: still Sunday in UTC.
const NOW = Date.parse('2026-11-23T01:30:20+08:00');

describe('date ranges', () => {
  it('reads the calendar day in China Standard Time', () => {
    expect(cstDate(NOW)).toBe('2026-11-23');
    expect(cstDate(Date.parse('2026-11-22T23:59:59+08:00'))).toBe('2026-11-22');
  });

  it('counts a preset back from the next whole minute, today from CST midnight', () => {
    expect(presetRange('today', NOW)).toEqual({
      from: '2026-11-23T00:00:00+08:00',
      to: '2026-11-23T01:31:00+08:00',
      fromDate: '2026-11-23',
      toDate: '2026-11-23',
    });
    expect(presetRange('7d', NOW)).toEqual({
      from: '2026-11-16T01:31:00+08:00',
      to: '2026-11-23T01:31:00+08:00',
      fromDate: '2026-11-16',
      toDate: '2026-11-23',
    });
    // The same for every instant of a minute: one cache key while the page stays open.
    expect(presetRange('90d', NOW + 30_000)).toEqual(presetRange('90d', NOW));
    expect(presetRange('30d', NOW).from).toBe('2026-10-24T01:31:00+08:00');
  });

  it('takes typed days as whole CST days, both included, and refuses what makes no range', () => {
    expect(customRange('2026-11-20', '2026-11-22')).toEqual({
      from: '2026-11-20T00:00:00+08:00',
      to: '2026-11-23T00:00:00+08:00',
      fromDate: '2026-11-20',
      toDate: '2026-11-22',
    });
    expect(customRange('2026-11-22', '2026-11-22')?.to).toBe('2026-11-23T00:00:00+08:00');
    expect(customRange('2026-11-22', '2026-11-20')).toBeUndefined();
    expect(customRange('', '2026-11-20')).toBeUndefined();
    expect(customRange('2026-13-40', '2026-11-20')).toBeUndefined();
    expect(customRange('20-11-2026', '2026-11-20')).toBeUndefined();
  });

  it('knows its presets', () => {
    expect(['today', '7d', '30d', '90d'].every(isRangePreset)).toBe(true);
    expect(isRangePreset('1y')).toBe(false);
    expect(isRangePreset(null)).toBe(false);
  });
});
