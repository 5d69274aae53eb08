import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { initI18n } from '@careops/i18n';
import type { SlaTimer } from '@careops/domain/pharmacy';
import '../i18n';
import { SlaCountdown } from './sla-countdown';

const T0 = Date.parse('2026-11-23T10:00:00+08:00');
const iso = (ms: number) => new Date(ms).toISOString();
// Accepting: warn after 2 min, due at 5 min (§2.3).
const accept: SlaTimer = {
  timer: 'accept',
  level: 'normal',
  startedAt: iso(T0),
  dueAt: iso(T0 + 5 * 60_000),
  remainingSeconds: 300,
  running: true,
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  await initI18n();
});
afterEach(() => vi.useRealTimers());

describe('SlaCountdown', () => {
  it('counts down on the server clock and changes level when a threshold passes', () => {
    // The device runs 60 s behind the server: the countdown follows the server.
    vi.setSystemTime(T0 + 50_000);
    render(<SlaCountdown timer={accept} offset={60_000} />);
    const countdown = () => screen.getByText(/^接单 · /).closest('[data-level]');
    expect(screen.getByText('接单 · 剩余 3:10')).toBeTruthy();
    expect(countdown()?.getAttribute('data-level')).toBe('normal');

    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByText('接单 · 即将超时 剩余 3:00')).toBeTruthy();
    expect(countdown()?.getAttribute('data-level')).toBe('warn');

    act(() => vi.advanceTimersByTime(185_000));
    expect(screen.getByText('接单 · 已超时 0:05')).toBeTruthy();
    expect(countdown()?.getAttribute('data-level')).toBe('breach');
  });
});
