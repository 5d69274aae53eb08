import { describe, expect, it } from 'vitest';
import {
  acceptWithin3MinRate,
  computeKpis,
  kpiQuerySchema,
  kpiResponseSchema,
  median,
  mean,
  ordersByHour,
} from './kpi';
import type { OrderHistoryEntry, OrderState, OrderStatus } from './schemas';

/** Wall-clock times on 2026-11-23 in China Standard Time. */
const t = (hhmm: string, day = 23) => `2026-11-${day}T${hhmm}:00+08:00`;
const hop = (from: OrderStatus, to: OrderStatus, at: string): OrderHistoryEntry => ({
  from,
  to,
  at,
  actorId: 'x',
  actorRole: 'system',
});

function order(id: string, patch: Partial<OrderState>): OrderState {
  return {
    id,
    orgId: 'org_pha_a',
    storeId: 'sto_a01',
    distanceKm: 2,
    items: [
      {
        skuId: 'sku',
        name: { 'zh-CN': '药', 'en-US': 'Drug' },
        category: 'otc_a',
        coldChain: false,
        qty: 1,
        unitPrice: 1,
      },
    ],
    hasRx: false,
    hasColdChain: false,
    status: 'completed',
    amounts: { goods: 10000, delivery: 0, discount: 0, insurerPays: 0, patientPays: 10000 },
    payment: 'self',
    timers: { createdAt: t('09:59') },
    coldChainLog: [],
    history: [],
    version: 1,
    ...patch,
  };
}

const rx = (reviewedAt: string, status: 'used' | 'rejected'): OrderState['rx'] => ({
  id: 'rx',
  consultationId: 'c',
  items: [{ skuId: 'sku', qty: 1, usage: { dosePerTake: 1, timesPerDay: 1, days: 1 } }],
  issuedAt: t('09:00'),
  expiresAt: t('09:00', 26),
  signed: true,
  followUpEvidence: true,
  patientAge: 40,
  guardianPresent: false,
  status,
  reviewedAt,
  warnings: [],
});

// A: OTC, accepted in 2 min, delivered 10:25 against 10:30. Door to door 25 min.
const A = order('A', {
  timers: {
    createdAt: t('09:59'),
    paidAt: t('10:00'),
    awaitingSince: t('10:00'),
    acceptedAt: t('10:02'),
    promisedAt: t('10:30'),
    deliveredAt: t('10:25'),
  },
  history: [hop('awaiting_acceptance', 'accepted', t('10:02'))],
});
// B: Rx reviewed in 4 min, accepted in 4 min (late), delivered 10:50 against 10:44. Door to door from approval 36 min.
const B = order('B', {
  hasRx: true,
  amounts: { goods: 5000, delivery: 500, discount: 300, insurerPays: 0, patientPays: 5200 },
  rx: rx(t('10:14'), 'used'),
  timers: {
    createdAt: t('10:09'),
    paidAt: t('10:10'),
    rxApprovedAt: t('10:14'),
    awaitingSince: t('10:14'),
    acceptedAt: t('10:18'),
    promisedAt: t('10:44'),
    deliveredAt: t('10:50'),
  },
  history: [
    hop('rx_review', 'awaiting_acceptance', t('10:14')),
    hop('awaiting_acceptance', 'accepted', t('10:18')),
  ],
  followUp: { dueAt: t('10:50', 24), doneAt: t('09:00', 24) },
});
// C: Rx rejected after 10 min, refunded.
const C = order('C', {
  hasRx: true,
  status: 'refunded',
  amounts: { goods: 2000, delivery: 500, discount: 0, insurerPays: 0, patientPays: 2500 },
  rx: rx(t('11:10'), 'rejected'),
  timers: { createdAt: t('10:59'), paidAt: t('11:00') },
  history: [hop('rx_review', 'cancelled', t('11:10'))],
  cancel: { by: 'ops', reasonCode: 'rx_rejected', at: t('11:10') },
  refund: { amount: 2500, reasonCode: 'order_cancelled', status: 'completed', requestedAt: t('11:10') },
});
// D: never accepted, timed out at 23:40, refunded; cold chain broke on the way.
const D = order('D', {
  status: 'refunded',
  amounts: { goods: 8000, delivery: 0, discount: 0, insurerPays: 0, patientPays: 8000 },
  timers: { createdAt: t('23:29'), paidAt: t('23:30'), awaitingSince: t('23:30') },
  history: [hop('awaiting_acceptance', 'cancelled', t('23:40'))],
  cancel: { by: 'system', reasonCode: 'accept_timeout', at: t('23:40') },
  refund: { amount: 8000, reasonCode: 'order_cancelled', status: 'completed', requestedAt: t('23:40') },
});
// H: Rx approved in 1 min, still waiting for the store.
const H = order('H', {
  hasRx: true,
  status: 'awaiting_acceptance',
  rx: rx(t('12:01'), 'used'),
  timers: { createdAt: t('11:59'), paidAt: t('12:00'), rxApprovedAt: t('12:01'), awaitingSince: t('12:01') },
  history: [hop('rx_review', 'awaiting_acceptance', t('12:01'))],
});
// P: the patient cancelled while the store was deciding: not the store's fault.
const P = order('P', {
  status: 'refunded',
  timers: { createdAt: t('12:59'), paidAt: t('13:00'), awaitingSince: t('13:00') },
  history: [hop('awaiting_acceptance', 'cancelled', t('13:01'))],
  cancel: { by: 'patient', reasonCode: 'patient_request', at: t('13:01') },
  refund: { amount: 10000, reasonCode: 'order_cancelled', status: 'approved', requestedAt: t('13:01') },
});
// Outside the period, and never paid.
const OLD = order('OLD', { timers: { createdAt: t('09:00', 20), paidAt: t('09:01', 20) } });
const UNPAID = order('UNPAID', { status: 'cancelled', timers: { createdAt: t('10:00') } });

const period = {
  from: Date.parse(t('00:00')),
  to: Date.parse(t('00:00', 24)),
  now: Date.parse(t('12:00', 24)),
};

describe('pharmacy KPIs on hand-computed orders', () => {
  const k = computeKpis([A, B, C, D, H, P, OLD, UNPAID], period);

  it('counts paid orders in [from, to) and their GMV', () => {
    expect(k.orders).toBe(6);
    // 10000 + (5000 + 500 − 300) + (2000 + 500) + 8000 + 10000 + 10000
    expect(k.gmv).toBe(45700);
  });

  it('on-time rate and door-to-door time over delivered orders', () => {
    expect(k.onTimeRate).toBe(1 / 2);
    expect(k.avgDoorToDoorMinutes).toBe((25 + 36) / 2);
  });

  it('accept ≤ 3 min: A fast, B slow, D timed out; the patient-cancelled P and the waiting H do not count', () => {
    expect(k.acceptWithin3MinRate).toBe(1 / 3);
  });

  it('Rx review turnaround and rejection rate', () => {
    // B 240 s, C 600 s, H 60 s
    expect(k.rxReview).toEqual({
      reviewed: 3,
      rejected: 1,
      rejectionRate: 1 / 3,
      medianSeconds: 240,
      avgSeconds: 300,
    });
  });

  it('cancellations and refunds by reason', () => {
    expect(k.cancellations).toEqual({
      total: 3,
      rate: 3 / 6,
      // Ties keep the order of CANCEL_REASON_CODES.
      byReason: [
        { reasonCode: 'patient_request', count: 1 },
        { reasonCode: 'accept_timeout', count: 1 },
        { reasonCode: 'rx_rejected', count: 1 },
      ],
    });
    expect(k.refunds).toEqual({
      total: 2,
      amount: 10500,
      pending: 1,
      byReason: [{ reasonCode: 'order_cancelled', count: 2, amount: 10500 }],
    });
  });

  it('follow-up completion and orders by CST hour', () => {
    expect(k.followUp).toEqual({ due: 1, done: 1, completionRate: 1 });
    expect(k.byHour).toHaveLength(24);
    expect(k.byHour.filter((h) => h.orders > 0)).toEqual([
      { hour: 10, orders: 2, gmv: 15200 },
      { hour: 11, orders: 1, gmv: 2500 },
      { hour: 12, orders: 1, gmv: 10000 },
      { hour: 13, orders: 1, gmv: 10000 },
      { hour: 23, orders: 1, gmv: 8000 },
    ]);
  });

  it('is a valid response body once the period is added', () => {
    expect(kpiResponseSchema.safeParse({ ...k, from: t('00:00'), to: t('00:00', 24) }).success).toBe(true);
  });

  it('has no rates at all for an empty period, rather than zeros', () => {
    const empty = computeKpis([], period);
    expect(empty).toMatchObject({
      orders: 0,
      onTimeRate: null,
      acceptWithin3MinRate: null,
      avgDoorToDoorMinutes: null,
    });
    expect(empty.rxReview.medianSeconds).toBeNull();
    expect(empty.cancellations.rate).toBeNull();
  });
});

describe('KPI helpers', () => {
  it('median of odd and even counts, mean', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
  });

  it('the CST hour of a time given in UTC', () => {
    const utc = order('U', { timers: { createdAt: '2026-11-23T15:59:00Z', paidAt: '2026-11-23T16:30:00Z' } });
    expect(ordersByHour([utc]).find((h) => h.orders === 1)?.hour).toBe(0);
  });

  it('a partner turning an order down counts against its acceptance rate', () => {
    const turnedDown = order('T', {
      timers: { createdAt: t('10:00'), paidAt: t('10:00'), awaitingSince: t('10:00') },
      history: [hop('awaiting_acceptance', 'cancelled', t('10:01'))],
      cancel: { by: 'partner', reasonCode: 'out_of_stock', at: t('10:01') },
    });
    expect(acceptWithin3MinRate([A, turnedDown])).toBe(1 / 2);
  });

  it('accepts an open period and refuses one that ends before it starts', () => {
    expect(kpiQuerySchema.safeParse({}).success).toBe(true);
    expect(kpiQuerySchema.safeParse({ from: t('10:00'), to: t('09:00') }).success).toBe(false);
  });
});
