import { toIsoCst } from '../common';
import { ORDER_LIMITS } from './limits';
import type { OrderSla, OrderState, OrderStatus, SlaLevel, SlaTimer, SlaTimerName } from './schemas';

const MINUTE = 60_000;

/**
 * DOMAIN.md §2.3 thresholds. A timer warns from the instant it reaches `warn`, is in
 * breach once it is past `due` (at exactly `due` it is still on time), and severe once
 * it is past `severe`.
 */
export const SLA_THRESHOLDS = {
  /** paid → Rx decision; past due the order goes to the platform pharmacist pool. */
  rx_review: { warnAfterMs: 5 * MINUTE, dueAfterMs: 10 * MINUTE },
  /** target 3 min; auto-cancel at 10 min is the severe mark. */
  accept: { warnAfterMs: 2 * MINUTE, dueAfterMs: 5 * MINUTE, severeAfterMs: ORDER_LIMITS.acceptAutoCancelMs },
  pick: { warnAfterMs: 5 * MINUTE, dueAfterMs: 10 * MINUTE },
  rider_assign: { warnAfterMs: 5 * MINUTE, dueAfterMs: 10 * MINUTE },
  /** Measured against promisedAt: warn 5 min before, severe 10 min late. */
  delivery: { warnBeforeDueMs: 5 * MINUTE, severeAfterDueMs: 10 * MINUTE },
  /** Rx orders: not followed up by delivery + 24 h. */
  follow_up: { dueAfterMs: ORDER_LIMITS.followUpAfterDeliveryMs },
} as const;

interface Window {
  start: number;
  due: number;
  warn?: number;
  severe?: number;
}

interface TimerDef {
  timer: SlaTimerName;
  /** The statuses during which the timer runs. */
  states: readonly OrderStatus[];
  window: (order: OrderState) => Window | undefined;
}

const at = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

function fromStart(
  start: number | undefined,
  t: { warnAfterMs: number; dueAfterMs: number; severeAfterMs?: number },
): Window | undefined {
  if (start === undefined) return undefined;
  return {
    start,
    due: start + t.dueAfterMs,
    warn: start + t.warnAfterMs,
    ...(t.severeAfterMs !== undefined ? { severe: start + t.severeAfterMs } : {}),
  };
}

const DELIVERY_STATES: readonly OrderStatus[] = [
  'paid',
  'rx_review',
  'awaiting_acceptance',
  'accepted',
  'picking',
  'ready_for_pickup',
  'rider_assigned',
  'delivering',
  'cancel_requested',
];

const TIMERS: readonly TimerDef[] = [
  {
    timer: 'rx_review',
    states: ['rx_review'],
    window: (o) => (o.hasRx ? fromStart(at(o.timers.paidAt), SLA_THRESHOLDS.rx_review) : undefined),
  },
  {
    timer: 'accept',
    states: ['awaiting_acceptance'],
    window: (o) => fromStart(at(o.timers.awaitingSince), SLA_THRESHOLDS.accept),
  },
  {
    timer: 'pick',
    states: ['accepted', 'picking'],
    window: (o) => fromStart(at(o.timers.acceptedAt), SLA_THRESHOLDS.pick),
  },
  {
    timer: 'rider_assign',
    states: ['ready_for_pickup'],
    window: (o) => fromStart(at(o.timers.readyAt), SLA_THRESHOLDS.rider_assign),
  },
  {
    timer: 'delivery',
    states: DELIVERY_STATES,
    window: (o) => {
      const start = at(o.timers.paidAt);
      const due = at(o.timers.promisedAt);
      if (start === undefined || due === undefined) return undefined;
      const t = SLA_THRESHOLDS.delivery;
      return { start, due, warn: due - t.warnBeforeDueMs, severe: due + t.severeAfterDueMs };
    },
  },
  {
    timer: 'follow_up',
    states: ['delivered'],
    window: (o) => {
      const start = at(o.timers.deliveredAt);
      if (!o.hasRx || start === undefined) return undefined;
      return { start, due: at(o.followUp?.dueAt) ?? start + SLA_THRESHOLDS.follow_up.dueAfterMs };
    },
  },
];

export function slaLevelAt(window: Window, t: number): SlaLevel {
  if (window.severe !== undefined && t > window.severe) return 'severe';
  if (t > window.due) return 'breach';
  if (window.warn !== undefined && t >= window.warn) return 'warn';
  return 'normal';
}

const SEVERITY: Record<SlaLevel, number> = { normal: 0, warn: 1, breach: 2, severe: 3 };
export function worseLevel(a: SlaLevel, b: SlaLevel): SlaLevel {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/**
 * When a timer that is no longer running stopped: the order's first move out of its
 * states. A follow-up stops only when it is done; one never done stays missed.
 */
function stoppedAt(order: OrderState, def: TimerDef, start: number, now: number): number {
  if (def.timer === 'follow_up') return at(order.followUp?.doneAt) ?? now;
  for (const entry of order.history) {
    const t = Date.parse(entry.at);
    if (t >= start && def.states.includes(entry.from) && !def.states.includes(entry.to)) return t;
  }
  return at(order.history.at(-1)?.at) ?? start;
}

/**
 * The §2.3 timers of an order at `now` (the server clock): running timers are measured
 * now, stopped ones when they stopped. `level` is the worst running one — what the live
 * board and the list's SLA filter use — or null when nothing is running.
 */
export function orderSla(order: OrderState, now: number): OrderSla {
  const timers: SlaTimer[] = [];
  let level: SlaLevel | null = null;
  for (const def of TIMERS) {
    const window = def.window(order);
    if (!window) continue;
    const running =
      def.states.includes(order.status) &&
      !(def.timer === 'follow_up' && order.followUp?.doneAt !== undefined);
    const t = running ? now : stoppedAt(order, def, window.start, now);
    const timerLevel = slaLevelAt(window, t);
    if (running) level = level === null ? timerLevel : worseLevel(level, timerLevel);
    timers.push({
      timer: def.timer,
      level: timerLevel,
      startedAt: toIsoCst(window.start),
      dueAt: toIsoCst(window.due),
      remainingSeconds: Math.floor((window.due - t) / 1000),
      running,
    });
  }
  return { at: toIsoCst(now), level, timers };
}

/** Seconds until the most urgent running timer is due (negative when overdue); undefined when none runs. */
export function urgencySeconds(sla: OrderSla): number | undefined {
  let min: number | undefined;
  for (const t of sla.timers)
    if (t.running && (min === undefined || t.remainingSeconds < min)) min = t.remainingSeconds;
  return min;
}
