import { describe, expect, it } from 'vitest';
import {
  BOARD_COLUMNS,
  COLD_CHAIN_RANGE_C,
  ORDER_TRANSITIONS,
  orderSla,
  orderStateSchema,
  partyOf,
  type OrderStatus,
  type OrderTimers,
} from '@careops/domain/pharmacy';
import { Database } from './db/database';
import { skuById } from './seed/skus';

const ANCHOR = Date.parse('2026-11-23T20:00:00+08:00');
const db = new Database({ anchor: ANCHOR, now: () => ANCHOR });
const orders = db.orders.all();
const stores = new Map(db.stores.all().map((s) => [s.id, s]));
const ms = Date.parse;

/** The status each timer is stamped on entering. */
const STAMPED: Partial<Record<OrderStatus, keyof OrderTimers>> = {
  accepted: 'acceptedAt',
  ready_for_pickup: 'readyAt',
  rider_assigned: 'riderAssignedAt',
  delivering: 'pickedUpAt',
  delivered: 'deliveredAt',
  paid: 'paidAt',
};

describe('pharmacy seed', () => {
  it('has ≥ 10,000 orders of 2 partner organisations and 20 stores', () => {
    expect(orders.length).toBeGreaterThanOrEqual(10_000);
    expect(new Set(orders.map((o) => o.orgId))).toEqual(new Set(['org_pha_a', 'org_pha_b']));
    expect(new Set(orders.map((o) => o.storeId)).size).toBe(20);
    expect(stores.size).toBe(20);
  });

  it("replays every order's history as legal transitions ending in its status, in time order", () => {
    const bad: string[] = [];
    for (const o of orders) {
      let status: OrderStatus = 'created';
      let last = ms(o.timers.createdAt);
      for (const h of o.history) {
        const t = ms(h.at);
        const party = partyOf(h.actorRole);
        const legal = ORDER_TRANSITIONS.some(
          (row) =>
            row.from.includes(h.from) &&
            row.to.includes(h.to) &&
            party !== undefined &&
            row.by.includes(party),
        );
        if (h.from !== status || !legal || t < last) bad.push(`${o.id}: ${h.from}→${h.to} at ${h.at}`);
        status = h.to;
        last = t;
      }
      if (status !== o.status) bad.push(`${o.id}: history ends in ${status}, status is ${o.status}`);
      if (o.version < o.history.length + 1) bad.push(`${o.id}: version ${o.version}`);
      if (last > ANCHOR) bad.push(`${o.id}: acts after the anchor`);
    }
    expect(bad).toEqual([]);
  });

  it('stamps each timer when the order first entered its status', () => {
    const bad: string[] = [];
    for (const o of orders)
      for (const [status, timer] of Object.entries(STAMPED)) {
        const entered = o.history.find((h) => h.to === status)?.at;
        if (o.timers[timer] !== entered) bad.push(`${o.id} ${timer}`);
      }
    expect(bad).toEqual([]);
  });

  it('keeps the hard rules: 先方后药, one Rx one order, no special-control SKU, cold chain only where stored', () => {
    const rxIds = orders.flatMap((o) => (o.rxId ? [o.rxId] : []));
    expect(new Set(rxIds).size).toBe(rxIds.length);
    for (const o of orders) {
      if (o.history.some((h) => h.to === 'accepted') && o.hasRx) {
        const approved = o.history.findIndex((h) => h.from === 'rx_review' && h.to === 'awaiting_acceptance');
        const accepted = o.history.findIndex((h) => h.to === 'accepted');
        expect(approved).toBeGreaterThanOrEqual(0);
        expect(approved).toBeLessThan(accepted);
        expect(o.rx).toMatchObject({ status: 'used', usedByOrderId: o.id });
      }
      expect(o.items.every((i) => skuById(i.skuId)?.specialControl === false)).toBe(true);
      if (o.hasColdChain) expect(stores.get(o.storeId)?.hasColdChain).toBe(true);
      expect(o.hasRx).toBe(o.items.some((i) => i.category === 'rx'));
    }
  });

  it('cancels and refunds every temperature excursion, and only those have readings out of 2–8 °C', () => {
    const outOfRange = (t: number) => t < COLD_CHAIN_RANGE_C.min || t > COLD_CHAIN_RANGE_C.max;
    const excursions = orders.filter((o) => o.exception?.type === 'cold_chain_excursion');
    expect(excursions.length).toBeGreaterThan(5);
    for (const o of excursions) {
      expect(o.cancel?.reasonCode).toBe('cold_chain_excursion');
      expect(['cancelled', 'refunded']).toContain(o.status);
      expect(o.refund?.amount).toBe(o.amounts.patientPays);
      expect(o.coldChainLog.some((r) => outOfRange(r.tempC))).toBe(true);
    }
    const others = orders.filter((o) => o.exception?.type !== 'cold_chain_excursion');
    expect(others.every((o) => o.coldChainLog.every((r) => !outOfRange(r.tempC)))).toBe(true);
    // Every cold-chain order that went out had its pack temperature logged.
    for (const o of orders.filter((x) => x.hasColdChain && x.timers.readyAt))
      expect(o.coldChainLog.some((r) => r.stage === 'pack')).toBe(true);
  });

  it('refunds every paid cancellation; refund requests come within 7 days of delivery and are decided', () => {
    for (const o of orders) {
      if (o.cancel && o.timers.paidAt) expect(o.refund).toBeDefined();
      if (o.status === 'refunded') expect(o.refund?.status).toBe('completed');
      if (o.history.some((h) => h.to === 'refund_requested')) {
        const requested = o.history.find((h) => h.to === 'refund_requested')?.at ?? '';
        expect(ms(requested) - ms(o.timers.deliveredAt ?? '')).toBeLessThanOrEqual(7 * 86_400_000);
      }
    }
    const count = (status: OrderStatus) => orders.filter((o) => o.status === status).length;
    expect(count('refund_rejected')).toBeGreaterThan(10);
    expect(orders.filter((o) => o.refund?.reasonCode === 'damaged').length).toBeGreaterThan(10);
    expect(
      new Set(orders.flatMap((o) => (o.cancel ? [o.cancel.reasonCode] : []))).size,
    ).toBeGreaterThanOrEqual(7);
    expect(new Set(orders.flatMap((o) => (o.rx?.rejectReason ? [o.rx.rejectReason.code] : []))).size).toBe(6);
  });

  it('follows real hours: the evening peak is several times the small hours', () => {
    const inHour = (h: number) =>
      orders.filter((o) => new Date(ms(o.timers.createdAt) + 8 * 3_600_000).getUTCHours() === h).length;
    const evening = inHour(20) + inHour(21);
    const night = inHour(3) + inHour(4);
    expect(evening).toBeGreaterThan(4 * night);
  });

  it('puts live work in every column of the board, with normal, warning and breached timers', () => {
    const live = orders.filter((o) => (BOARD_COLUMNS as readonly OrderStatus[]).includes(o.status));
    for (const column of BOARD_COLUMNS) expect(live.some((o) => o.status === column)).toBe(true);
    const levels = new Set(live.map((o) => orderSla(o, ANCHOR).level));
    for (const level of ['normal', 'warn', 'breach'] as const) expect(levels).toContain(level);
    expect(live.filter((o) => o.orgId === 'org_pha_a').length).toBeGreaterThan(10);
  });

  it('gives every order a shape the API schema accepts', () => {
    const invalid = orders.filter((o) => !orderStateSchema.safeParse(o).success).map((o) => o.id);
    expect(invalid).toEqual([]);
  });

  it('is the same for the same seed and anchor, and ids ascend with time', () => {
    const again = new Database({ anchor: ANCHOR, now: () => ANCHOR }).orders.all();
    expect(again).toEqual(orders);
    const created = orders.map((o) => ms(o.timers.createdAt));
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });
});
