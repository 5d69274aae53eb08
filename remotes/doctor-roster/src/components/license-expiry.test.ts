import { describe, expect, it } from 'vitest';
import { licenseState } from './license-expiry';

const DAY = 86_400_000;
const now = Date.parse('2026-11-23T10:00:00+08:00');
const at = (ms: number) => new Date(ms).toISOString();

describe('licenseState', () => {
  it('is valid beyond 30 days, expiring within them, expired once past', () => {
    expect(licenseState(at(now + 31 * DAY), now)).toBe('valid');
    expect(licenseState(at(now + 30 * DAY), now)).toBe('expiring');
    expect(licenseState(at(now + 1), now)).toBe('expiring');
    expect(licenseState(at(now), now)).toBe('expiring');
    expect(licenseState(at(now - 1), now)).toBe('expired');
  });
});
