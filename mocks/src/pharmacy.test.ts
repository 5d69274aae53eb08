import { describe, expect, it } from 'vitest';
import { toIsoCst } from '@careops/domain';
import {
  BOARD_COLUMNS,
  kpiResponseSchema,
  orderBoardSchema,
  orderPageSchema,
  orderSchema,
  orderSla,
  piiRevealSchema,
  skuPageSchema,
  storeSchema,
  type Order,
  type OrderStatus,
} from '@careops/domain/pharmacy';
import { errorOf, setupTestApi } from './testing';
import type { OrderRecord } from './seed/pharmacy';

const ANCHOR = Date.parse('2026-11-23T20:00:00+08:00');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The server's clock; tests move it. */
let now = ANCHOR;
const { db, fetchAs } = setupTestApi({ anchor: ANCHOR, now: () => now });

const call = (method: string, path: string, as: string, body?: unknown) => fetchAs(as, method, path, body);
const get = (path: string, as: string) => call('GET', path, as);
const post = (path: string, as: string, body: unknown) => call('POST', path, as, body);

async function ok(res: Response): Promise<Order> {
  const json: unknown = await res.json();
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(json)}`);
  return orderSchema.parse(json);
}
async function error(res: Response, status: number) {
  expect(res.status).toBe(status);
  return errorOf(await res.json());
}
const act = (order: { id: string; version: number }, action: string, as: string, input: object = {}) =>
  post(`/pharmacy/orders/${order.id}/${action}`, as, { version: order.version, ...input });

function find(predicate: (o: OrderRecord) => boolean, what: string): OrderRecord {
  const order = db.orders.find(predicate);
  if (!order) throw new Error(`seed has no ${what}`);
  return order;
}
const online = (o: OrderRecord) => db.stores.get(o.storeId)?.status === 'online';
const auditOf = (id: string) => db.audit.all().filter((e) => e.resource.id === id);
const RIDER = { name: { 'zh-CN': '赵师傅', 'en-US': 'Zhao' }, virtualPhone: '17188886666' };

describe('an Rx order end to end', () => {
  it('pharmacist approves → partner accepts, picks, packs → rider → delivered, with history and audit', async () => {
    const raw = find(
      (o) => o.orgId === 'org_pha_a' && o.status === 'rx_review' && online(o),
      'Rx order in review of org A',
    );
    const steps: [string, string, object, OrderStatus][] = [
      ['approve_rx', 'pharmacist', {}, 'awaiting_acceptance'],
      ['accept', 'pharmacy.a', {}, 'accepted'],
      ['start_picking', 'pharmacy.a', {}, 'picking'],
      ['mark_ready', 'pharmacy.a', { tempC: 5.2 }, 'ready_for_pickup'],
      ['assign_rider', 'medops', { rider: RIDER }, 'rider_assigned'],
      ['pick_up', 'pharmacy.a', { tempC: 5 }, 'delivering'],
      ['deliver', 'pharmacy.a', { tempC: 4.6 }, 'delivered'],
    ];
    let order: { id: string; version: number } = raw;
    let last: Order | undefined;
    for (const [action, as, input, status] of steps) {
      now += MINUTE;
      last = await ok(await act(order, action, as, input));
      expect(last).toMatchObject({ status, version: order.version + 1 });
      order = last;
    }
    const startedAt = ANCHOR;
    const at = (k: number) => toIsoCst(startedAt + (k + 1) * MINUTE);
    expect(last?.history.slice(-7)).toEqual([
      {
        from: 'rx_review',
        to: 'awaiting_acceptance',
        at: at(0),
        actorId: 'usr_pharmacist',
        actorRole: 'MED',
      },
      { from: 'awaiting_acceptance', to: 'accepted', at: at(1), actorId: 'usr_pharmacy_a', actorRole: 'PHA' },
      { from: 'accepted', to: 'picking', at: at(2), actorId: 'usr_pharmacy_a', actorRole: 'PHA' },
      { from: 'picking', to: 'ready_for_pickup', at: at(3), actorId: 'usr_pharmacy_a', actorRole: 'PHA' },
      { from: 'ready_for_pickup', to: 'rider_assigned', at: at(4), actorId: 'usr_medops', actorRole: 'MED' },
      { from: 'rider_assigned', to: 'delivering', at: at(5), actorId: 'usr_pharmacy_a', actorRole: 'PHA' },
      { from: 'delivering', to: 'delivered', at: at(6), actorId: 'usr_pharmacy_a', actorRole: 'PHA' },
    ]);
    expect(last).toMatchObject({
      rx: { status: 'used', reviewerId: 'usr_pharmacist', usedByOrderId: raw.id },
      rider: RIDER,
      timers: { rxApprovedAt: at(0), acceptedAt: at(1), readyAt: at(3), deliveredAt: at(6) },
      followUp: { dueAt: toIsoCst(startedAt + 7 * MINUTE + DAY) },
    });
    expect(auditOf(raw.id).map((e) => [e.action, e.result, e.before?.status, e.after?.status])).toEqual(
      steps.map(([action], k) => [
        `order.${action}`,
        'success',
        k === 0 ? 'rx_review' : steps[k - 1]?.[3],
        steps[k]?.[3],
      ]),
    );
    expect(db.orders.get(raw.id)?.status).toBe('delivered');
  });
});

describe('tenant scope', () => {
  it("answers partner A with 404 for partner B's order, on read and on command, like a missing one", async () => {
    const other = find(
      (o) => o.orgId === 'org_pha_b' && o.status === 'awaiting_acceptance',
      'waiting order of org B',
    );
    const read = await error(await get(`/pharmacy/orders/${other.id}`, 'pharmacy.a'), 404);
    expect(read).toEqual(await error(await get('/pharmacy/orders/ord_missing', 'pharmacy.a'), 404));
    const command = await error(await act(other, 'accept', 'pharmacy.a'), 404);
    expect(command).toEqual(
      await error(await act({ id: 'ord_missing', version: 1 }, 'accept', 'pharmacy.a'), 404),
    );
    expect(db.orders.get(other.id)).toBe(other);
  });
});

describe('command refusals', () => {
  it('a stale version gets 409 CONFLICT with the fresh order, presented for the caller', async () => {
    const order = find(
      (o) => o.orgId === 'org_pha_a' && o.status === 'awaiting_acceptance' && online(o),
      'waiting order of org A',
    );
    const res = await act({ id: order.id, version: order.version - 1 }, 'accept', 'pharmacy.a');
    const body = await error(res, 409);
    expect(body.code).toBe('CONFLICT');
    const current = orderSchema.parse(body.details?.current);
    expect(current).toMatchObject({ id: order.id, version: order.version, status: 'awaiting_acceptance' });
    expect(current.patient.name['zh-CN']).toMatch(/^.\*+$/u);
    expect(current.allowedActions).toEqual(['cancel', 'accept']);
    expect(db.orders.get(order.id)).toBe(order);
  });

  it('an illegal move gets 409 INVALID_TRANSITION; a broken rule says which one', async () => {
    const done = find((o) => o.orgId === 'org_pha_a' && o.status === 'completed', 'completed order of org A');
    const body = await error(await act(done, 'accept', 'pharmacy.a'), 409);
    expect(body).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { from: 'completed', action: 'accept' },
    });
    const old = find(
      (o) => o.status === 'completed' && now - Date.parse(o.timers.deliveredAt ?? '') > 8 * DAY,
      'order delivered more than a week ago',
    );
    const late = await error(await act(old, 'request_refund', 'medops', { reasonCode: 'damaged' }), 409);
    expect(late).toMatchObject({ code: 'INVALID_TRANSITION', details: { rule: 'refund_window' } });
    expect(late.message).toContain('7 days');
  });

  it('an unlicensed partner may not review prescriptions (403, audited); its licensed pharmacist may', async () => {
    const order = find(
      (o) => o.orgId === 'org_pha_a' && o.status === 'rx_review',
      'Rx order in review of org A',
    );
    const body = await error(await act(order, 'approve_rx', 'pharmacy.a'), 403);
    expect(body.message).toContain('licensedPharmacist');
    expect(db.audit.all().at(-1)).toMatchObject({
      action: 'order.approve_rx',
      result: 'denied',
      actor: { userId: 'usr_pharmacy_a', role: 'PHA' },
      resource: { type: 'order', id: order.id, orgId: 'org_pha_a' },
    });
    expect(await ok(await act(order, 'approve_rx', 'pharmacy.a.rx'))).toMatchObject({
      status: 'awaiting_acceptance',
      rx: { reviewerId: 'usr_pharmacy_a_rx' },
    });
  });

  it('medical ops cannot accept for a store, and a read-only auditor cannot act at all', async () => {
    const order = find((o) => o.status === 'awaiting_acceptance' && online(o), 'waiting order');
    await error(await act(order, 'accept', 'medops'), 403);
    await error(await act(order, 'accept', 'auditor'), 403);
    await error(await act(order, 'accept', 'insurer.a'), 403);
    expect(db.audit.all().at(-1)).toMatchObject({ result: 'denied', actor: { userId: 'usr_insurer_a' } });
  });

  it('a missing or unknown reason code is a 400 with field errors; so is an admin acting without a reason', async () => {
    const review = find((o) => o.status === 'rx_review', 'Rx order in review');
    const missing = await error(await act(review, 'reject_rx', 'pharmacist'), 400);
    expect(missing.fieldErrors).toHaveProperty('reasonCode');
    const unknown = await error(await act(review, 'reject_rx', 'pharmacist', { reasonCode: 'price' }), 400);
    expect(unknown.fieldErrors).toHaveProperty('reasonCode');
    const waiting = find((o) => o.status === 'awaiting_acceptance' && online(o), 'waiting order');
    const admin = await error(await act(waiting, 'accept', 'admin'), 400);
    expect(admin.fieldErrors).toEqual({ reason: ['required'] });
    expect(db.orders.get(review.id)?.status).toBe('rx_review');
  });

  it('a rejected prescription cancels and refunds at once', async () => {
    const review = find(
      (o) => o.status === 'rx_review' && o.rx?.status === 'under_review',
      'Rx order in review',
    );
    const rejected = await ok(
      await act(review, 'reject_rx', 'pharmacist', { reasonCode: 'dose_excess', note: '超量' }),
    );
    expect(rejected).toMatchObject({
      status: 'refunded',
      rx: { status: 'rejected', rejectReason: { code: 'dose_excess', note: '超量' } },
      cancel: { by: 'ops', reasonCode: 'rx_rejected' },
      refund: { status: 'completed', amount: review.amounts.patientPays },
    });
    expect(rejected.history.slice(-2).map((h) => `${h.from}→${h.to}`)).toEqual([
      'rx_review→cancelled',
      'cancelled→refunded',
    ]);
  });
});

describe('refunds', () => {
  it('requested within 7 days of delivery, rejected only with a reason, approved with the decider recorded', async () => {
    const recent = db.orders
      .all()
      .filter(
        (o) =>
          o.orgId === 'org_pha_a' &&
          (o.status === 'delivered' || o.status === 'completed') &&
          now - Date.parse(o.timers.deliveredAt ?? '') < 5 * DAY,
      );
    const [first, second] = recent;
    if (!first || !second) throw new Error('seed has too few recent deliveries of org A');

    const requested = await ok(
      await act(first, 'request_refund', 'medops', { reasonCode: 'damaged', reason: '患者来电' }),
    );
    expect(requested).toMatchObject({
      status: 'refund_requested',
      refund: { status: 'requested', reasonCode: 'damaged' },
    });
    const noReason = await error(
      await act(requested, 'decide_refund', 'pharmacy.a', { approve: false }),
      400,
    );
    expect(noReason.fieldErrors).toHaveProperty('reason');
    const approved = await ok(
      await act(requested, 'decide_refund', 'pharmacy.a', { approve: true, reason: '外包装破损属实' }),
    );
    expect(approved).toMatchObject({
      status: 'refunded',
      refund: {
        status: 'completed',
        decidedBy: 'usr_pharmacy_a',
        reason: '外包装破损属实',
        amount: first.amounts.patientPays,
      },
    });
    expect(auditOf(first.id).at(-1)).toMatchObject({
      action: 'order.decide_refund',
      reason: '外包装破损属实',
      before: { status: 'refund_requested' },
      after: { status: 'refunded', refund: { status: 'completed', amount: first.amounts.patientPays } },
    });

    const asked = await ok(
      await act(second, 'request_refund', 'admin', { reasonCode: 'wrong_item', amount: 100 }),
    );
    const rejected = await ok(
      await act(asked, 'decide_refund', 'medops', { approve: false, reason: '发货记录核对无误' }),
    );
    expect(rejected).toMatchObject({
      status: 'refund_rejected',
      refund: { status: 'rejected', amount: 100, decidedBy: 'usr_medops' },
    });
  });
});

describe('cold chain', () => {
  it('a reading outside 2–8 °C cancels the order and refunds it in the same write', async () => {
    const cold = find(
      (o) =>
        o.hasColdChain && ['picking', 'ready_for_pickup', 'rider_assigned', 'delivering'].includes(o.status),
      'live cold-chain order',
    );
    const before = cold.status;
    const res = await act(cold, 'log_temperature', 'admin', {
      stage: 'pickup',
      tempC: 9.3,
      reason: '骑手温度计读数',
    });
    const order = await ok(res);
    expect(order).toMatchObject({
      status: 'refunded',
      exception: { type: 'cold_chain_excursion', note: '9.3 °C at pickup' },
      cancel: { reasonCode: 'cold_chain_excursion', by: 'ops' },
      refund: { status: 'completed', amount: cold.amounts.patientPays, reasonCode: 'order_cancelled' },
    });
    expect(order.coldChainLog.at(-1)).toEqual({ at: toIsoCst(now), tempC: 9.3, stage: 'pickup' });
    expect(order.history.slice(-2).map((h) => [h.from, h.to])).toEqual([
      [before, 'cancelled'],
      ['cancelled', 'refunded'],
    ]);
    expect(auditOf(cold.id).at(-1)).toMatchObject({
      action: 'order.log_temperature',
      before: { status: before },
      after: { status: 'refunded', followedBy: ['refund'] },
    });
  });

  it('a cold-chain handover without a temperature is refused with a field error', async () => {
    const order = find(
      (o) => o.hasColdChain && o.status === 'picking' && o.orgId === 'org_pha_a',
      'cold-chain order being picked by org A',
    );
    const body = await error(await act(order, 'mark_ready', 'pharmacy.a'), 400);
    expect(body.fieldErrors).toEqual({ tempC: ['required for cold-chain orders'] });
  });
});

describe('KPIs', () => {
  const range = `from=${encodeURIComponent(toIsoCst(ANCHOR - 7 * DAY))}&to=${encodeURIComponent(toIsoCst(ANCHOR))}`;
  const inRange = (o: OrderRecord) => {
    const paid = Date.parse(o.timers.paidAt ?? '');
    return paid >= ANCHOR - 7 * DAY && paid < ANCHOR;
  };
  const kpis = async (as: string, extra = '') =>
    kpiResponseSchema.parse(await (await get(`/pharmacy/kpis?${range}${extra}`, as)).json());

  it("a partner's totals are the sum over its own orders only; both partners add up to the platform's", async () => {
    const [a, b, all] = await Promise.all([kpis('pharmacy.a'), kpis('pharmacy.b'), kpis('admin')]);
    const mine = db.orders.all().filter((o) => o.orgId === 'org_pha_a' && inRange(o));
    expect(a.orders).toBe(mine.length);
    expect(a.gmv).toBe(
      mine.reduce((s, o) => s + o.amounts.goods + o.amounts.delivery - o.amounts.discount, 0),
    );
    expect(a.orders + b.orders).toBe(all.orders);
    expect(a.gmv + b.gmv).toBe(all.gmv);
    expect(a.byHour.reduce((s, h) => s + h.orders, 0)).toBe(a.orders);
    expect(a.orders).toBeLessThan(all.orders);
    expect(JSON.stringify(a)).not.toMatch(/doc_/);
  });

  it('per store, and nothing for a store outside the scope', async () => {
    const store = 'sto_a01';
    const own = await kpis('pharmacy.a', `&storeId=${store}`);
    expect(own.orders).toBe(db.orders.all().filter((o) => o.storeId === store && inRange(o)).length);
    expect((await kpis('pharmacy.a', '&storeId=sto_b01')).orders).toBe(0);
    expect(
      (await get('/pharmacy/kpis?from=2026-11-23T10:00:00%2B08:00&to=2026-11-22T10:00:00%2B08:00', 'admin'))
        .status,
    ).toBe(400);
  });
});

describe('PII reveal', () => {
  it('ops reveal with a reason for 5 minutes, audited with the fields; no reason is a 400', async () => {
    const order = find((o) => o.status === 'completed', 'completed order');
    const res = await post(`/pharmacy/orders/${order.id}/reveal`, 'medops', { reason: '患者投诉回访' });
    expect(res.status).toBe(200);
    expect(piiRevealSchema.parse(await res.json())).toEqual({
      name: order.patient.name,
      phone: order.patient.phone,
      address: expect.objectContaining({ 'zh-CN': expect.stringContaining(order.address.detail['zh-CN']) }),
      expiresAt: toIsoCst(now + 5 * MINUTE),
    });
    expect(db.audit.all().at(-1)).toMatchObject({
      action: 'pii.reveal',
      result: 'success',
      reason: '患者投诉回访',
      piiFields: ['patient.name', 'patient.phone', 'address'],
      resource: { id: order.id },
    });
    await error(await post(`/pharmacy/orders/${order.id}/reveal`, 'admin', {}), 400);
  });

  it('a partner reveals only its own orders, and only while handling the delivery', async () => {
    const delivering = find(
      (o) => o.orgId === 'org_pha_a' && o.status === 'delivering',
      'delivering order of org A',
    );
    expect(
      (await post(`/pharmacy/orders/${delivering.id}/reveal`, 'pharmacy.a', { reason: '联系收货' })).status,
    ).toBe(200);
    const done = find((o) => o.orgId === 'org_pha_a' && o.status === 'completed', 'completed order of org A');
    await error(await post(`/pharmacy/orders/${done.id}/reveal`, 'pharmacy.a', { reason: '联系收货' }), 403);
    expect(db.audit.all().at(-1)).toMatchObject({
      action: 'pii.reveal',
      result: 'denied',
      resource: { id: done.id },
    });
    const other = find(
      (o) => o.orgId === 'org_pha_b' && o.status === 'delivering',
      'delivering order of org B',
    );
    await error(await post(`/pharmacy/orders/${other.id}/reveal`, 'pharmacy.a', { reason: 'x' }), 404);
    await error(await post(`/pharmacy/orders/${done.id}/reveal`, 'auditor', { reason: 'x' }), 403);
  });
});

describe('what each caller sees of an order', () => {
  it('the partner sees the full address only while handling the delivery; everyone else sees it masked', async () => {
    const delivering = find(
      (o) => o.orgId === 'org_pha_a' && o.status === 'delivering',
      'delivering order of org A',
    );
    const asPartner = await ok(await get(`/pharmacy/orders/${delivering.id}`, 'pharmacy.a'));
    expect(asPartner.address['zh-CN']).toContain(delivering.address.detail['zh-CN']);
    expect(asPartner.patient.phone).toBe(delivering.patient.virtualPhone);
    for (const as of ['admin', 'auditor', 'reviewer.l1']) {
      const seen = await ok(await get(`/pharmacy/orders/${delivering.id}`, as));
      expect(seen.address['zh-CN']).toMatch(/\*{4}$/);
      expect(seen.patient.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    const done = find((o) => o.orgId === 'org_pha_a' && o.status === 'completed', 'completed order of org A');
    expect((await ok(await get(`/pharmacy/orders/${done.id}`, 'pharmacy.a'))).address['zh-CN']).toMatch(
      /\*{4}$/,
    );
  });

  it('the Rx diagnosis goes to medical ops and licensed partner pharmacists; the prescriber never to a partner', async () => {
    const rx = find(
      (o) => o.orgId === 'org_pha_a' && o.rx !== undefined && o.status === 'completed',
      'Rx order of org A',
    );
    const view = async (as: string) => (await ok(await get(`/pharmacy/orders/${rx.id}`, as))).rx;
    expect(await view('medops')).toMatchObject({
      diagnosis: rx.rx?.diagnosis,
      prescriberId: rx.rx?.prescriberId,
    });
    const licensed = await view('pharmacy.a.rx');
    expect(licensed?.diagnosis).toEqual(rx.rx?.diagnosis);
    expect(licensed).not.toHaveProperty('prescriberId');
    const ops = await view('pharmacy.a');
    expect(ops).not.toHaveProperty('diagnosis');
    expect(ops).not.toHaveProperty('prescriberId');
    expect(await view('auditor')).not.toHaveProperty('diagnosis');
    expect(await view('admin')).not.toHaveProperty('diagnosis');
  });
});

describe('live board, list filters and the server clock', () => {
  it('gives per-column counts and the most urgent orders, in scope', async () => {
    const res = await get('/pharmacy/orders/board?limit=3', 'pharmacy.a');
    const board = orderBoardSchema.parse(await res.json());
    expect(board.at).toBe(toIsoCst(now));
    expect(board.columns.map((c) => c.status)).toEqual([...BOARD_COLUMNS]);
    for (const column of board.columns) {
      const expected = db.orders
        .all()
        .filter((o) => o.orgId === 'org_pha_a' && o.status === column.status).length;
      expect(column.count).toBe(expected);
      expect(column.sla.normal + column.sla.warn + column.sla.breach + column.sla.severe).toBe(expected);
      expect(column.items.length).toBe(Math.min(3, expected));
      expect(column.items.every((o) => o.orgId === 'org_pha_a')).toBe(true);
      const left = column.items.map((o) =>
        Math.min(...o.sla.timers.filter((t) => t.running).map((t) => t.remainingSeconds)),
      );
      expect(left).toEqual([...left].sort((x, y) => x - y));
    }
  });

  it('filters by SLA state, paid-at range and prescription id, and sorts by urgency', async () => {
    const breached = orderPageSchema.parse(
      await (await get('/pharmacy/orders?sla=breach&pageSize=100', 'medops')).json(),
    );
    const late = (o: OrderRecord) => ['breach', 'severe'].includes(orderSla(o, now).level ?? 'none');
    expect(breached.total).toBe(db.orders.all().filter(late).length);
    expect(breached.items.every((o) => o.sla.level === 'breach' || o.sla.level === 'severe')).toBe(true);
    // `breach` takes in the severe ones too.
    expect(breached.items.some((o) => o.sla.level === 'severe')).toBe(true);

    const from = toIsoCst(ANCHOR - DAY);
    const to = toIsoCst(ANCHOR - DAY / 2);
    const ranged = orderPageSchema.parse(
      await (
        await get(
          `/pharmacy/orders?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&pageSize=100`,
          'admin',
        )
      ).json(),
    );
    const expected = db.orders.all().filter((o) => {
      const paid = Date.parse(o.timers.paidAt ?? '');
      return paid >= ANCHOR - DAY && paid < ANCHOR - DAY / 2;
    });
    expect(ranged.total).toBe(expected.length);

    const rx = find((o) => o.rxId !== undefined, 'Rx order');
    const byRx = orderPageSchema.parse(await (await get(`/pharmacy/orders?q=${rx.rxId}`, 'admin')).json());
    expect(byRx.items.map((o) => o.id)).toEqual([rx.id]);

    const urgent = orderPageSchema.parse(
      await (
        await get('/pharmacy/orders?sort=urgency:asc&status=awaiting_acceptance,picking', 'admin')
      ).json(),
    );
    const left = urgent.items.map((o) =>
      Math.min(...o.sla.timers.filter((t) => t.running).map((t) => t.remainingSeconds)),
    );
    expect(left).toEqual([...left].sort((x, y) => x - y));
  });

  it('counts down on the server clock', async () => {
    const waiting = find((o) => o.status === 'awaiting_acceptance', 'waiting order');
    const accept = async () =>
      (await ok(await get(`/pharmacy/orders/${waiting.id}`, 'medops'))).sla.timers.find(
        (t) => t.timer === 'accept',
      );
    const first = await accept();
    now += 90_000;
    const later = await accept();
    expect(first?.running).toBe(true);
    expect(later?.remainingSeconds).toBe((first?.remainingSeconds ?? 0) - 90);
  });
});

describe('stores and the catalogue', () => {
  it('reads one store in scope, 404 outside', async () => {
    expect(storeSchema.parse(await (await get('/pharmacy/stores/sto_a02', 'pharmacy.a')).json()).id).toBe(
      'sto_a02',
    );
    await error(await get('/pharmacy/stores/sto_b02', 'pharmacy.a'), 404);
  });

  it('edits hours, radius and cold chain with a version; 400 beyond 5 km, 409 when stale, audited', async () => {
    const store = db.stores.get('sto_a03');
    if (!store) throw new Error('no store sto_a03');
    const patch = (as: string, body: object) => call('PATCH', `/pharmacy/stores/${store.id}`, as, body);
    const far = await error(await patch('pharmacy.a', { version: store.version, deliveryRadiusKm: 6 }), 400);
    expect(far.fieldErrors).toHaveProperty('deliveryRadiusKm');
    const edited = storeSchema.parse(
      await (
        await patch('pharmacy.a', {
          version: store.version,
          businessHours: '00:00-24:00',
          deliveryRadiusKm: 4.5,
        })
      ).json(),
    );
    expect(edited).toMatchObject({
      businessHours: '00:00-24:00',
      is24h: true,
      deliveryRadiusKm: 4.5,
      version: store.version + 1,
    });
    const stale = await error(
      await patch('admin', { version: store.version, hasColdChain: !store.hasColdChain }),
      409,
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { current: { version: store.version + 1 } } });
    expect(
      db.audit
        .all()
        .filter((e) => e.action === 'store.update')
        .at(-1),
    ).toMatchObject({
      resource: { id: store.id },
      before: {
        businessHours: store.businessHours,
        deliveryRadiusKm: store.deliveryRadiusKm,
        version: store.version,
      },
      after: { businessHours: '00:00-24:00', deliveryRadiusKm: 4.5, version: store.version + 1 },
    });
    await error(
      await call('PATCH', '/pharmacy/stores/sto_b03', 'pharmacy.a', { version: 1, deliveryRadiusKm: 3 }),
      404,
    );
    await error(await patch('auditor', { version: edited.version, deliveryRadiusKm: 3 }), 403);
  });

  it('keeps the cold chain of a store that still holds open cold-chain orders', async () => {
    const open = find(
      (o) =>
        o.hasColdChain &&
        ['accepted', 'picking', 'ready_for_pickup', 'rider_assigned', 'delivering'].includes(o.status),
      'an open cold-chain order',
    );
    const store = db.stores.get(open.storeId);
    if (!store) throw new Error('the order has no store');
    const refused = await error(
      await call('PATCH', `/pharmacy/stores/${store.id}`, 'admin', {
        version: store.version,
        hasColdChain: false,
      }),
      400,
    );
    expect(refused.fieldErrors?.['hasColdChain']?.[0]).toMatch(/open cold-chain order/);
    expect(db.stores.get(store.id)?.hasColdChain).toBe(true);
  });

  it('lists the SKU catalogue with its special-control drugs flagged', async () => {
    const page = skuPageSchema.parse(
      await (await get('/pharmacy/skus?specialControl=true&pageSize=50', 'admin')).json(),
    );
    expect(page.items.map((s) => s.id).sort()).toEqual(['sku_code', 'sku_esta', 'sku_tram']);
    const cold = skuPageSchema.parse(await (await get('/pharmacy/skus?coldChain=true', 'pharmacy.a')).json());
    expect(cold.items.every((s) => s.coldChain && s.category === 'rx')).toBe(true);
  });
});
