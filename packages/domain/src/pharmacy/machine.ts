import { ORDER_LIMITS } from './limits';
import type { z } from 'zod';
import { toFieldErrors, toIsoCst } from '../common';
import { CONDITIONS, can, needsReason, type Permission } from '../auth/permissions';
import { ROLES, type Role, type UserAttributes } from '../auth/roles';
import {
  COLD_CHAIN_RANGE_C,
  ORDER_ACTIONS,
  ORDER_ACTION_INPUTS,
  type ActorRole,
  type CancelReasonCode,
  type ColdChainStage,
  type OrderAction,
  type OrderHistoryEntry,
  type OrderState,
  type OrderStatus,
  type Party,
  type RefundReasonCode,
  type Store,
} from './schemas';

const MINUTE = 60_000;

/** Whoever sends a command: a console user, the platform, or the patient (consumer app). */
export interface OrderActor {
  id: string;
  role: ActorRole;
  attributes?: UserAttributes;
}
export const SYSTEM_ACTOR: OrderActor = { id: 'system', role: 'system' };
export const PATIENT_ACTOR: OrderActor = { id: 'patient', role: 'patient' };

function isRole(role: ActorRole): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

/** "Ops" in DOMAIN.md's state machines is ADM or MED; the partner is the pharmacy (PHA). */
export function partyOf(role: ActorRole): Party | undefined {
  switch (role) {
    case 'system':
    case 'patient':
      return role;
    case 'ADM':
    case 'MED':
      return 'ops';
    case 'PHA':
      return 'partner';
    default:
      return undefined;
  }
}

export interface OrderTransition {
  action: OrderAction;
  from: readonly OrderStatus[];
  /** Every status the action can lead to from there (the input or the order decides which). */
  to: readonly OrderStatus[];
  by: readonly Party[];
  /** The §6.2 permission a console user needs (the system and the patient need none). */
  permission?: Permission;
}

const AFTER_ACCEPT = ['accepted', 'picking', 'ready_for_pickup', 'rider_assigned', 'delivering'] as const;

/**
 * DOMAIN.md §2.2 as data: at most one row per (action, from-status). Rows whose `to`
 * includes a from-status record data without changing the status (temperature log,
 * exception, follow-up); every status change appends to `history`.
 */
export const ORDER_TRANSITIONS: readonly OrderTransition[] = [
  { action: 'pay', from: ['created'], to: ['paid'], by: ['system'] },
  { action: 'queue', from: ['paid'], to: ['rx_review', 'awaiting_acceptance'], by: ['system'] },
  { action: 'expire', from: ['created', 'awaiting_acceptance'], to: ['cancelled'], by: ['system'] },
  {
    action: 'approve_rx',
    from: ['rx_review'],
    to: ['awaiting_acceptance'],
    by: ['ops', 'partner'],
    permission: 'rx.review',
  },
  {
    action: 'reject_rx',
    from: ['rx_review'],
    to: ['cancelled'],
    by: ['ops', 'partner'],
    permission: 'rx.review',
  },
  {
    action: 'cancel',
    from: ['created', 'paid', 'rx_review'],
    to: ['cancelled'],
    by: ['patient', 'ops'],
    permission: 'order.cancel',
  },
  {
    action: 'cancel',
    from: ['awaiting_acceptance'],
    to: ['cancelled'],
    by: ['patient', 'ops', 'partner'],
    permission: 'order.cancel',
  },
  {
    action: 'accept',
    from: ['awaiting_acceptance'],
    to: ['accepted'],
    by: ['partner', 'ops'],
    permission: 'order.accept',
  },
  {
    action: 'start_picking',
    from: ['accepted'],
    to: ['picking'],
    by: ['partner', 'ops'],
    permission: 'order.pick',
  },
  {
    action: 'mark_ready',
    from: ['picking'],
    to: ['ready_for_pickup', 'cancelled'],
    by: ['partner', 'ops'],
    permission: 'order.ready',
  },
  {
    action: 'assign_rider',
    from: ['ready_for_pickup'],
    to: ['rider_assigned'],
    by: ['system', 'ops'],
    permission: 'order.exception',
  },
  {
    action: 'pick_up',
    from: ['rider_assigned'],
    to: ['delivering', 'cancelled'],
    by: ['system', 'partner', 'ops'],
    permission: 'order.handover',
  },
  {
    action: 'deliver',
    from: ['delivering'],
    to: ['delivered', 'cancelled'],
    by: ['system', 'partner', 'ops'],
    permission: 'order.handover',
  },
  {
    action: 'fail_delivery',
    from: ['delivering'],
    to: ['delivery_failed'],
    by: ['system', 'partner', 'ops'],
    permission: 'order.exception',
  },
  {
    action: 'return',
    from: ['delivery_failed'],
    to: ['returned'],
    by: ['system', 'partner', 'ops'],
    permission: 'order.exception',
  },
  {
    action: 'request_cancel',
    from: AFTER_ACCEPT,
    to: ['cancel_requested'],
    by: ['patient', 'ops'],
    permission: 'order.cancel',
  },
  {
    action: 'decide_cancel',
    from: ['cancel_requested'],
    to: ['cancelled', ...AFTER_ACCEPT],
    by: ['partner', 'ops'],
    permission: 'order.cancel',
  },
  {
    action: 'request_refund',
    from: ['delivered', 'completed'],
    to: ['refund_requested'],
    by: ['patient', 'ops'],
    permission: 'refund.decide',
  },
  {
    action: 'decide_refund',
    from: ['refund_requested'],
    to: ['refunded', 'refund_rejected'],
    by: ['partner', 'ops'],
    permission: 'refund.decide',
  },
  { action: 'refund', from: ['cancelled', 'returned'], to: ['refunded'], by: ['system'] },
  { action: 'complete', from: ['delivered'], to: ['completed'], by: ['system'] },
  {
    action: 'log_temperature',
    from: [...AFTER_ACCEPT, 'cancel_requested'],
    to: [...AFTER_ACCEPT, 'cancel_requested', 'cancelled'],
    by: ['system', 'partner', 'ops'],
    permission: 'order.exception',
  },
  {
    action: 'report_exception',
    from: ['accepted', 'picking', 'ready_for_pickup'],
    to: ['accepted', 'picking', 'ready_for_pickup'],
    by: ['system', 'partner', 'ops'],
    permission: 'order.exception',
  },
  {
    action: 'record_follow_up',
    from: ['delivered', 'completed'],
    to: ['delivered', 'completed'],
    by: ['ops', 'partner'],
    permission: 'rx.review',
  },
];

export type RuleId =
  | 'rx_not_approved'
  | 'rx_expired'
  | 'rx_used'
  | 'rx_unsigned'
  | 'rx_required'
  | 'rx_mismatch'
  | 'real_name_required'
  | 'special_control'
  | 'cold_chain_store'
  | 'no_gift'
  | 'out_of_radius'
  | 'unknown_sku'
  | 'store_not_online'
  | 'not_due'
  | 'refund_window'
  | 'nothing_to_refund'
  | 'not_cold_chain'
  | 'not_rx'
  | 'follow_up_done'
  | 'exception_type';

/** Why a command was refused; the API maps these to 409 / 403 / 409 / 400. */
export type Refusal =
  | { code: 'INVALID_TRANSITION'; reason: string }
  | { code: 'FORBIDDEN'; reason: string }
  | { code: 'RULE'; rule: RuleId; reason: string }
  | { code: 'INVALID_INPUT'; reason: string; fieldErrors: Record<string, string[]> };

export type ActionResult<O> = { ok: true; order: O } | { ok: false; refusal: Refusal };

/** What the machine needs to know about the store (acceptance needs it online, cold chain needs the fridge). */
export type StoreContext = Pick<Store, 'status' | 'hasColdChain'>;
export interface ActionContext {
  store?: StoreContext;
}

/** Parsed command input; the schemas have no transforms, so this is also what the caller sends. */
type ActionData<A extends OrderAction> = z.output<(typeof ORDER_ACTION_INPUTS)[A]>;

const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));
const rule = (id: RuleId, reason: string): Refusal => ({ code: 'RULE', rule: id, reason });
const invalid = (field: string, message: string): Refusal => ({
  code: 'INVALID_INPUT',
  reason: `${field}: ${message}`,
  fieldErrors: { [field]: [message] },
});

const ROWS = new Map(ORDER_ACTIONS.map((a) => [a, ORDER_TRANSITIONS.filter((t) => t.action === a)]));
function rowsOf(action: OrderAction): readonly OrderTransition[] {
  return ROWS.get(action) ?? [];
}

function mayAct(row: OrderTransition, actor: OrderActor): boolean {
  const party = partyOf(actor.role);
  if (!party || !row.by.includes(party)) return false;
  if (party === 'system' || party === 'patient') return true;
  if (!isRole(actor.role) || !row.permission) return false;
  return can({ role: actor.role, attributes: actor.attributes ?? {} }, row.permission);
}

function forbidden(action: OrderAction, actor: OrderActor, rows: readonly OrderTransition[]): Refusal {
  const party = partyOf(actor.role);
  const row = rows.find((r) => party && r.by.includes(party));
  const attributes = row?.permission ? CONDITIONS[row.permission]?.anyAttribute : undefined;
  if (row && attributes)
    return { code: 'FORBIDDEN', reason: `Only a user with ${attributes.join(' or ')} may ${action} orders.` };
  return { code: 'FORBIDDEN', reason: `A ${actor.role} user may not ${action} this order.` };
}

/** Rules that depend on the order, the store and the clock, not on the command's input. */
function stateRule(
  order: OrderState,
  action: OrderAction,
  now: number | undefined,
  ctx: ActionContext,
): Refusal | undefined {
  const t = order.timers;
  switch (action) {
    case 'expire': {
      const since = order.status === 'created' ? ms(t.createdAt) : ms(t.awaitingSince);
      const limit =
        order.status === 'created' ? ORDER_LIMITS.unpaidCancelMs : ORDER_LIMITS.acceptAutoCancelMs;
      if (now !== undefined && (since === undefined || now < since + limit))
        return rule(
          'not_due',
          `The order may expire only ${limit / MINUTE} minutes after it started waiting.`,
        );
      return undefined;
    }
    case 'approve_rx': {
      const rx = order.rx;
      if (!rx) return rule('not_rx', 'The order carries no prescription.');
      if (rx.usedByOrderId && rx.usedByOrderId !== order.id)
        return rule('rx_used', `Prescription ${rx.id} was already used by order ${rx.usedByOrderId}.`);
      if (!rx.signed) return rule('rx_unsigned', 'The prescription has no verified doctor signature.');
      if (now !== undefined && now > Date.parse(rx.expiresAt))
        return rule('rx_expired', `Prescription ${rx.id} expired at ${rx.expiresAt}.`);
      return undefined;
    }
    case 'accept': {
      // 先方后药: the prescription is approved (and bound to this order) before any drug is handed out.
      if (
        order.hasRx &&
        !(order.rx?.status === 'used' && order.rx.usedByOrderId === order.id && t.rxApprovedAt)
      )
        return rule(
          'rx_not_approved',
          'A prescription order is accepted only after a pharmacist approves it.',
        );
      if (ctx.store && ctx.store.status !== 'online')
        return rule('store_not_online', `The store is ${ctx.store.status}; it takes no orders.`);
      if (order.hasColdChain && ctx.store && !ctx.store.hasColdChain)
        return rule('cold_chain_store', 'Cold-chain goods are sold only by stores with cold-chain storage.');
      return undefined;
    }
    case 'request_refund': {
      const delivered = ms(t.deliveredAt);
      if (delivered === undefined) return rule('refund_window', 'The order was never delivered.');
      if (now !== undefined && now - delivered > ORDER_LIMITS.refundWindowMs)
        return rule('refund_window', 'Refunds can be requested up to 7 days after delivery.');
      return undefined;
    }
    case 'refund':
      return order.refund?.status === 'approved'
        ? undefined
        : rule('nothing_to_refund', 'No approved refund is waiting to be paid out.');
    case 'complete': {
      const delivered = ms(t.deliveredAt);
      const due =
        delivered !== undefined &&
        now !== undefined &&
        now >= delivered + ORDER_LIMITS.completeAfterDeliveryMs;
      if (now !== undefined && !due && !order.followUp?.doneAt)
        return rule('not_due', 'An order completes 24 hours after delivery or once its follow-up is done.');
      return undefined;
    }
    case 'log_temperature':
      return order.hasColdChain ? undefined : rule('not_cold_chain', 'The order has no cold-chain items.');
    case 'record_follow_up':
      if (!order.hasRx) return rule('not_rx', 'Only prescription orders are followed up.');
      if (order.followUp?.doneAt) return rule('follow_up_done', 'The follow-up is already recorded.');
      return undefined;
    default:
      return undefined;
  }
}

/** The checks that need no input: used by both `allowedActions` and `applyAction`. */
function check(
  order: OrderState,
  action: OrderAction,
  actor: OrderActor,
  now: number | undefined,
  ctx: ActionContext,
): { refusal: Refusal } | { row: OrderTransition } {
  const rows = rowsOf(action);
  const row = rows.find((r) => r.from.includes(order.status));
  if (!row || !mayAct(row, actor)) {
    if (!rows.some((r) => mayAct(r, actor))) return { refusal: forbidden(action, actor, rows) };
    if (!row)
      return {
        refusal: { code: 'INVALID_TRANSITION', reason: `Cannot ${action} an order that is ${order.status}.` },
      };
    return { refusal: forbidden(action, actor, [row]) };
  }
  const refusal = stateRule(order, action, now, ctx);
  return refusal ? { refusal } : { row };
}

/**
 * The commands this actor may send for the order now. Without `now`, rules on the
 * clock (time-outs, the refund window) are not applied.
 */
export function allowedActions(
  order: OrderState,
  actor: OrderActor,
  ctx: ActionContext & { now?: number } = {},
): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => 'row' in check(order, action, actor, ctx.now, ctx));
}

/** §2.3: promised 30 min within 3 km, 45 min within 5 km, a quoted ~2 h for a city-wide errand. */
export function promiseMinutes(distanceKm: number): number {
  return distanceKm <= 3 ? 30 : distanceKm <= 5 ? 45 : 120;
}

function inColdChainRange(tempC: number): boolean {
  return tempC >= COLD_CHAIN_RANGE_C.min && tempC <= COLD_CHAIN_RANGE_C.max;
}

/** The status an order left for cancel_requested: where a rejected cancellation returns. */
function statusBeforeCancelRequest(order: OrderState): OrderStatus | undefined {
  for (let i = order.history.length - 1; i >= 0; i--) {
    const entry = order.history[i];
    if (entry?.to === 'cancel_requested') return entry.from;
  }
  return undefined;
}

const STAGE_OF: Partial<Record<OrderAction, ColdChainStage>> = {
  mark_ready: 'pack',
  pick_up: 'pickup',
  deliver: 'handover',
};

/** What a command does: the status it leads to, the fields it changes, the reason the history keeps (default: the command's). */
interface Effect {
  to: OrderStatus;
  changes: Partial<OrderState>;
  reason?: string | undefined;
}

interface Step {
  order: OrderState;
  actor: OrderActor;
  party: Party;
  now: number;
  at: string;
  reason: string | undefined;
}

/** A paid order that is cancelled or returned gets its money back in full. */
function fullRefund(s: Step, reasonCode: RefundReasonCode): Partial<OrderState> {
  return s.order.timers.paidAt
    ? { refund: { amount: s.order.amounts.patientPays, reasonCode, status: 'approved', requestedAt: s.at } }
    : {};
}

function cancelEffect(
  s: Step,
  reasonCode: CancelReasonCode,
  extra: Partial<OrderState> = {},
  note?: string,
): Effect {
  return {
    to: 'cancelled',
    changes: {
      cancel: { by: s.party, reasonCode, at: s.at, ...(note ? { note } : {}) },
      ...fullRefund(s, 'order_cancelled'),
      ...extra,
    },
    reason: s.reason ?? reasonCode,
  };
}

/** Goods outside 2–8 °C are unusable: the order is cancelled and refunded, whatever was asked. */
function withTemperature(s: Step, stage: ColdChainStage, tempC: number, effect: Effect): Effect {
  const coldChainLog = [...s.order.coldChainLog, { at: s.at, tempC, stage }];
  if (inColdChainRange(tempC)) return { ...effect, changes: { ...effect.changes, coldChainLog } };
  return cancelEffect(s, 'cold_chain_excursion', {
    coldChainLog,
    exception: { type: 'cold_chain_excursion', at: s.at, note: `${tempC} °C at ${stage}` },
  });
}

const move = (to: OrderStatus, changes: Partial<OrderState> = {}, reason?: string): Effect => ({
  to,
  changes,
  reason,
});

/** A cold-chain step (pack, pickup, handover) also logs the temperature it was taken at. */
function effectOf(s: Step, action: OrderAction, data: ActionData<OrderAction>): Effect | Refusal {
  const effect = baseEffect(s, action, data);
  const stage = STAGE_OF[action];
  if (!stage || !s.order.hasColdChain || 'code' in effect) return effect;
  const { tempC } = data as ActionData<'mark_ready'>;
  if (tempC === undefined) return invalid('tempC', 'required for cold-chain orders');
  return withTemperature(s, stage, tempC, effect);
}

function baseEffect(s: Step, action: OrderAction, data: ActionData<OrderAction>): Effect | Refusal {
  const { order, now, at } = s;
  const timers = order.timers;
  const promise = () => toIsoCst(now + promiseMinutes(order.distanceKm) * MINUTE);

  switch (action) {
    case 'pay':
      return move('paid', { timers: { ...timers, paidAt: at, promisedAt: promise() } });
    case 'queue':
      return order.hasRx
        ? move('rx_review', order.rx ? { rx: { ...order.rx, status: 'under_review' } } : {})
        : move('awaiting_acceptance', { timers: { ...timers, awaitingSince: at } });
    case 'expire':
      return cancelEffect(s, order.status === 'created' ? 'unpaid_timeout' : 'accept_timeout');
    case 'approve_rx': {
      if (!order.rx) return rule('not_rx', 'The order carries no prescription.');
      const { note } = data as ActionData<'approve_rx'>;
      return move(
        'awaiting_acceptance',
        {
          // Approved and bound to this order at once: one prescription, one order.
          rx: {
            ...order.rx,
            status: 'used',
            reviewerId: s.actor.id,
            reviewedAt: at,
            usedByOrderId: order.id,
          },
          timers: { ...timers, rxApprovedAt: at, awaitingSince: at, promisedAt: promise() },
        },
        s.reason ?? note,
      );
    }
    case 'reject_rx': {
      if (!order.rx) return rule('not_rx', 'The order carries no prescription.');
      const { reasonCode, note } = data as ActionData<'reject_rx'>;
      const rx = {
        ...order.rx,
        status: 'rejected' as const,
        reviewerId: s.actor.id,
        reviewedAt: at,
        rejectReason: { code: reasonCode, ...(note ? { note } : {}) },
      };
      return { ...cancelEffect(s, 'rx_rejected', { rx }), reason: s.reason ?? reasonCode };
    }
    case 'cancel': {
      const { reasonCode, note } = data as ActionData<'cancel'>;
      return cancelEffect(s, reasonCode, {}, note);
    }
    case 'accept':
      return move('accepted', { timers: { ...timers, acceptedAt: at } });
    case 'start_picking':
      return move('picking');
    case 'mark_ready':
      return move('ready_for_pickup', { timers: { ...timers, readyAt: at } });
    case 'assign_rider': {
      const { rider } = data as ActionData<'assign_rider'>;
      return move('rider_assigned', { rider, timers: { ...timers, riderAssignedAt: at } });
    }
    case 'pick_up':
      return move('delivering', { timers: { ...timers, pickedUpAt: at } });
    case 'deliver':
      return move('delivered', {
        timers: { ...timers, deliveredAt: at },
        ...(order.hasRx ? { followUp: { dueAt: toIsoCst(now + ORDER_LIMITS.followUpAfterDeliveryMs) } } : {}),
      });
    case 'fail_delivery': {
      const { type, note } = data as ActionData<'fail_delivery'>;
      return move(
        'delivery_failed',
        { exception: { type, at, ...(note ? { note } : {}) } },
        s.reason ?? type,
      );
    }
    case 'return':
      return move('returned', fullRefund(s, 'delivery_returned'));
    case 'request_cancel': {
      const { reasonCode } = data as ActionData<'request_cancel'>;
      return move(
        'cancel_requested',
        { cancelRequest: { by: s.party, reasonCode, at } },
        s.reason ?? reasonCode,
      );
    }
    case 'decide_cancel': {
      const { approve } = data as ActionData<'decide_cancel'>;
      if (!approve && !s.reason) return invalid('reason', 'required to reject');
      const request = order.cancelRequest;
      const decided = request && {
        cancelRequest: {
          ...request,
          decision: approve ? ('approved' as const) : ('rejected' as const),
          decidedBy: s.actor.id,
          decidedAt: at,
        },
      };
      if (approve)
        return cancelEffect({ ...s, party: request?.by ?? s.party }, request?.reasonCode ?? 'other', decided);
      const previous = statusBeforeCancelRequest(order);
      if (!previous) return { code: 'INVALID_TRANSITION', reason: 'The order has no status to return to.' };
      return move(previous, decided);
    }
    case 'request_refund': {
      const { reasonCode, amount } = data as ActionData<'request_refund'>;
      const paid = order.amounts.patientPays;
      if (amount !== undefined && amount > paid)
        return invalid('amount', `at most ${paid} (what the patient paid)`);
      return move(
        'refund_requested',
        { refund: { amount: amount ?? paid, reasonCode, status: 'requested', requestedAt: at } },
        s.reason ?? reasonCode,
      );
    }
    case 'decide_refund': {
      const { approve } = data as ActionData<'decide_refund'>;
      if (!approve && !s.reason) return invalid('reason', 'required to reject');
      const requested = order.refund ?? {
        amount: order.amounts.patientPays,
        reasonCode: 'quality_defect' as const,
        status: 'requested' as const,
        requestedAt: at,
      };
      const decision = { decidedBy: s.actor.id, decidedAt: at, ...(s.reason ? { reason: s.reason } : {}) };
      return approve
        ? move('refunded', { refund: { ...requested, ...decision, status: 'completed', completedAt: at } })
        : move('refund_rejected', { refund: { ...requested, ...decision, status: 'rejected' } });
    }
    case 'refund':
      return order.refund
        ? move('refunded', { refund: { ...order.refund, status: 'completed', completedAt: at } })
        : rule('nothing_to_refund', 'No approved refund is waiting to be paid out.');
    case 'complete':
      return move('completed');
    case 'log_temperature': {
      const { stage: logged, tempC } = data as ActionData<'log_temperature'>;
      return withTemperature(s, logged, tempC, move(order.status));
    }
    case 'report_exception': {
      const { type, note } = data as ActionData<'report_exception'>;
      if ((type === 'no_rider') !== (order.status === 'ready_for_pickup'))
        return rule(
          'exception_type',
          type === 'no_rider'
            ? 'No-rider is reported while an order waits for pickup.'
            : 'Out-of-stock is reported while the order is accepted or being picked.',
        );
      return move(order.status, { exception: { type, at, ...(note ? { note } : {}) } });
    }
    case 'record_follow_up': {
      const { outcome } = data as ActionData<'record_follow_up'>;
      return move(order.status, {
        followUp: { dueAt: order.followUp?.dueAt ?? at, doneAt: at, outcome, by: s.actor.id },
      });
    }
  }
}

/**
 * Applies one command. Order of checks: may this actor ever do it (FORBIDDEN) →
 * is it legal from this status (INVALID_TRANSITION) → may this actor do it from this
 * status (FORBIDDEN) → the order, store and clock (RULE) → the input (INVALID_INPUT).
 * A status change appends to the history; every command bumps the version. The result
 * keeps the caller's record type, so the server's record (with the real patient data)
 * goes through unchanged.
 */
export function applyAction<O extends OrderState>(
  order: O,
  action: OrderAction,
  input: unknown,
  actor: OrderActor,
  now: number,
  ctx: ActionContext = {},
): ActionResult<O> {
  const checked = check(order, action, actor, now, ctx);
  if ('refusal' in checked) return { ok: false, refusal: checked.refusal };
  const parsed = ORDER_ACTION_INPUTS[action].safeParse(input ?? {});
  if (!parsed.success)
    return {
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        reason: 'The command is not valid.',
        fieldErrors: toFieldErrors(parsed.error),
      },
    };
  const reason = parsed.data.reason;
  const permission = checked.row.permission;
  // Starred grants that need a reason (an admin standing in for the store): §6.2.
  if (isRole(actor.role) && permission && needsReason(actor.role, permission) && !reason)
    return { ok: false, refusal: invalid('reason', 'required') };

  const at = toIsoCst(now);
  const step: Step = { order, actor, party: partyOf(actor.role) ?? 'system', now, at, reason };
  const effect = effectOf(step, action, parsed.data);
  if ('code' in effect) return { ok: false, refusal: effect };
  let history = order.history;
  if (effect.to !== order.status) {
    const entry: OrderHistoryEntry = {
      from: order.status,
      to: effect.to,
      at,
      actorId: actor.id,
      actorRole: actor.role,
    };
    const why = effect.reason ?? reason;
    if (why) entry.reason = why;
    history = [...history, entry];
  }
  // One spread and an assign: a second spread in the literal is several times slower (10,000-order seed).
  const next: O = { ...order, status: effect.to, history, version: order.version + 1 };
  return { ok: true, order: Object.assign(next, effect.changes) };
}

/**
 * The platform's immediate reaction to a status: a paid order is routed, an approved
 * refund is paid out, a followed-up delivery completes. Time-outs are not immediate.
 */
export function pendingSystemAction(order: OrderState): OrderAction | undefined {
  if (order.status === 'paid') return 'queue';
  if ((order.status === 'cancelled' || order.status === 'returned') && order.refund?.status === 'approved')
    return 'refund';
  if (order.status === 'delivered' && order.followUp?.doneAt) return 'complete';
  return undefined;
}

/** Runs the system's immediate reactions until none is left. */
export function settle<O extends OrderState>(order: O, now: number): { order: O; applied: OrderAction[] } {
  let current = order;
  const applied: OrderAction[] = [];
  for (let action = pendingSystemAction(current); action; action = pendingSystemAction(current)) {
    const result = applyAction(current, action, {}, SYSTEM_ACTOR, now);
    if (!result.ok) break;
    current = result.order;
    applied.push(action);
  }
  return { order: current, applied };
}
