import { http } from 'msw';
import { z } from 'zod';
import { maskAddress, maskName, maskPhone, toIsoCst, versionedCommandSchema } from '@careops/domain';
import { can, canSee, type User } from '@careops/domain/auth';
import {
  ALL_DAY_HOURS,
  BOARD_COLUMNS,
  ORDER_ACTIONS,
  PII_REVEAL_SECONDS,
  STORE_ACTIONS,
  allowedActions,
  applyAction,
  computeKpis,
  kpiQuerySchema,
  kpiResponseSchema,
  orderBoardQuerySchema,
  orderBoardSchema,
  orderListQuerySchema,
  orderPageSchema,
  orderSchema,
  orderSla,
  piiRevealRequestSchema,
  piiRevealSchema,
  seesPrescriber,
  seesRxDiagnosis,
  settle,
  skuListQuerySchema,
  skuPageSchema,
  storeListSchema,
  storePatchSchema,
  storeSchema,
  urgencySeconds,
  type Order,
  type OrderAction,
  type OrderSla,
  type OrderStatus,
  type Refusal,
  type SlaLevel,
  type Store,
} from '@careops/domain/pharmacy';
import type { OrderRecord } from '../seed/pharmacy';
import { formatAddress } from '../seed/names';
import type { Database } from '../db/database';
import { endpoint, inScope, type Server } from '../http/endpoint';
import { HttpError, badRequest, conflict, forbidden, invalidTransition, notFound } from '../http/errors';
import { writeAudit } from '../http/audit';
import { listPage } from '../http/list';

const DAY = 86_400_000;

/** A cold-chain order is in the store's or rider's hands until it is delivered. */
const COLD_CHAIN_CUSTODY: readonly OrderStatus[] = [
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

/** While a partner handles the delivery it sees the full address, and may reveal the patient's contact (§2.4, §6.4). */
const DELIVERY_WINDOW: readonly OrderStatus[] = [
  'accepted',
  'picking',
  'ready_for_pickup',
  'rider_assigned',
  'delivering',
];

/** An order as this caller may see it (DOMAIN.md §2.4, §6.4), with its timers at the server's time. */
export function presentOrder(order: OrderRecord, user: User, now: number, store?: Store): Order {
  const { patient, address, rx, ...rest } = order;
  const partner = user.role === 'PHA';
  const masked = (locale: 'zh-CN' | 'en-US') =>
    maskAddress({
      province: address.province[locale],
      city: address.city[locale],
      district: address.district[locale],
    });
  let shownRx = rx;
  if (rx) {
    const { prescriberId, diagnosis, ...kept } = rx;
    shownRx = {
      ...kept,
      ...(prescriberId && seesPrescriber(user) ? { prescriberId } : {}),
      ...(diagnosis && seesRxDiagnosis(user) ? { diagnosis } : {}),
    };
  }
  return {
    ...rest,
    ...(shownRx ? { rx: shownRx } : {}),
    patient: {
      name: { 'zh-CN': maskName(patient.name['zh-CN']), 'en-US': maskName(patient.name['en-US']) },
      phone: partner ? patient.virtualPhone : maskPhone(patient.phone),
    },
    address:
      partner && DELIVERY_WINDOW.includes(order.status)
        ? { 'zh-CN': formatAddress(address, 'zh-CN'), 'en-US': formatAddress(address, 'en-US') }
        : { 'zh-CN': masked('zh-CN'), 'en-US': masked('en-US') },
    sla: orderSla(order, now),
    allowedActions: allowedActions(order, user, { now, ...(store ? { store } : {}) }),
  };
}

/** The SLA filter's `breach` covers `severe` too. */
const matchesSla = (level: SlaLevel | null, wanted: readonly string[]) =>
  level !== null && (wanted.includes(level) || (level === 'severe' && wanted.includes('breach')));

/** Refusals of the state machine as the API answers them (ARCHITECTURE.md §4). */
function refused(refusal: Refusal, from: OrderStatus, action: OrderAction): HttpError {
  switch (refusal.code) {
    case 'FORBIDDEN':
      return forbidden(refusal.reason);
    case 'INVALID_INPUT':
      return badRequest(refusal.fieldErrors, refusal.reason);
    case 'INVALID_TRANSITION':
      return invalidTransition(from, action);
    case 'RULE':
      return new HttpError(409, 'INVALID_TRANSITION', refusal.reason, undefined, {
        from,
        action,
        rule: refusal.rule,
      });
  }
}

function findOrder(db: Database, user: User, id: string | undefined): OrderRecord {
  const order = db.orders.get(id ?? '');
  // Out of scope answers exactly like missing (DOMAIN.md §6.3).
  if (!order || !inScope(user, order.orgId, order.storeId)) throw notFound('Order');
  return order;
}

function findStore(db: Database, user: User, id: string | undefined): Store {
  const store = db.stores.get(id ?? '');
  if (!store || !inScope(user, store.orgId, store.id)) throw notFound('Store');
  return store;
}

export function pharmacyHandlers(server: Server, api: string) {
  const { db } = server;
  const scopedOrders = (user: User) => db.orders.all().filter((o) => inScope(user, o.orgId, o.storeId));
  const present = (order: OrderRecord, user: User, now: number) =>
    presentOrder(order, user, now, db.stores.get(order.storeId));
  const seesStores = (u: User) => can(u, 'order.view') || canSee(u, 'store.manage');

  return [
    http.get(
      `${api}/pharmacy/stores`,
      endpoint(
        server,
        { permission: seesStores, action: 'store.view', response: storeListSchema },
        ({ user }) => ({ items: db.stores.all().filter((s) => inScope(user, s.orgId, s.id)) }),
      ),
    ),

    http.get(
      `${api}/pharmacy/stores/:id`,
      endpoint(
        server,
        { permission: seesStores, action: 'store.view', response: storeSchema },
        ({ user, params }) => findStore(db, user, params.id),
      ),
    ),

    http.patch(
      `${api}/pharmacy/stores/:id`,
      endpoint(
        server,
        { permission: 'store.manage', action: 'store.manage', body: storePatchSchema, response: storeSchema },
        ({ user, params, body, requestId }) => {
          const store = findStore(db, user, params.id);
          if (body.version !== store.version)
            throw conflict('The store was changed by someone else.', { current: store });
          const { version: _, ...edits } = body;
          // Cold-chain orders go only to cold-chain stores (§2.2): a store still holding some keeps it.
          if (edits.hasColdChain === false && store.hasColdChain) {
            const open = db.orders
              .all()
              .filter(
                (o) => o.storeId === store.id && o.hasColdChain && COLD_CHAIN_CUSTODY.includes(o.status),
              );
            if (open.length > 0) {
              const message = `The store still has ${open.length} open cold-chain order(s); it keeps its cold chain until they are delivered or cancelled.`;
              throw badRequest({ hasColdChain: [message] }, message);
            }
          }
          const next = db.stores.put({
            ...store,
            ...edits,
            ...(edits.businessHours ? { is24h: edits.businessHours === ALL_DAY_HOURS } : {}),
            version: store.version + 1,
          });
          const fields = Object.keys(edits) as (keyof typeof edits)[];
          writeAudit(db, {
            actor: user,
            action: 'store.update',
            resource: { type: 'store', id: store.id, orgId: store.orgId },
            result: 'success',
            requestId,
            before: { ...Object.fromEntries(fields.map((f) => [f, store[f]])), version: store.version },
            after: { ...Object.fromEntries(fields.map((f) => [f, next[f]])), version: next.version },
          });
          return next;
        },
      ),
    ),

    http.post(
      `${api}/pharmacy/stores/:id/:action`,
      endpoint(
        server,
        {
          permission: 'store.manage',
          action: 'store.manage',
          body: versionedCommandSchema,
          response: storeSchema,
        },
        ({ user, params, body, requestId }) => {
          const action = STORE_ACTIONS.find((a) => a === params.action);
          if (!action) throw notFound('Store');
          const store = findStore(db, user, params.id);
          // Optimistic concurrency: a write based on an old version never overwrites a newer one.
          if (body.version !== store.version)
            throw conflict('The store was changed by someone else.', { current: store });
          if (action === 'pause' && !body.reason) throw badRequest({ reason: ['required'] });
          const [from, to] =
            action === 'pause' ? (['online', 'paused'] as const) : (['paused', 'online'] as const);
          if (store.status !== from) throw invalidTransition(store.status, action);
          const next = db.stores.put({ ...store, status: to, version: store.version + 1 });
          writeAudit(db, {
            actor: user,
            action: `store.${action}`,
            resource: { type: 'store', id: store.id, orgId: store.orgId },
            result: 'success',
            requestId,
            before: { status: store.status, version: store.version },
            after: { status: next.status, version: next.version },
            ...(body.reason ? { reason: body.reason } : {}),
          });
          return next;
        },
      ),
    ),

    http.get(
      `${api}/pharmacy/skus`,
      endpoint(
        server,
        { permission: seesStores, action: 'sku.view', query: skuListQuerySchema, response: skuPageSchema },
        ({ query }) =>
          listPage(db.skus.all(), query, {
            search: (s) => [
              s.id,
              s.genericName['zh-CN'],
              s.genericName['en-US'],
              s.brandName['zh-CN'],
              s.brandName['en-US'],
              s.approvalNo,
            ],
            filters: [
              query.category && ((s) => query.category?.includes(s.category) ?? true),
              query.coldChain !== undefined ? (s) => s.coldChain === query.coldChain : undefined,
              query.specialControl !== undefined
                ? (s) => s.specialControl === query.specialControl
                : undefined,
            ],
            sortBy: { id: (s) => s.id, category: (s) => s.category, price: (s) => s.price },
            defaultSort: 'id:asc',
          }),
      ),
    ),

    http.get(
      `${api}/pharmacy/orders`,
      endpoint(
        server,
        {
          permission: 'order.view',
          action: 'order.view',
          query: orderListQuerySchema,
          response: orderPageSchema,
        },
        ({ user, query }) => {
          const now = db.now();
          // Timers are computed once per row and request, only when the query needs them.
          const slas = new Map<string, OrderSla>();
          const sla = (o: OrderRecord) => {
            let s = slas.get(o.id);
            if (!s) slas.set(o.id, (s = orderSla(o, now)));
            return s;
          };
          const from = query.from ? Date.parse(query.from) : undefined;
          const to = query.to ? Date.parse(query.to) : undefined;
          const paid = (o: OrderRecord) => (o.timers.paidAt ? Date.parse(o.timers.paidAt) : undefined);
          const page = listPage(scopedOrders(user), query, {
            search: (o) => [o.id, o.rxId ?? ''],
            filters: [
              query.status && ((o) => query.status?.includes(o.status) ?? true),
              query.storeId !== undefined ? (o) => o.storeId === query.storeId : undefined,
              query.hasRx !== undefined ? (o) => o.hasRx === query.hasRx : undefined,
              query.hasColdChain !== undefined ? (o) => o.hasColdChain === query.hasColdChain : undefined,
              from !== undefined ? (o) => (paid(o) ?? -Infinity) >= from : undefined,
              to !== undefined ? (o) => (paid(o) ?? Infinity) < to : undefined,
              query.sla && ((o) => matchesSla(sla(o).level, query.sla ?? [])),
            ],
            sortBy: {
              paidAt: (o) => o.timers.paidAt,
              createdAt: (o) => o.timers.createdAt,
              promisedAt: (o) => o.timers.promisedAt,
              patientPays: (o) => o.amounts.patientPays,
              status: (o) => o.status,
              urgency: (o) => urgencySeconds(sla(o)),
            },
            defaultSort: 'paidAt:desc',
          });
          return { ...page, items: page.items.map((o) => present(o, user, now)) };
        },
      ),
    ),

    http.get(
      `${api}/pharmacy/orders/board`,
      endpoint(
        server,
        {
          permission: 'order.view',
          action: 'order.view',
          query: orderBoardQuerySchema,
          response: orderBoardSchema,
        },
        ({ user, query }) => {
          const now = db.now();
          const live = scopedOrders(user).filter(
            (o) =>
              (BOARD_COLUMNS as readonly OrderStatus[]).includes(o.status) &&
              (query.storeId === undefined || o.storeId === query.storeId),
          );
          const columns = BOARD_COLUMNS.map((status) => {
            const rows = live
              .filter((o) => o.status === status)
              .map((o) => {
                const sla = orderSla(o, now);
                return { o, level: sla.level, urgency: urgencySeconds(sla) };
              })
              // Most urgent first: least time left; orders without a running timer after, oldest first.
              .sort(
                (a, b) =>
                  (a.urgency ?? Infinity) - (b.urgency ?? Infinity) ||
                  (a.o.timers.paidAt ?? '').localeCompare(b.o.timers.paidAt ?? ''),
              );
            const sla = { normal: 0, warn: 0, breach: 0, severe: 0 };
            // An order with no running timer has nothing overdue: it counts as normal.
            for (const r of rows) sla[r.level ?? 'normal']++;
            return {
              status,
              count: rows.length,
              sla,
              items: rows.slice(0, query.limit).map((r) => present(r.o, user, now)),
            };
          });
          return { at: toIsoCst(now), columns };
        },
      ),
    ),

    http.get(
      `${api}/pharmacy/orders/:id`,
      endpoint(
        server,
        { permission: 'order.view', action: 'order.view', query: z.object({}), response: orderSchema },
        ({ user, params }) => present(findOrder(db, user, params.id), user, db.now()),
      ),
    ),

    http.post(
      `${api}/pharmacy/orders/:id/reveal`,
      endpoint(
        server,
        {
          permission: 'pii.reveal',
          action: 'pii.reveal',
          body: piiRevealRequestSchema,
          response: piiRevealSchema,
        },
        ({ user, params, body, requestId }) => {
          const order = findOrder(db, user, params.id);
          const resource = { type: 'order', id: order.id, orgId: order.orgId };
          if (user.role === 'PHA' && !DELIVERY_WINDOW.includes(order.status)) {
            writeAudit(db, {
              actor: user,
              action: 'pii.reveal',
              resource,
              result: 'denied',
              requestId,
              reason: body.reason,
            });
            throw forbidden('A partner may reveal contact details only while it handles the delivery.');
          }
          const now = db.now();
          writeAudit(db, {
            actor: user,
            action: 'pii.reveal',
            resource,
            result: 'success',
            requestId,
            reason: body.reason,
            piiFields: ['patient.name', 'patient.phone', 'address'],
          });
          return {
            name: order.patient.name,
            phone: order.patient.phone,
            address: {
              'zh-CN': formatAddress(order.address, 'zh-CN'),
              'en-US': formatAddress(order.address, 'en-US'),
            },
            expiresAt: toIsoCst(now + PII_REVEAL_SECONDS * 1000),
          };
        },
      ),
    ),

    http.post(
      `${api}/pharmacy/orders/:id/:action`,
      endpoint(
        server,
        {
          permission: 'order.view',
          action: 'order.command',
          // The action's own fields are checked by the state machine (ORDER_ACTION_INPUTS).
          body: versionedCommandSchema.loose(),
          response: orderSchema,
        },
        ({ user, params, body, requestId }) => {
          const action = ORDER_ACTIONS.find((a) => a === params.action);
          if (!action) throw notFound('Order action');
          const order = findOrder(db, user, params.id);
          const store = db.stores.get(order.storeId);
          const now = db.now();
          if (body.version !== order.version)
            throw conflict('The order was changed by someone else.', {
              current: presentOrder(order, user, now, store),
            });
          const result = applyAction(order, action, body, user, now, store ? { store } : {});
          const resource = { type: 'order', id: order.id, orgId: order.orgId };
          if (!result.ok) {
            if (result.refusal.code === 'FORBIDDEN')
              writeAudit(db, {
                actor: user,
                action: `order.${action}`,
                resource,
                result: 'denied',
                requestId,
                reason: result.refusal.reason,
              });
            throw refused(result.refusal, order.status, action);
          }
          // The platform's immediate reactions (routing, refund payout, completion) happen in the same write.
          const { order: next, applied } = settle(result.order, now);
          db.orders.put(next);
          writeAudit(db, {
            actor: user,
            action: `order.${action}`,
            resource,
            result: 'success',
            requestId,
            ...(body.reason ? { reason: body.reason } : {}),
            before: { status: order.status, version: order.version },
            after: {
              status: next.status,
              version: next.version,
              ...(applied.length ? { followedBy: applied } : {}),
              ...(next.refund && next.refund !== order.refund
                ? { refund: { status: next.refund.status, amount: next.refund.amount } }
                : {}),
            },
          });
          return presentOrder(next, user, now, store);
        },
      ),
    ),

    http.get(
      `${api}/pharmacy/kpis`,
      endpoint(
        server,
        {
          permission: 'order.view',
          action: 'order.view',
          query: kpiQuerySchema,
          response: kpiResponseSchema,
        },
        ({ user, query }) => {
          const now = db.now();
          const to = query.to ? Date.parse(query.to) : now;
          const from = query.from ? Date.parse(query.from) : to - 7 * DAY;
          // Aggregates see in-scope rows only (DOMAIN.md §6.3); nothing here is broken down by doctor.
          const rows = scopedOrders(user).filter(
            (o) => query.storeId === undefined || o.storeId === query.storeId,
          );
          return {
            from: toIsoCst(from),
            to: toIsoCst(to),
            ...(query.storeId ? { storeId: query.storeId } : {}),
            ...computeKpis(rows, { from, to, now }),
          };
        },
      ),
    ),
  ];
}
