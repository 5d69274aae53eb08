import { z } from 'zod';
import { isoDateTimeSchema } from '../common';
import { CANCEL_REASON_CODES, REFUND_REASON_CODES, type OrderState } from './schemas';

/** GET /pharmacy/kpis — the period is on paidAt, from inclusive, to exclusive; default the last 7 days. */
export const kpiQuerySchema = z
  .object({
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
    storeId: z.string().optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['to'],
  });
export type KpiQuery = z.infer<typeof kpiQuerySchema>;

const rate = z.number().min(0).max(1).nullable();
const count = z.number().int().min(0);

/** Rates are null when nothing was measured (no denominator). No per-doctor figures, ever (统方). */
export const kpiResponseSchema = z.object({
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
  storeId: z.string().optional(),
  orders: count,
  /** Goods + delivery − discount over paid orders, fen. */
  gmv: z.number().int().min(0),
  /** Delivered by promisedAt (30 min within 3 km, 45 within 5 km). */
  onTimeRate: rate,
  avgDoorToDoorMinutes: z.number().min(0).nullable(),
  /** Accepted within 3 min of waiting, among orders the store accepted or let time out / turned down. */
  acceptWithin3MinRate: rate,
  rxReview: z.object({
    reviewed: count,
    rejected: count,
    rejectionRate: rate,
    medianSeconds: z.number().min(0).nullable(),
    avgSeconds: z.number().min(0).nullable(),
  }),
  cancellations: z.object({
    total: count,
    rate,
    byReason: z.array(z.object({ reasonCode: z.enum(CANCEL_REASON_CODES), count })),
  }),
  refunds: z.object({
    /** Paid out. */
    total: count,
    amount: z.number().int().min(0),
    /** Requested or approved, not yet paid out or rejected. */
    pending: count,
    byReason: z.array(z.object({ reasonCode: z.enum(REFUND_REASON_CODES), count, amount: z.number().int() })),
  }),
  coldChainExcursions: count,
  followUp: z.object({ due: count, done: count, completionRate: rate }),
  /** 24 rows, hour 0–23 in China Standard Time, by paidAt. */
  byHour: z.array(z.object({ hour: z.number().int().min(0).max(23), orders: count, gmv: z.number().int() })),
});
export type Kpis = z.infer<typeof kpiResponseSchema>;

const ACCEPT_TARGET_MS = 3 * 60_000;
const CST_OFFSET_MS = 8 * 3600_000;
const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));
const ratio = (num: number, den: number) => (den === 0 ? null : num / den);
const defined = <T>(v: T | undefined): v is T => v !== undefined;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

export function gmvOf(order: OrderState): number {
  return order.amounts.goods + order.amounts.delivery - order.amounts.discount;
}

/** Orders paid in [from, to): the population every KPI of a period is computed over. */
export function paidBetween<O extends OrderState>(orders: readonly O[], from: number, to: number): O[] {
  return orders.filter((o) => {
    const paid = ms(o.timers.paidAt);
    return paid !== undefined && paid >= from && paid < to;
  });
}

export function onTimeRate(orders: readonly OrderState[]): number | null {
  const delivered = orders.filter(
    (o) => o.timers.deliveredAt !== undefined && o.timers.promisedAt !== undefined,
  );
  const onTime = delivered.filter((o) => (ms(o.timers.deliveredAt) ?? 0) <= (ms(o.timers.promisedAt) ?? 0));
  return ratio(onTime.length, delivered.length);
}

/** From payment — or, for Rx orders, approval, when the promise clock restarts — to the door. */
export function avgDoorToDoorMinutes(orders: readonly OrderState[]): number | null {
  return mean(
    orders
      .map((o) => {
        const start = ms(o.timers.rxApprovedAt ?? o.timers.paidAt);
        const end = ms(o.timers.deliveredAt);
        return start === undefined || end === undefined ? undefined : (end - start) / 60_000;
      })
      .filter(defined),
  );
}

/**
 * Accepted within 3 minutes. Counted: orders that left awaiting_acceptance by being
 * accepted, by timing out, or by the store turning them down; a patient's or ops'
 * cancellation is not the store's doing and is left out.
 */
export function acceptWithin3MinRate(orders: readonly OrderState[]): number | null {
  let eligible = 0;
  let fast = 0;
  for (const o of orders) {
    const left = o.history.find((h) => h.from === 'awaiting_acceptance');
    if (!left) continue;
    if (left.to === 'accepted') {
      eligible++;
      const waited = Date.parse(left.at) - (ms(o.timers.awaitingSince) ?? Infinity);
      if (waited <= ACCEPT_TARGET_MS) fast++;
    } else if (left.to === 'cancelled' && (o.cancel?.by === 'system' || o.cancel?.by === 'partner'))
      eligible++;
  }
  return ratio(fast, eligible);
}

/** Turnaround = decision − payment, in seconds. */
export function rxReviewStats(orders: readonly OrderState[]): Kpis['rxReview'] {
  const reviewed = orders.filter((o) => o.rx?.reviewedAt !== undefined);
  const seconds = reviewed
    .map((o) => {
      const paid = ms(o.timers.paidAt);
      const decided = ms(o.rx?.reviewedAt);
      return paid === undefined || decided === undefined ? undefined : (decided - paid) / 1000;
    })
    .filter(defined);
  const rejected = reviewed.filter((o) => o.rx?.status === 'rejected').length;
  return {
    reviewed: reviewed.length,
    rejected,
    rejectionRate: ratio(rejected, reviewed.length),
    medianSeconds: median(seconds),
    avgSeconds: mean(seconds),
  };
}

function tally<K extends string>(keys: readonly K[]): Map<K, { count: number; amount: number }> {
  return new Map(keys.map((k) => [k, { count: 0, amount: 0 }]));
}
const byCountDesc = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

export function cancellationsByReason(orders: readonly OrderState[]): Kpis['cancellations'] {
  const counts = tally(CANCEL_REASON_CODES);
  let total = 0;
  for (const o of orders) {
    const entry = o.cancel && counts.get(o.cancel.reasonCode);
    if (!entry) continue;
    entry.count++;
    total++;
  }
  return {
    total,
    rate: ratio(total, orders.length),
    byReason: [...counts]
      .filter(([, v]) => v.count > 0)
      .map(([reasonCode, v]) => ({ reasonCode, count: v.count }))
      .sort(byCountDesc),
  };
}

export function refundsByReason(orders: readonly OrderState[]): Kpis['refunds'] {
  const sums = tally(REFUND_REASON_CODES);
  let total = 0;
  let amount = 0;
  let pending = 0;
  for (const o of orders) {
    const refund = o.refund;
    if (!refund) continue;
    if (refund.status === 'requested' || refund.status === 'approved') pending++;
    const entry = sums.get(refund.reasonCode);
    if (refund.status !== 'completed' || !entry) continue;
    entry.count++;
    entry.amount += refund.amount;
    total++;
    amount += refund.amount;
  }
  return {
    total,
    amount,
    pending,
    byReason: [...sums]
      .filter(([, v]) => v.count > 0)
      .map(([reasonCode, v]) => ({ reasonCode, count: v.count, amount: v.amount }))
      .sort(byCountDesc),
  };
}

/** Follow-ups whose due time has passed, or that are done already; done = recorded by the due time. */
export function followUpCompletion(orders: readonly OrderState[], now: number): Kpis['followUp'] {
  let due = 0;
  let done = 0;
  for (const o of orders) {
    const f = o.followUp;
    if (!f) continue;
    const dueAt = Date.parse(f.dueAt);
    const doneAt = ms(f.doneAt);
    if (dueAt > now && doneAt === undefined) continue;
    due++;
    if (doneAt !== undefined && doneAt <= dueAt) done++;
  }
  return { due, done, completionRate: ratio(done, due) };
}

export function ordersByHour(orders: readonly OrderState[]): Kpis['byHour'] {
  const rows = Array.from({ length: 24 }, (_, hour) => ({ hour, orders: 0, gmv: 0 }));
  for (const o of orders) {
    const paid = ms(o.timers.paidAt);
    if (paid === undefined) continue;
    const row = rows[new Date(paid + CST_OFFSET_MS).getUTCHours()];
    if (!row) continue;
    row.orders++;
    row.gmv += gmvOf(o);
  }
  return rows;
}

/** Every KPI of §2.5 over the orders paid in [from, to); the caller passes in-scope orders only. */
export function computeKpis(
  orders: readonly OrderState[],
  period: { from: number; to: number; now: number },
): Omit<Kpis, 'from' | 'to' | 'storeId'> {
  const paid = paidBetween(orders, period.from, period.to);
  return {
    orders: paid.length,
    gmv: paid.reduce((s, o) => s + gmvOf(o), 0),
    onTimeRate: onTimeRate(paid),
    avgDoorToDoorMinutes: avgDoorToDoorMinutes(paid),
    acceptWithin3MinRate: acceptWithin3MinRate(paid),
    rxReview: rxReviewStats(paid),
    cancellations: cancellationsByReason(paid),
    refunds: refundsByReason(paid),
    coldChainExcursions: paid.filter((o) => o.exception?.type === 'cold_chain_excursion').length,
    followUp: followUpCompletion(paid, period.now),
    byHour: ordersByHour(paid),
  };
}
