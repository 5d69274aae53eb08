import { describe, expect, it } from 'vitest';
import { toIsoCst } from '../common';
import {
  ORDER_ACTIONS,
  ORDER_STATUSES,
  orderStateSchema,
  type OrderAction,
  type OrderState,
  type OrderStatus,
} from './schemas';
import {
  ORDER_TRANSITIONS,
  PATIENT_ACTOR,
  SYSTEM_ACTOR,
  allowedActions,
  applyAction,
  settle,
  type OrderActor,
} from './machine';
import { MINUTE, T0, at, orderIn } from './fixtures';

const DAY = 24 * 60 * MINUTE;
/** 30 h after T0: every time-out of the reference orders is due, the refund window still open. */
const NOW = T0 + 30 * 60 * MINUTE;
const STORE = { status: 'online', hasColdChain: true } as const;

const user = (role: OrderActor['role'], licensed = false): OrderActor => ({
  id: `usr_${role.toLowerCase()}${licensed ? '_rx' : ''}`,
  role,
  attributes: licensed ? { licensedPharmacist: true } : {},
});
const ACTORS = {
  system: SYSTEM_ACTOR,
  patient: PATIENT_ACTOR,
  ADM: user('ADM'),
  'ADM+rx': user('ADM', true),
  MED: user('MED'),
  'MED+rx': user('MED', true),
  CMP: user('CMP'),
  MOD: user('MOD'),
  PHA: user('PHA'),
  'PHA+rx': user('PHA', true),
  INS: user('INS'),
  AUD: user('AUD'),
} as const;
type ActorKey = keyof typeof ACTORS;

const OPS: ActorKey[] = ['ADM', 'ADM+rx', 'MED', 'MED+rx'];
const PARTNER: ActorKey[] = ['PHA', 'PHA+rx'];
const ADMIN: ActorKey[] = ['ADM', 'ADM+rx'];
const LICENSED: ActorKey[] = ['MED+rx', 'PHA+rx'];
const AFTER_ACCEPT: OrderStatus[] = [
  'accepted',
  'picking',
  'ready_for_pickup',
  'rider_assigned',
  'delivering',
];

interface Expect {
  /** from-status → resulting status */
  moves: Partial<Record<OrderStatus, OrderStatus>>;
  /** who may, per from-status (default: `by`) */
  by: ActorKey[];
  byFrom?: Partial<Record<OrderStatus, ActorKey[]>>;
}
const same = (...statuses: OrderStatus[]) => Object.fromEntries(statuses.map((s) => [s, s]));
const to = (target: OrderStatus, ...from: OrderStatus[]) => Object.fromEntries(from.map((s) => [s, target]));

/** DOMAIN.md §2.2 and §6.2 written out by hand, independently of ORDER_TRANSITIONS. */
const EXPECTED: Record<OrderAction, Expect> = {
  pay: { moves: { created: 'paid' }, by: ['system'] },
  queue: { moves: { paid: 'rx_review' }, by: ['system'] },
  expire: { moves: to('cancelled', 'created', 'awaiting_acceptance'), by: ['system'] },
  approve_rx: { moves: { rx_review: 'awaiting_acceptance' }, by: LICENSED },
  reject_rx: { moves: { rx_review: 'cancelled' }, by: LICENSED },
  cancel: {
    moves: to('cancelled', 'created', 'paid', 'rx_review', 'awaiting_acceptance'),
    by: ['patient', ...OPS, ...PARTNER],
    byFrom: {
      created: ['patient', ...OPS],
      paid: ['patient', ...OPS],
      rx_review: ['patient', ...OPS],
    },
  },
  accept: { moves: { awaiting_acceptance: 'accepted' }, by: [...ADMIN, ...PARTNER] },
  start_picking: { moves: { accepted: 'picking' }, by: [...ADMIN, ...PARTNER] },
  mark_ready: { moves: { picking: 'ready_for_pickup' }, by: [...ADMIN, ...PARTNER] },
  assign_rider: { moves: { ready_for_pickup: 'rider_assigned' }, by: ['system', ...OPS] },
  pick_up: { moves: { rider_assigned: 'delivering' }, by: ['system', ...ADMIN, ...PARTNER] },
  deliver: { moves: { delivering: 'delivered' }, by: ['system', ...ADMIN, ...PARTNER] },
  fail_delivery: { moves: { delivering: 'delivery_failed' }, by: ['system', ...OPS, ...PARTNER] },
  return: { moves: { delivery_failed: 'returned' }, by: ['system', ...OPS, ...PARTNER] },
  request_cancel: { moves: to('cancel_requested', ...AFTER_ACCEPT), by: ['patient', ...OPS] },
  decide_cancel: { moves: { cancel_requested: 'cancelled' }, by: [...OPS, ...PARTNER] },
  request_refund: { moves: to('refund_requested', 'delivered', 'completed'), by: ['patient', ...OPS] },
  decide_refund: { moves: { refund_requested: 'refunded' }, by: [...OPS, ...PARTNER] },
  refund: { moves: to('refunded', 'cancelled', 'returned'), by: ['system'] },
  complete: { moves: { delivered: 'completed' }, by: ['system'] },
  log_temperature: { moves: same(...AFTER_ACCEPT, 'cancel_requested'), by: ['system', ...OPS, ...PARTNER] },
  report_exception: {
    moves: same('accepted', 'picking', 'ready_for_pickup'),
    by: ['system', ...OPS, ...PARTNER],
  },
  record_follow_up: { moves: same('delivered', 'completed'), by: LICENSED },
};

/** A valid input for each action (a reason always, for the starred ADM grants). */
function inputFor(action: OrderAction, status: OrderStatus): Record<string, unknown> {
  const reason = '测试';
  switch (action) {
    case 'reject_rx':
      return { reason, reasonCode: 'dose_excess' };
    case 'cancel':
    case 'request_cancel':
      return { reason, reasonCode: 'patient_request' };
    case 'mark_ready':
    case 'pick_up':
    case 'deliver':
      return { reason, tempC: 5 };
    case 'assign_rider':
      return { reason, rider: { name: { 'zh-CN': '王师傅', 'en-US': 'Wang' }, virtualPhone: '17012345678' } };
    case 'fail_delivery':
      return { reason, type: 'unreachable' };
    case 'decide_cancel':
    case 'decide_refund':
      return { reason, approve: true };
    case 'request_refund':
      return { reason, reasonCode: 'damaged' };
    case 'log_temperature':
      return { reason, stage: 'pickup', tempC: 6 };
    case 'report_exception':
      return { reason, type: status === 'ready_for_pickup' ? 'no_rider' : 'out_of_stock' };
    case 'record_follow_up':
      return { reason, outcome: 'improved' };
    default:
      return { reason };
  }
}

describe('order state machine: every (status, action, actor) combination', () => {
  const cases = ORDER_STATUSES.flatMap((status) =>
    ORDER_ACTIONS.flatMap((action) =>
      (Object.keys(ACTORS) as ActorKey[]).map((actor) => [status, action, actor] as const),
    ),
  );

  it('covers 18 statuses × 23 actions × 12 actors', () => {
    expect(cases).toHaveLength(18 * 23 * 12);
  });

  it.each(cases)('%s · %s · %s', (status, action, actorKey) => {
    const expected = EXPECTED[action];
    const order = orderIn(status);
    const result = applyAction(order, action, inputFor(action, status), ACTORS[actorKey], NOW, {
      store: STORE,
    });
    const target = expected.moves[status];
    const mayFromHere = target !== undefined && (expected.byFrom?.[status] ?? expected.by).includes(actorKey);

    if (mayFromHere) {
      expect(result).toMatchObject({ ok: true, order: { status: target, version: order.version + 1 } });
      if (!result.ok) return;
      expect(orderStateSchema.safeParse(result.order).success).toBe(true);
      const moved = target !== status;
      expect(result.order.history).toHaveLength(order.history.length + (moved ? 1 : 0));
      if (moved)
        expect(result.order.history.at(-1)).toEqual({
          from: status,
          to: target,
          at: toIsoCst(NOW),
          actorId: ACTORS[actorKey].id,
          actorRole: ACTORS[actorKey].role,
          reason: expect.any(String),
        });
      expect(allowedActions(order, ACTORS[actorKey], { now: NOW, store: STORE })).toContain(action);
      return;
    }
    const code = !expected.by.includes(actorKey)
      ? 'FORBIDDEN'
      : target === undefined
        ? 'INVALID_TRANSITION'
        : 'FORBIDDEN';
    expect(result).toMatchObject({ ok: false, refusal: { code } });
    expect(allowedActions(order, ACTORS[actorKey], { now: NOW, store: STORE })).not.toContain(action);
  });

  it('has at most one transition row per (action, from-status), each listed in the hand-written table', () => {
    const seen = new Set<string>();
    for (const row of ORDER_TRANSITIONS)
      for (const from of row.from) {
        const key = `${row.action}:${from}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        expect(EXPECTED[row.action].moves[from]).toBeDefined();
      }
  });
});

const ok = <O>(result: { ok: true; order: O } | { ok: false }): O => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.order;
};
const ops = ACTORS.MED;
const partner = ACTORS.PHA;

describe('hard rules', () => {
  it('先方后药: an Rx order whose prescription is not approved cannot be accepted', () => {
    const order: OrderState = { ...orderIn('awaiting_acceptance') };
    const { rxApprovedAt: _, ...timers } = order.timers;
    const unapproved = { ...order, timers, rx: order.rx && { ...order.rx, status: 'under_review' as const } };
    expect(applyAction(unapproved, 'accept', {}, partner, NOW)).toMatchObject({
      ok: false,
      refusal: { code: 'RULE', rule: 'rx_not_approved' },
    });
    expect(allowedActions(unapproved, partner)).toEqual(['cancel']);
  });

  it('one Rx → one order: a prescription bound to another order cannot be approved again', () => {
    const order = orderIn('rx_review');
    const used = { ...order, rx: order.rx && { ...order.rx, usedByOrderId: 'ord_other' } };
    expect(applyAction(used, 'approve_rx', {}, ACTORS['MED+rx'], NOW)).toMatchObject({
      ok: false,
      refusal: { code: 'RULE', rule: 'rx_used' },
    });
  });

  it('approval binds the prescription to the order and restarts the delivery promise', () => {
    const approved = ok(
      applyAction(orderIn('rx_review'), 'approve_rx', {}, ACTORS['PHA+rx'], T0 + 8 * MINUTE),
    );
    expect(approved.rx).toMatchObject({
      status: 'used',
      usedByOrderId: 'ord_fixture',
      reviewerId: 'usr_pha_rx',
      reviewedAt: at(8),
    });
    // 2.4 km → 30 minutes from approval.
    expect(approved.timers).toMatchObject({ rxApprovedAt: at(8), awaitingSince: at(8), promisedAt: at(38) });
  });

  it('an expired or unsigned prescription cannot be approved', () => {
    const order = orderIn('rx_review');
    expect(applyAction(order, 'approve_rx', {}, ACTORS['MED+rx'], T0 + 3 * DAY)).toMatchObject({
      refusal: { rule: 'rx_expired' },
    });
    const unsigned = { ...order, rx: order.rx && { ...order.rx, signed: false } };
    expect(applyAction(unsigned, 'approve_rx', {}, ACTORS['MED+rx'], NOW)).toMatchObject({
      refusal: { rule: 'rx_unsigned' },
    });
  });

  it('a rejected prescription cancels the order with a full refund, paid out by the system', () => {
    const rejected = ok(
      applyAction(
        orderIn('rx_review'),
        'reject_rx',
        { reasonCode: 'interaction', note: '与阿司匹林合用' },
        ACTORS['MED+rx'],
        NOW,
      ),
    );
    expect(rejected).toMatchObject({
      status: 'cancelled',
      rx: { status: 'rejected', rejectReason: { code: 'interaction', note: '与阿司匹林合用' } },
      cancel: { by: 'ops', reasonCode: 'rx_rejected' },
      refund: { amount: 14780, status: 'approved', reasonCode: 'order_cancelled' },
    });
    const settled = settle(rejected, NOW + 1000);
    expect(settled.applied).toEqual(['refund']);
    expect(settled.order).toMatchObject({ status: 'refunded', refund: { status: 'completed' } });
  });

  it('rejecting a prescription needs a reject code from the list', () => {
    expect(
      applyAction(orderIn('rx_review'), 'reject_rx', { reasonCode: 'too_expensive' }, ACTORS['MED+rx'], NOW),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_INPUT', fieldErrors: { reasonCode: expect.any(Array) } },
    });
  });

  it('the unlicensed are refused prescription review with the attribute named', () => {
    const result = applyAction(orderIn('rx_review'), 'approve_rx', {}, partner, NOW);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
    if (!result.ok) expect(result.refusal.reason).toContain('licensedPharmacist');
  });

  it('cancelling before acceptance refunds the patient in full; an unpaid order has nothing to refund', () => {
    const paid = ok(
      applyAction(orderIn('awaiting_acceptance'), 'cancel', { reasonCode: 'out_of_stock' }, partner, NOW),
    );
    expect(paid).toMatchObject({
      cancel: { by: 'partner', reasonCode: 'out_of_stock' },
      refund: { amount: 14780 },
    });
    const unpaid = ok(
      applyAction(orderIn('created'), 'cancel', { reasonCode: 'patient_request' }, PATIENT_ACTOR, NOW),
    );
    expect(unpaid.refund).toBeUndefined();
    expect(settle(unpaid, NOW).applied).toEqual([]);
  });

  it('cold chain is accepted only at a store with cold-chain storage, and only while the store is online', () => {
    const order = orderIn('awaiting_acceptance');
    expect(
      applyAction(order, 'accept', {}, partner, NOW, { store: { status: 'online', hasColdChain: false } }),
    ).toMatchObject({
      refusal: { rule: 'cold_chain_store' },
    });
    expect(
      applyAction(order, 'accept', {}, partner, NOW, { store: { status: 'paused', hasColdChain: true } }),
    ).toMatchObject({
      refusal: { rule: 'store_not_online' },
    });
  });

  it('a cold-chain step needs a temperature; 2 and 8 °C are in range, 8.1 °C cancels and refunds', () => {
    const picking = orderIn('picking');
    expect(applyAction(picking, 'mark_ready', {}, partner, NOW)).toMatchObject({
      refusal: { code: 'INVALID_INPUT', fieldErrors: { tempC: ['required for cold-chain orders'] } },
    });
    const ready = ok(applyAction(picking, 'mark_ready', { tempC: 8 }, partner, NOW));
    expect(ready.status).toBe('ready_for_pickup');
    expect(ready.coldChainLog.at(-1)).toEqual({ at: toIsoCst(NOW), tempC: 8, stage: 'pack' });
    const cold = ok(applyAction(orderIn('delivering'), 'deliver', { tempC: 2 }, partner, NOW));
    expect(cold.status).toBe('delivered');

    const warm = ok(applyAction(orderIn('delivering'), 'deliver', { tempC: 8.1 }, partner, NOW));
    expect(warm).toMatchObject({
      status: 'cancelled',
      exception: { type: 'cold_chain_excursion', note: '8.1 °C at handover' },
      cancel: { by: 'partner', reasonCode: 'cold_chain_excursion' },
      refund: { amount: 14780, status: 'approved' },
    });
    expect(warm.coldChainLog.at(-1)).toMatchObject({ tempC: 8.1, stage: 'handover' });
    expect(warm.history.at(-1)).toMatchObject({
      from: 'delivering',
      to: 'cancelled',
      reason: 'cold_chain_excursion',
    });
    expect(settle(warm, NOW).order.status).toBe('refunded');
  });

  it('a logged excursion while waiting for a cancel decision also cancels; an in-range reading only logs', () => {
    const logged = ok(
      applyAction(
        orderIn('rider_assigned'),
        'log_temperature',
        { stage: 'pickup', tempC: 5.5 },
        ACTORS.system,
        NOW,
      ),
    );
    expect(logged.status).toBe('rider_assigned');
    expect(logged.coldChainLog).toHaveLength(2);
    const excursion = ok(
      applyAction(
        orderIn('cancel_requested'),
        'log_temperature',
        { stage: 'pack', tempC: 1.9 },
        partner,
        NOW,
      ),
    );
    expect(excursion.status).toBe('cancelled');
    const plain = orderIn('accepted', { hasColdChain: false });
    expect(applyAction(plain, 'log_temperature', { stage: 'pack', tempC: 5 }, partner, NOW)).toMatchObject({
      refusal: { rule: 'not_cold_chain' },
    });
  });

  it('refunds are requested up to exactly 7 days after delivery', () => {
    const delivered = orderIn('delivered');
    const deliveredAt = T0 + 40 * MINUTE;
    expect(
      ok(
        applyAction(
          delivered,
          'request_refund',
          { reasonCode: 'damaged' },
          PATIENT_ACTOR,
          deliveredAt + 7 * DAY,
        ),
      ),
    ).toMatchObject({
      status: 'refund_requested',
      refund: { amount: 14780, reasonCode: 'damaged', status: 'requested' },
    });
    expect(
      applyAction(
        delivered,
        'request_refund',
        { reasonCode: 'damaged' },
        PATIENT_ACTOR,
        deliveredAt + 7 * DAY + 1000,
      ),
    ).toMatchObject({
      refusal: { rule: 'refund_window' },
    });
  });

  it('a refund request is for quality issues only and at most what the patient paid', () => {
    const delivered = orderIn('delivered');
    expect(
      applyAction(delivered, 'request_refund', { reasonCode: 'changed_mind' }, PATIENT_ACTOR, NOW),
    ).toMatchObject({
      refusal: { code: 'INVALID_INPUT', fieldErrors: { reasonCode: expect.any(Array) } },
    });
    expect(
      applyAction(delivered, 'request_refund', { reasonCode: 'damaged', amount: 14781 }, ops, NOW),
    ).toMatchObject({
      refusal: { code: 'INVALID_INPUT', fieldErrors: { amount: expect.any(Array) } },
    });
    expect(
      ok(applyAction(delivered, 'request_refund', { reasonCode: 'damaged', amount: 6890 }, ops, NOW)).refund
        ?.amount,
    ).toBe(6890);
  });

  it('refund decisions: a rejection needs a reason; both are recorded with the decider', () => {
    const requested = orderIn('refund_requested');
    expect(applyAction(requested, 'decide_refund', { approve: false }, partner, NOW)).toMatchObject({
      refusal: { code: 'INVALID_INPUT', fieldErrors: { reason: ['required to reject'] } },
    });
    expect(
      ok(
        applyAction(
          requested,
          'decide_refund',
          { approve: false, reason: '包装完好，不属质量问题' },
          partner,
          NOW,
        ),
      ),
    ).toMatchObject({
      status: 'refund_rejected',
      refund: {
        status: 'rejected',
        decidedBy: 'usr_pha',
        reason: '包装完好，不属质量问题',
        decidedAt: toIsoCst(NOW),
      },
    });
    expect(ok(applyAction(requested, 'decide_refund', { approve: true }, ops, NOW))).toMatchObject({
      status: 'refunded',
      refund: { status: 'completed', decidedBy: 'usr_med', completedAt: toIsoCst(NOW) },
    });
  });

  it('a rejected cancellation request returns the order to where it was', () => {
    const requested = orderIn('cancel_requested');
    expect(applyAction(requested, 'decide_cancel', { approve: false }, partner, NOW)).toMatchObject({
      refusal: { fieldErrors: { reason: ['required to reject'] } },
    });
    const back = ok(
      applyAction(requested, 'decide_cancel', { approve: false, reason: '已出库' }, partner, NOW),
    );
    expect(back).toMatchObject({
      status: 'picking',
      cancelRequest: { decision: 'rejected', decidedBy: 'usr_pha' },
    });
    expect(back.history.at(-1)).toMatchObject({ from: 'cancel_requested', to: 'picking', reason: '已出库' });
    const approved = ok(applyAction(requested, 'decide_cancel', { approve: true }, ops, NOW));
    expect(approved).toMatchObject({
      status: 'cancelled',
      cancel: { by: 'patient', reasonCode: 'patient_request' },
    });
  });

  it('an admin acting on a starred grant must give a reason', () => {
    expect(applyAction(orderIn('awaiting_acceptance'), 'accept', {}, ACTORS.ADM, NOW)).toMatchObject({
      refusal: { code: 'INVALID_INPUT', fieldErrors: { reason: ['required'] } },
    });
    expect(applyAction(orderIn('awaiting_acceptance'), 'accept', {}, partner, NOW).ok).toBe(true);
  });

  it('exceptions fit their moment: no rider while waiting for pickup, out of stock before that', () => {
    expect(
      applyAction(orderIn('accepted'), 'report_exception', { type: 'no_rider' }, partner, NOW),
    ).toMatchObject({
      refusal: { rule: 'exception_type' },
    });
    expect(
      ok(
        applyAction(
          orderIn('ready_for_pickup'),
          'report_exception',
          { type: 'no_rider', note: '10 分钟无骑手' },
          ACTORS.system,
          NOW,
        ),
      ).exception,
    ).toEqual({
      type: 'no_rider',
      at: toIsoCst(NOW),
      note: '10 分钟无骑手',
    });
  });

  it('failed delivery, return, and the system refund', () => {
    const failed = ok(
      applyAction(orderIn('delivering'), 'fail_delivery', { type: 'refused' }, ACTORS.system, NOW),
    );
    expect(failed).toMatchObject({ status: 'delivery_failed', exception: { type: 'refused' } });
    const returned = ok(applyAction(failed, 'return', {}, partner, NOW));
    expect(returned.refund).toMatchObject({
      reasonCode: 'delivery_returned',
      amount: 14780,
      status: 'approved',
    });
    expect(settle(returned, NOW).order.status).toBe('refunded');
  });
});

describe('time-outs use the clock passed in', () => {
  it('awaiting acceptance expires at exactly 10 minutes, not a second earlier', () => {
    const order = orderIn('awaiting_acceptance'); // awaiting since T0+5
    expect(applyAction(order, 'expire', {}, SYSTEM_ACTOR, T0 + 15 * MINUTE - 1000)).toMatchObject({
      refusal: { rule: 'not_due' },
    });
    expect(ok(applyAction(order, 'expire', {}, SYSTEM_ACTOR, T0 + 15 * MINUTE))).toMatchObject({
      status: 'cancelled',
      cancel: { by: 'system', reasonCode: 'accept_timeout' },
      refund: { status: 'approved' },
    });
  });

  it('an unpaid order expires at 15 minutes with nothing to refund', () => {
    const order = orderIn('created');
    expect(applyAction(order, 'expire', {}, SYSTEM_ACTOR, T0 + 15 * MINUTE - 1000).ok).toBe(false);
    const expired = ok(applyAction(order, 'expire', {}, SYSTEM_ACTOR, T0 + 15 * MINUTE));
    expect(expired).toMatchObject({ cancel: { reasonCode: 'unpaid_timeout' } });
    expect(expired.refund).toBeUndefined();
  });

  it('a delivery completes 24 h later, or at once when its follow-up is done', () => {
    const delivered = orderIn('delivered'); // delivered T0+40
    const dayLater = T0 + 40 * MINUTE + DAY;
    expect(applyAction(delivered, 'complete', {}, SYSTEM_ACTOR, dayLater - 1000)).toMatchObject({
      refusal: { rule: 'not_due' },
    });
    expect(applyAction(delivered, 'complete', {}, SYSTEM_ACTOR, dayLater).ok).toBe(true);
    const followed = ok(
      applyAction(
        delivered,
        'record_follow_up',
        { outcome: 'improved' },
        ACTORS['MED+rx'],
        T0 + 120 * MINUTE,
      ),
    );
    expect(followed.followUp).toEqual({
      dueAt: at(40 + 24 * 60),
      doneAt: at(120),
      outcome: 'improved',
      by: 'usr_med_rx',
    });
    expect(settle(followed, T0 + 120 * MINUTE)).toMatchObject({
      applied: ['complete'],
      order: { status: 'completed' },
    });
    expect(
      applyAction(followed, 'record_follow_up', { outcome: 'improved' }, ACTORS['MED+rx'], NOW),
    ).toMatchObject({
      refusal: { rule: 'follow_up_done' },
    });
  });

  it('payment sets the promise: 30 min within 3 km, 45 within 5 km, 120 beyond', () => {
    for (const [km, minutes] of [
      [3, 30],
      [3.1, 45],
      [5, 45],
      [8, 120],
    ] as const)
      expect(
        ok(applyAction(orderIn('created', { distanceKm: km }), 'pay', {}, SYSTEM_ACTOR, T0)).timers
          .promisedAt,
      ).toBe(at(minutes));
  });

  it('a paid order is routed at once: Rx to review, others straight to the store', () => {
    const rx = settle(ok(applyAction(orderIn('created'), 'pay', {}, SYSTEM_ACTOR, T0)), T0);
    expect(rx.order).toMatchObject({ status: 'rx_review', rx: { status: 'under_review' } });
    const otc = settle(
      ok(applyAction(orderIn('created', { hasRx: false }), 'pay', {}, SYSTEM_ACTOR, T0)),
      T0,
    );
    expect(otc.order).toMatchObject({ status: 'awaiting_acceptance', timers: { awaitingSince: at(0) } });
  });
});

describe('allowedActions', () => {
  it("lists what the caller may send now, from the caller's point of view", () => {
    expect(allowedActions(orderIn('rx_review'), ACTORS['PHA+rx'])).toEqual(['approve_rx', 'reject_rx']);
    expect(allowedActions(orderIn('rx_review'), partner)).toEqual([]);
    expect(allowedActions(orderIn('awaiting_acceptance'), partner, { store: STORE })).toEqual([
      'cancel',
      'accept',
    ]);
    expect(
      allowedActions(orderIn('awaiting_acceptance'), partner, {
        store: { status: 'paused', hasColdChain: true },
      }),
    ).toEqual(['cancel']);
    expect(allowedActions(orderIn('delivering'), ACTORS.MED)).toEqual([
      'fail_delivery',
      'request_cancel',
      'log_temperature',
    ]);
    expect(allowedActions(orderIn('delivered'), ACTORS.AUD)).toEqual([]);
  });

  it('drops the refund request once the 7-day window has closed', () => {
    const delivered = orderIn('completed');
    expect(allowedActions(delivered, ops, { now: T0 + 2 * DAY })).toContain('request_refund');
    expect(allowedActions(delivered, ops, { now: T0 + 8 * DAY })).not.toContain('request_refund');
  });
});
