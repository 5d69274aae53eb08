import { describe, expect, it } from 'vitest';
import { orderSla, urgencySeconds } from './sla';
import { MINUTE, T0, at, orderIn } from './fixtures';
import type { OrderStatus, SlaTimerName } from './schemas';

const SECOND = 1000;
const timerOf = (status: OrderStatus, timer: SlaTimerName, now: number, hasRx = true) =>
  orderSla(orderIn(status, { hasRx }), now).timers.find((t) => t.timer === timer);

describe('SLA timers at their exact thresholds', () => {
  // [status, timer, started (min after T0), warn (min), due (min), severe (min) | undefined]
  const cases = [
    ['rx_review', 'rx_review', 1, 6, 11, undefined],
    ['awaiting_acceptance', 'accept', 5, 7, 10, 15],
    ['picking', 'pick', 6, 11, 16, undefined],
    ['ready_for_pickup', 'rider_assign', 12, 17, 22, undefined],
    // promisedAt = approval (T0+5) + 30 min; warn 5 min before, severe 10 min after.
    ['delivering', 'delivery', 1, 30, 35, 45],
  ] as const;

  it.each(cases)('%s · %s', (status, timer, started, warn, due, severe) => {
    const level = (t: number) => timerOf(status, timer, t)?.level;
    expect(level(T0 + warn * MINUTE - SECOND)).toBe('normal');
    expect(level(T0 + warn * MINUTE)).toBe('warn');
    expect(level(T0 + due * MINUTE)).toBe('warn');
    expect(level(T0 + due * MINUTE + SECOND)).toBe('breach');
    if (severe !== undefined) {
      expect(level(T0 + severe * MINUTE)).toBe('breach');
      expect(level(T0 + severe * MINUTE + SECOND)).toBe('severe');
    } else expect(level(T0 + due * MINUTE + 24 * 60 * MINUTE)).toBe('breach');

    expect(timerOf(status, timer, T0 + due * MINUTE)).toEqual({
      timer,
      level: 'warn',
      startedAt: at(started),
      dueAt: at(due),
      remainingSeconds: 0,
      running: true,
    });
    expect(timerOf(status, timer, T0 + due * MINUTE + 90 * SECOND)?.remainingSeconds).toBe(-90);
  });

  it('follow-up of an Rx order: no warning, breached once past delivery + 24 h', () => {
    const due = T0 + (40 + 24 * 60) * MINUTE;
    expect(timerOf('delivered', 'follow_up', due - 2 * 60 * MINUTE)?.level).toBe('normal');
    expect(timerOf('delivered', 'follow_up', due)?.level).toBe('normal');
    expect(timerOf('delivered', 'follow_up', due + SECOND)?.level).toBe('breach');
    expect(timerOf('delivered', 'follow_up', due, false)).toBeUndefined();
  });
});

describe('orderSla', () => {
  it('measures stopped timers when they stopped, and takes the worst running one as the level', () => {
    const now = T0 + 60 * MINUTE;
    const sla = orderSla(orderIn('delivered'), now);
    expect(sla.at).toBe(at(60));
    expect(sla.timers.map((t) => [t.timer, t.level, t.remainingSeconds, t.running])).toEqual([
      ['rx_review', 'normal', 6 * 60, false], // paid +1, decided +5, due +11
      ['accept', 'normal', 4 * 60, false], // waiting +5, accepted +6, due +10
      ['pick', 'warn', 4 * 60, false], // accepted +6, ready +12: warned from +11, due +16
      ['rider_assign', 'normal', 8 * 60, false], // ready +12, rider +14, due +22
      ['delivery', 'breach', -5 * 60, false], // promised +35, delivered +40
      ['follow_up', 'normal', (40 + 24 * 60 - 60) * 60, true],
    ]);
    expect(sla.level).toBe('normal');
    expect(urgencySeconds(sla)).toBe((40 + 24 * 60 - 60) * 60);
  });

  it('an order with nothing running has no level', () => {
    const sla = orderSla(orderIn('completed'), T0 + 3 * 24 * 60 * MINUTE);
    expect(sla.level).toBeNull();
    expect(urgencySeconds(sla)).toBeUndefined();
    // Completed by the system at delivery + 24 h with no follow-up: missed, and it stays missed.
    expect(sla.timers.find((t) => t.timer === 'follow_up')).toMatchObject({
      level: 'breach',
      remainingSeconds: -(2 * 24 * 60 - 40) * 60,
      running: false,
    });
  });

  it('two running timers: the worse one wins, the nearer one is the urgency', () => {
    // Waiting since +5: accept in breach at +11; delivery (due +35) still normal.
    const sla = orderSla(orderIn('awaiting_acceptance'), T0 + 11 * MINUTE);
    expect(sla.level).toBe('breach');
    expect(urgencySeconds(sla)).toBe(-60);
  });

  it('a non-Rx order has neither an Rx review nor a follow-up timer', () => {
    const sla = orderSla(orderIn('delivered', { hasRx: false }), T0 + 60 * MINUTE);
    expect(sla.timers.map((t) => t.timer)).toEqual(['accept', 'pick', 'rider_assign', 'delivery']);
    expect(sla.level).toBeNull();
  });
});
