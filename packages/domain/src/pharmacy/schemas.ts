import { z } from 'zod';
import {
  isoDateTimeSchema,
  listQuerySchema,
  localizedTextSchema,
  multiEnumSchema,
  pageSchema,
  queryBooleanSchema,
  sortSchema,
  versionedCommandSchema,
} from '../common';
import { ROLES } from '../auth/roles';

/* ───────────────────────────── Stores (DOMAIN.md §2.1) ───────────────────────────── */

export const STORE_STATUSES = ['online', 'paused', 'offline'] as const;
export const MAX_DELIVERY_RADIUS_KM = 5;
/** "08:00-22:00"; a 24-hour store is "00:00-24:00". */
export const BUSINESS_HOURS_PATTERN = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const ALL_DAY_HOURS = '00:00-24:00';
const businessHoursSchema = z.string().regex(BUSINESS_HOURS_PATTERN, 'use HH:MM-HH:MM, e.g. 08:00-22:00');

export const storeSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  name: localizedTextSchema,
  address: localizedTextSchema,
  geo: z.object({ lat: z.number(), lng: z.number() }),
  deliveryRadiusKm: z.number().min(0).max(MAX_DELIVERY_RADIUS_KM),
  businessHours: businessHoursSchema,
  is24h: z.boolean(),
  hasColdChain: z.boolean(),
  drugLicenseNo: z.string(),
  pharmacistsOnDuty: z.number().int().min(0),
  status: z.enum(STORE_STATUSES),
  version: z.number().int().min(0),
});
export type Store = z.infer<typeof storeSchema>;
export const storeListSchema = z.object({ items: z.array(storeSchema) });

/** PATCH /pharmacy/stores/:id — only the fields a store manager may edit; is24h follows businessHours. */
export const storePatchSchema = z.object({
  version: z.number().int().min(0),
  businessHours: businessHoursSchema.optional(),
  deliveryRadiusKm: z.number().gt(0).max(MAX_DELIVERY_RADIUS_KM).optional(),
  hasColdChain: z.boolean().optional(),
});
export type StorePatch = z.infer<typeof storePatchSchema>;

/** POST /pharmacy/stores/:id/pause (reason required) and …/resume with versionedCommandSchema: a paused store takes no new orders. */
export const STORE_ACTIONS = ['pause', 'resume'] as const;
export type StoreAction = (typeof STORE_ACTIONS)[number];

/* ───────────────────────────── SKU catalogue ───────────────────────────── */

export const SKU_CATEGORIES = ['rx', 'otc_a', 'otc_b', 'device', 'health_food'] as const;
export const skuCategorySchema = z.enum(SKU_CATEGORIES);
export type SkuCategory = z.infer<typeof skuCategorySchema>;
export const DOSE_UNITS = ['mg', 'IU'] as const;

export const skuSchema = z.object({
  id: z.string(),
  genericName: localizedTextSchema,
  brandName: localizedTextSchema,
  spec: localizedTextSchema,
  /** 国药准字 / 国械注准 / 国食健注 number. */
  approvalNo: z.string(),
  category: skuCategorySchema,
  /** Stored and shipped at 2–8 °C. */
  coldChain: z.boolean(),
  /** Narcotic, psychotropic, toxic or radioactive: never sold online. */
  specialControl: z.boolean(),
  /** Active ingredient code, the key of the interaction table (e.g. "warfarin"). */
  ingredient: z.string(),
  /** List price per pack, fen. */
  price: z.number().int().min(0),
  /** Adult maximum daily dose, for the Rx dose check. */
  maxDailyDose: z.object({ amount: z.number().positive(), unit: z.enum(DOSE_UNITS) }).optional(),
});
export type Sku = z.infer<typeof skuSchema>;

export const SKU_SORT_FIELDS = ['id', 'category', 'price'] as const;
export const skuListQuerySchema = listQuerySchema.extend({
  sort: sortSchema(SKU_SORT_FIELDS),
  category: multiEnumSchema(SKU_CATEGORIES),
  coldChain: queryBooleanSchema,
  specialControl: queryBooleanSchema,
});
export const skuPageSchema = pageSchema(skuSchema);

/* ───────────────────────────── Prescriptions ───────────────────────────── */

export const RX_STATUSES = ['issued', 'under_review', 'approved', 'rejected', 'used', 'expired'] as const;
/** DOMAIN.md §2.5 */
export const RX_REJECT_CODES = [
  'dose_excess',
  'contraindication',
  'interaction',
  'not_follow_up',
  'missing_info',
  'minor_no_guardian',
] as const;
export const rxRejectCodeSchema = z.enum(RX_REJECT_CODES);
export type RxRejectCode = z.infer<typeof rxRejectCodeSchema>;

export const rxUsageSchema = z.object({
  /** Per take, in the SKU's dose unit (mg, IU). */
  dosePerTake: z.number().positive(),
  timesPerDay: z.number().int().min(1).max(6),
  days: z.number().int().min(1).max(90),
});
export type RxUsage = z.infer<typeof rxUsageSchema>;

export const RX_WARNING_KINDS = ['dose_excess', 'interaction', 'duplicate_ingredient'] as const;
export const rxWarningSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dose_excess'),
    skuIds: z.array(z.string()),
    dailyDose: z.number(),
    maxDailyDose: z.number(),
    unit: z.enum(DOSE_UNITS),
    message: localizedTextSchema,
  }),
  z.object({
    kind: z.literal('interaction'),
    skuIds: z.array(z.string()),
    ingredients: z.tuple([z.string(), z.string()]),
    severity: z.enum(['major', 'moderate']),
    message: localizedTextSchema,
  }),
  z.object({
    kind: z.literal('duplicate_ingredient'),
    skuIds: z.array(z.string()),
    ingredient: z.string(),
    message: localizedTextSchema,
  }),
]);
export type RxWarning = z.infer<typeof rxWarningSchema>;

export const prescriptionItemSchema = z.object({
  skuId: z.string(),
  qty: z.number().int().min(1),
  usage: rxUsageSchema,
});
export type PrescriptionItem = z.infer<typeof prescriptionItemSchema>;

/**
 * The prescription an Rx order is bought with (one Rx → one order). `prescriberId`
 * never reaches partners (no 统方); `diagnosis` only reaches those allowed to read it
 * (see `seesRxDiagnosis`).
 */
export const prescriptionSchema = z.object({
  id: z.string(),
  consultationId: z.string(),
  prescriberId: z.string().optional(),
  diagnosis: localizedTextSchema.optional(),
  items: z.array(prescriptionItemSchema).min(1),
  issuedAt: isoDateTimeSchema,
  /** ≤ issuedAt + 3 days. */
  expiresAt: isoDateTimeSchema,
  /** The treating doctor's e-signature verified (never AI-generated). */
  signed: z.boolean(),
  /** Evidence of an earlier offline diagnosis: no online first visits. */
  followUpEvidence: z.boolean(),
  patientAge: z.number().int().min(0).max(120),
  guardianPresent: z.boolean(),
  status: z.enum(RX_STATUSES),
  reviewerId: z.string().optional(),
  reviewedAt: isoDateTimeSchema.optional(),
  rejectReason: z.object({ code: rxRejectCodeSchema, note: z.string().optional() }).optional(),
  usedByOrderId: z.string().optional(),
  /** Dose and interaction checks, computed once from the items when the order is created. */
  warnings: z.array(rxWarningSchema),
});
export type Prescription = z.infer<typeof prescriptionSchema>;

/* ───────────────────────────── Orders (DOMAIN.md §2.1–2.2) ───────────────────────────── */

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

export const ORDER_ACTIONS = [
  'pay',
  'queue',
  'expire',
  'approve_rx',
  'reject_rx',
  'cancel',
  'accept',
  'start_picking',
  'mark_ready',
  'assign_rider',
  'pick_up',
  'deliver',
  'fail_delivery',
  'return',
  'request_cancel',
  'decide_cancel',
  'request_refund',
  'decide_refund',
  'refund',
  'complete',
  'log_temperature',
  'report_exception',
  'record_follow_up',
] as const;
export const orderActionSchema = z.enum(ORDER_ACTIONS);
export type OrderAction = z.infer<typeof orderActionSchema>;

/** Who acted: a console role, the platform itself, or the patient (consumer app). */
export const ACTOR_ROLES = [...ROLES, 'system', 'patient'] as const;
export const actorRoleSchema = z.enum(ACTOR_ROLES);
export type ActorRole = z.infer<typeof actorRoleSchema>;

export const orderHistoryEntrySchema = z.object({
  from: orderStatusSchema,
  to: orderStatusSchema,
  at: isoDateTimeSchema,
  actorId: z.string(),
  actorRole: actorRoleSchema,
  reason: z.string().optional(),
});
export type OrderHistoryEntry = z.infer<typeof orderHistoryEntrySchema>;

export const CANCEL_REASON_CODES = [
  'patient_request',
  'unpaid_timeout',
  'accept_timeout',
  'out_of_stock',
  'store_closed',
  'beyond_radius',
  'address_issue',
  'duplicate_order',
  'rx_rejected',
  'cold_chain_excursion',
  'other',
] as const;
export const cancelReasonCodeSchema = z.enum(CANCEL_REASON_CODES);
export type CancelReasonCode = z.infer<typeof cancelReasonCodeSchema>;

/** A refund after delivery is for quality issues only (DOMAIN.md §2.2). */
export const QUALITY_REFUND_REASONS = [
  'damaged',
  'wrong_item',
  'missing_item',
  'expired_product',
  'quality_defect',
  'cold_chain_breach',
] as const;
export const REFUND_REASON_CODES = [
  ...QUALITY_REFUND_REASONS,
  'order_cancelled',
  'delivery_returned',
] as const;
export const refundReasonCodeSchema = z.enum(REFUND_REASON_CODES);
export type RefundReasonCode = z.infer<typeof refundReasonCodeSchema>;
export const REFUND_STATUSES = ['requested', 'approved', 'rejected', 'completed'] as const;

export const EXCEPTION_TYPES = [
  'no_rider',
  'out_of_stock',
  'cold_chain_excursion',
  'refused',
  'unreachable',
] as const;
export const COLD_CHAIN_STAGES = ['pack', 'pickup', 'handover'] as const;
export const coldChainStageSchema = z.enum(COLD_CHAIN_STAGES);
export type ColdChainStage = z.infer<typeof coldChainStageSchema>;
/** Cold-chain goods must stay within 2–8 °C; any reading outside is an excursion. */
export const COLD_CHAIN_RANGE_C = { min: 2, max: 8 } as const;

export const PARTIES = ['system', 'patient', 'ops', 'partner'] as const;
export const partySchema = z.enum(PARTIES);
export type Party = z.infer<typeof partySchema>;

export const FOLLOW_UP_OUTCOMES = ['improved', 'no_change', 'adverse_reaction', 'unreachable'] as const;
export const PAYMENT_METHODS = ['self', 'medical_insurance', 'insurer_direct'] as const;

export const orderItemSchema = z.object({
  skuId: z.string(),
  name: localizedTextSchema,
  category: skuCategorySchema,
  coldChain: z.boolean(),
  qty: z.number().int().min(1),
  unitPrice: z.number().int().min(0),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const orderTimersSchema = z.object({
  createdAt: isoDateTimeSchema,
  paidAt: isoDateTimeSchema.optional(),
  rxApprovedAt: isoDateTimeSchema.optional(),
  awaitingSince: isoDateTimeSchema.optional(),
  acceptedAt: isoDateTimeSchema.optional(),
  readyAt: isoDateTimeSchema.optional(),
  riderAssignedAt: isoDateTimeSchema.optional(),
  pickedUpAt: isoDateTimeSchema.optional(),
  deliveredAt: isoDateTimeSchema.optional(),
  /** Set at payment, reset when the prescription is approved (§2.3). */
  promisedAt: isoDateTimeSchema.optional(),
});
export type OrderTimers = z.infer<typeof orderTimersSchema>;

export const riderSchema = z.object({ name: localizedTextSchema, virtualPhone: z.string().min(5).max(20) });
export const coldChainReadingSchema = z.object({
  at: isoDateTimeSchema,
  tempC: z.number(),
  stage: coldChainStageSchema,
});
export type ColdChainReading = z.infer<typeof coldChainReadingSchema>;

export const orderStateSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  storeId: z.string(),
  distanceKm: z.number().min(0),
  items: z.array(orderItemSchema).min(1),
  hasRx: z.boolean(),
  hasColdChain: z.boolean(),
  rxId: z.string().optional(),
  rx: prescriptionSchema.optional(),
  status: orderStatusSchema,
  amounts: z.object({
    goods: z.number().int(),
    delivery: z.number().int(),
    discount: z.number().int(),
    insurerPays: z.number().int(),
    patientPays: z.number().int(),
  }),
  payment: z.enum(PAYMENT_METHODS),
  timers: orderTimersSchema,
  rider: riderSchema.optional(),
  coldChainLog: z.array(coldChainReadingSchema),
  exception: z
    .object({ type: z.enum(EXCEPTION_TYPES), at: isoDateTimeSchema, note: z.string().optional() })
    .optional(),
  /** A cancellation asked for after acceptance, waiting for the partner's or ops' decision. */
  cancelRequest: z
    .object({
      by: partySchema,
      reasonCode: cancelReasonCodeSchema,
      at: isoDateTimeSchema,
      decision: z.enum(['approved', 'rejected']).optional(),
      decidedBy: z.string().optional(),
      decidedAt: isoDateTimeSchema.optional(),
    })
    .optional(),
  cancel: z
    .object({
      by: partySchema,
      reasonCode: cancelReasonCodeSchema,
      at: isoDateTimeSchema,
      note: z.string().optional(),
    })
    .optional(),
  refund: z
    .object({
      amount: z.number().int().min(0),
      reasonCode: refundReasonCodeSchema,
      status: z.enum(REFUND_STATUSES),
      requestedAt: isoDateTimeSchema,
      decidedBy: z.string().optional(),
      decidedAt: isoDateTimeSchema.optional(),
      /** The decider's reason; required to reject. */
      reason: z.string().optional(),
      completedAt: isoDateTimeSchema.optional(),
    })
    .optional(),
  /** 用药随访 for Rx orders: due 24 h after delivery. */
  followUp: z
    .object({
      dueAt: isoDateTimeSchema,
      doneAt: isoDateTimeSchema.optional(),
      outcome: z.enum(FOLLOW_UP_OUTCOMES).optional(),
      by: z.string().optional(),
    })
    .optional(),
  history: z.array(orderHistoryEntrySchema),
  version: z.number().int().min(0),
});
/** What the domain logic reads and writes; the patient's identity is the server's business. */
export type OrderState = z.infer<typeof orderStateSchema>;

/* ───────────────────────────── SLA (DOMAIN.md §2.3) ───────────────────────────── */

export const SLA_LEVELS = ['normal', 'warn', 'breach', 'severe'] as const;
export const slaLevelSchema = z.enum(SLA_LEVELS);
export type SlaLevel = z.infer<typeof slaLevelSchema>;
export const SLA_TIMERS = ['rx_review', 'accept', 'pick', 'rider_assign', 'delivery', 'follow_up'] as const;
export const slaTimerNameSchema = z.enum(SLA_TIMERS);
export type SlaTimerName = z.infer<typeof slaTimerNameSchema>;

export const slaTimerSchema = z.object({
  timer: slaTimerNameSchema,
  level: slaLevelSchema,
  startedAt: isoDateTimeSchema,
  dueAt: isoDateTimeSchema,
  /** Until dueAt; negative once overdue. A stopped timer is measured when it stopped. */
  remainingSeconds: z.number().int(),
  running: z.boolean(),
});
export type SlaTimer = z.infer<typeof slaTimerSchema>;

export const orderSlaSchema = z.object({
  /** The server time the levels were computed at. */
  at: isoDateTimeSchema,
  /** Worst level among running timers; null when no timer runs. */
  level: slaLevelSchema.nullable(),
  timers: z.array(slaTimerSchema),
});
export type OrderSla = z.infer<typeof orderSlaSchema>;

/* ───────────────────────────── Order as presented by the API ───────────────────────────── */

export const orderSchema = orderStateSchema.extend({
  /** Masked per DOMAIN.md §6.4; partners get a virtual phone number (§2.4). */
  patient: z.object({ name: localizedTextSchema, phone: z.string() }),
  /** Masked to district level unless the caller may see the full address (§2.4). */
  address: localizedTextSchema,
  sla: orderSlaSchema,
  /** The commands this caller may send now (the server still checks each one). */
  allowedActions: z.array(orderActionSchema),
});
export type Order = z.infer<typeof orderSchema>;

/** SLA filter of the list; `breach` includes `severe`. */
export const SLA_FILTERS = ['normal', 'warn', 'breach'] as const;
export const ORDER_SORT_FIELDS = [
  'paidAt',
  'createdAt',
  'promisedAt',
  'patientPays',
  'status',
  'urgency',
] as const;
export const orderListQuerySchema = listQuerySchema
  .extend({
    sort: sortSchema(ORDER_SORT_FIELDS),
    status: multiEnumSchema(ORDER_STATUSES),
    storeId: z.string().optional(),
    hasRx: queryBooleanSchema,
    hasColdChain: queryBooleanSchema,
    sla: multiEnumSchema(SLA_FILTERS),
    /** Range on paidAt: from inclusive, to exclusive. */
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['to'],
  });
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;
export const orderPageSchema = pageSchema(orderSchema);

/** The live board's columns: orders that still need someone to act. */
export const BOARD_COLUMNS = [
  'rx_review',
  'awaiting_acceptance',
  'accepted',
  'picking',
  'ready_for_pickup',
  'rider_assigned',
  'delivering',
  'cancel_requested',
  'delivery_failed',
  'refund_requested',
] as const satisfies readonly OrderStatus[];
export const orderBoardQuerySchema = z.object({
  storeId: z.string().optional(),
  /** Most urgent orders returned per column. */
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const orderBoardSchema = z.object({
  at: isoDateTimeSchema,
  columns: z.array(
    z.object({
      status: z.enum(BOARD_COLUMNS),
      count: z.number().int().min(0),
      sla: z.object({
        normal: z.number().int().min(0),
        warn: z.number().int().min(0),
        breach: z.number().int().min(0),
        severe: z.number().int().min(0),
      }),
      items: z.array(orderSchema),
    }),
  ),
});
export type OrderBoard = z.infer<typeof orderBoardSchema>;

/* ───────────────────────────── Commands ───────────────────────────── */

const note = z.string().trim().max(500).optional();
const reason = z.string().trim().min(1).max(500).optional();
const tempReading = z.object({ reason, tempC: z.number().min(-40).max(60).optional() });
const empty = z.object({ reason });

/**
 * The input of each order command beyond `version` (POST /pharmacy/orders/:id/:action).
 * Requirements that depend on the order or the caller (a temperature for cold-chain
 * orders, a reason for starred grants or rejections) are checked by `applyAction`.
 */
export const ORDER_ACTION_INPUTS = {
  pay: empty,
  queue: empty,
  expire: empty,
  approve_rx: z.object({ reason, note }),
  reject_rx: z.object({ reason, reasonCode: rxRejectCodeSchema, note }),
  cancel: z.object({ reason, reasonCode: cancelReasonCodeSchema, note }),
  accept: empty,
  start_picking: empty,
  mark_ready: tempReading,
  assign_rider: z.object({ reason, rider: riderSchema }),
  pick_up: tempReading,
  deliver: tempReading,
  fail_delivery: z.object({ reason, type: z.enum(['refused', 'unreachable']), note }),
  return: empty,
  request_cancel: z.object({ reason, reasonCode: cancelReasonCodeSchema }),
  decide_cancel: z.object({ reason, approve: z.boolean() }),
  request_refund: z.object({
    reason,
    reasonCode: z.enum(QUALITY_REFUND_REASONS),
    amount: z.number().int().min(1).optional(),
  }),
  decide_refund: z.object({ reason, approve: z.boolean() }),
  refund: empty,
  complete: empty,
  log_temperature: z.object({ reason, stage: coldChainStageSchema, tempC: z.number().min(-40).max(60) }),
  report_exception: z.object({ reason, type: z.enum(['no_rider', 'out_of_stock']), note }),
  record_follow_up: z.object({ reason, outcome: z.enum(FOLLOW_UP_OUTCOMES), note }),
} as const satisfies Record<OrderAction, z.ZodObject>;
export type OrderActionInput<A extends OrderAction> = z.input<(typeof ORDER_ACTION_INPUTS)[A]>;

/** The body of one command: the version the caller saw plus that action's input (for forms). */
export function orderCommandSchema<A extends OrderAction>(action: A) {
  return versionedCommandSchema.extend(ORDER_ACTION_INPUTS[action].shape);
}

/* ───────────────────────────── PII reveal (DOMAIN.md §6.4) ───────────────────────────── */

export const PII_REVEAL_SECONDS = 5 * 60;
export const piiRevealRequestSchema = z.object({ reason: z.string().trim().min(1, 'required').max(500) });
export const piiRevealSchema = z.object({
  name: localizedTextSchema,
  phone: z.string(),
  address: localizedTextSchema,
  /** The client hides the values again at this time. */
  expiresAt: isoDateTimeSchema,
});
export type PiiReveal = z.infer<typeof piiRevealSchema>;
