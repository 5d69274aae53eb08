import { z } from 'zod';
import {
  isoDateTimeSchema,
  listQuerySchema,
  localizedTextSchema,
  multiEnumSchema,
  pageSchema,
  queryBooleanSchema,
  sortSchema,
} from '../common';
import { roleSchema } from '../auth/roles';

/** DOMAIN.md §2.1 */
export const STORE_STATUSES = ['online', 'paused', 'offline'] as const;
export const storeSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  name: localizedTextSchema,
  address: localizedTextSchema,
  geo: z.object({ lat: z.number(), lng: z.number() }),
  deliveryRadiusKm: z.number().min(0).max(5),
  businessHours: z.string(),
  is24h: z.boolean(),
  hasColdChain: z.boolean(),
  drugLicenseNo: z.string(),
  pharmacistsOnDuty: z.number().int().min(0),
  status: z.enum(STORE_STATUSES),
  version: z.number().int().min(0),
});
export type Store = z.infer<typeof storeSchema>;
export const storeListSchema = z.object({ items: z.array(storeSchema) });

/** DOMAIN.md §2.2 */
export const ORDER_STATUSES = [
  'created',
  'paid',
  'rx_review',
  'awaiting_acceptance',
  'accepted',
  'picking',
  'ready_for_pickup',
  'rider_assigned',
  'delivering',
  'delivered',
  'completed',
  'delivery_failed',
  'returned',
  'cancel_requested',
  'cancelled',
  'refund_requested',
  'refunded',
  'refund_rejected',
] as const;
export const orderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const orderHistoryEntrySchema = z.object({
  from: orderStatusSchema,
  to: orderStatusSchema,
  at: isoDateTimeSchema,
  actorId: z.string(),
  actorRole: roleSchema.or(z.literal('system')),
  reason: z.string().optional(),
});

export const orderSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  storeId: z.string(),
  /** Masked per DOMAIN.md §6.4; partners get a virtual phone number (§2.4). */
  patient: z.object({ name: localizedTextSchema, phone: z.string() }),
  /** Masked to district level unless the caller may see the full address (§2.4). */
  address: localizedTextSchema,
  distanceKm: z.number().min(0),
  items: z.array(
    z.object({
      skuId: z.string(),
      name: localizedTextSchema,
      qty: z.number().int().min(1),
      unitPrice: z.number().int(),
    }),
  ),
  hasRx: z.boolean(),
  hasColdChain: z.boolean(),
  rxId: z.string().optional(),
  status: orderStatusSchema,
  amounts: z.object({
    goods: z.number().int(),
    delivery: z.number().int(),
    discount: z.number().int(),
    insurerPays: z.number().int(),
    patientPays: z.number().int(),
  }),
  payment: z.enum(['self', 'medical_insurance', 'insurer_direct']),
  timers: z.object({
    paidAt: isoDateTimeSchema,
    promisedAt: isoDateTimeSchema,
    rxApprovedAt: isoDateTimeSchema.optional(),
    acceptedAt: isoDateTimeSchema.optional(),
    deliveredAt: isoDateTimeSchema.optional(),
  }),
  history: z.array(orderHistoryEntrySchema),
  version: z.number().int().min(0),
});
export type Order = z.infer<typeof orderSchema>;

export const ORDER_SORT_FIELDS = ['paidAt', 'promisedAt', 'patientPays', 'status'] as const;
export const orderListQuerySchema = listQuerySchema.extend({
  sort: sortSchema(ORDER_SORT_FIELDS),
  status: multiEnumSchema(ORDER_STATUSES),
  storeId: z.string().optional(),
  hasRx: queryBooleanSchema,
  hasColdChain: queryBooleanSchema,
});
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;
export const orderPageSchema = pageSchema(orderSchema);

/** POST /pharmacy/stores/:id/pause (reason required) and …/resume with versionedCommandSchema: a paused store takes no new orders. */
export const STORE_ACTIONS = ['pause', 'resume'] as const;
export type StoreAction = (typeof STORE_ACTIONS)[number];
