import { http } from 'msw';
import { z } from 'zod';
import { maskAddress, maskName, maskPhone, versionedCommandSchema } from '@careops/domain';
import { can, canSee, type User } from '@careops/domain/auth';
import {
  STORE_ACTIONS,
  storeSchema,
  orderListQuerySchema,
  orderPageSchema,
  orderSchema,
  storeListSchema,
  type Order,
  type OrderStatus,
} from '@careops/domain/pharmacy';
import type { OrderRecord } from '../seed/pharmacy';
import { endpoint, inScope, type Server } from '../http/endpoint';
import { badRequest, conflict, invalidTransition, notFound } from '../http/errors';
import { writeAudit } from '../http/audit';
import { listPage } from '../http/list';

/** While a partner handles the delivery it sees the full address (DOMAIN.md §2.4). */
const FULL_ADDRESS_STATUSES: readonly OrderStatus[] = [
  'accepted',
  'picking',
  'ready_for_pickup',
  'rider_assigned',
  'delivering',
];

/** An order as this caller may see it (DOMAIN.md §2.4, §6.4). */
export function presentOrder(order: OrderRecord, user: User): Order {
  const { patient, address, ...rest } = order;
  const partner = user.role === 'PHA';
  const fullAddress = partner && FULL_ADDRESS_STATUSES.includes(order.status);
  const masked = (locale: 'zh-CN' | 'en-US') =>
    maskAddress({
      province: address.province[locale],
      city: address.city[locale],
      district: address.district[locale],
    });
  return {
    ...rest,
    patient: {
      name: { 'zh-CN': maskName(patient.name['zh-CN']), 'en-US': maskName(patient.name['en-US']) },
      phone: partner ? patient.virtualPhone : maskPhone(patient.phone),
    },
    address: fullAddress
      ? {
          'zh-CN': `${address.province['zh-CN']}${address.city['zh-CN']}${address.district['zh-CN']}${address.detail['zh-CN']}`,
          'en-US': [
            address.detail['en-US'],
            address.district['en-US'],
            address.city['en-US'],
            address.province['en-US'],
          ]
            .filter(Boolean)
            .join(', '),
        }
      : { 'zh-CN': masked('zh-CN'), 'en-US': masked('en-US') },
  };
}

export function pharmacyHandlers(server: Server, api: string) {
  const { db } = server;
  const scopedOrders = (user: User) => db.orders.all().filter((o) => inScope(user, o.orgId, o.storeId));

  return [
    http.get(
      `${api}/pharmacy/stores`,
      endpoint(
        server,
        {
          permission: (u) => can(u, 'order.view') || canSee(u, 'store.manage'),
          action: 'store.view',
          response: storeListSchema,
        },
        ({ user }) => ({ items: db.stores.all().filter((s) => inScope(user, s.orgId, s.id)) }),
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
          const store = db.stores.get(params.id ?? '');
          if (!action || !store || !inScope(user, store.orgId, store.id)) throw notFound('Store');
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
          const page = listPage(scopedOrders(user), query, {
            search: (o) => [o.id, o.rxId ?? ''],
            filters: [
              query.status && ((o) => query.status?.includes(o.status) ?? true),
              query.storeId !== undefined ? (o) => o.storeId === query.storeId : undefined,
              query.hasRx !== undefined ? (o) => o.hasRx === query.hasRx : undefined,
              query.hasColdChain !== undefined ? (o) => o.hasColdChain === query.hasColdChain : undefined,
            ],
            sortBy: {
              paidAt: (o) => o.timers.paidAt,
              promisedAt: (o) => o.timers.promisedAt,
              patientPays: (o) => o.amounts.patientPays,
              status: (o) => o.status,
            },
            defaultSort: 'paidAt:desc',
          });
          return { ...page, items: page.items.map((o) => presentOrder(o, user)) };
        },
      ),
    ),

    http.get(
      `${api}/pharmacy/orders/:id`,
      endpoint(
        server,
        { permission: 'order.view', action: 'order.view', query: z.object({}), response: orderSchema },
        ({ user, params }) => {
          const order = db.orders.get(params.id ?? '');
          if (!order || !inScope(user, order.orgId, order.storeId)) throw notFound('Order');
          return presentOrder(order, user);
        },
      ),
    ),
  ];
}
