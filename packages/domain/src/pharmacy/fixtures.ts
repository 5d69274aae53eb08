/**
 * Hand-built orders and SKUs for the pharmacy tests. Built without the state machine,
 * so tests of the machine do not grade its own homework.
 */
import { toIsoCst } from '../common';
import type { OrderState, OrderStatus, OrderTimers, Sku } from './schemas';

export const MINUTE = 60_000;
/** 2026-11-23 10:00 CST. */
export const T0 = Date.parse('2026-11-23T10:00:00+08:00');
export const at = (minutes: number) => toIsoCst(T0 + minutes * MINUTE);

const sku = (
  id: string,
  ingredient: string,
  zh: string,
  en: string,
  category: Sku['category'],
  extra: Partial<Sku> = {},
): Sku => ({
  id,
  genericName: { 'zh-CN': zh, 'en-US': en },
  brandName: { 'zh-CN': zh, 'en-US': en },
  spec: { 'zh-CN': '1盒', 'en-US': '1 box' },
  approvalNo: '国药准字H00000000',
  category,
  coldChain: false,
  specialControl: false,
  ingredient,
  price: 1000,
  ...extra,
});

export const SKUS: readonly Sku[] = [
  sku('sku_warf', 'warfarin', '华法林钠片', 'Warfarin', 'rx', { maxDailyDose: { amount: 10, unit: 'mg' } }),
  sku('sku_asp', 'aspirin', '阿司匹林肠溶片', 'Aspirin', 'otc_a', { price: 1500 }),
  sku('sku_ibu', 'ibuprofen', '布洛芬缓释胶囊', 'Ibuprofen', 'otc_a', {
    maxDailyDose: { amount: 1200, unit: 'mg' },
  }),
  sku('sku_ins', 'insulin_aspart', '门冬胰岛素注射液', 'Insulin aspart', 'rx', {
    coldChain: true,
    price: 6890,
    maxDailyDose: { amount: 100, unit: 'IU' },
  }),
  sku('sku_tram', 'tramadol', '盐酸曲马多片', 'Tramadol', 'rx', { specialControl: true }),
  sku('sku_mask', 'mask', '医用外科口罩', 'Surgical masks', 'device', { price: 990 }),
  sku('sku_ibu2', 'ibuprofen', '布洛芬混悬液', 'Ibuprofen suspension', 'otc_b'),
];
export const skuOf = (id: string) => SKUS.find((s) => s.id === id);

/** Minutes after T0 at which the reference order enters each status of its path. */
const PATHS: Record<OrderStatus, readonly (readonly [OrderStatus, number])[]> = (() => {
  const upTo = (status: OrderStatus) => HAPPY.slice(0, HAPPY.findIndex(([s]) => s === status) + 1);
  const HAPPY = [
    ['created', 0],
    ['paid', 1],
    ['rx_review', 1],
    ['awaiting_acceptance', 5],
    ['accepted', 6],
    ['picking', 7],
    ['ready_for_pickup', 12],
    ['rider_assigned', 14],
    ['delivering', 18],
    ['delivered', 40],
    ['completed', 40 + 24 * 60],
  ] as const;
  return {
    created: upTo('created'),
    paid: upTo('paid'),
    rx_review: upTo('rx_review'),
    awaiting_acceptance: upTo('awaiting_acceptance'),
    accepted: upTo('accepted'),
    picking: upTo('picking'),
    ready_for_pickup: upTo('ready_for_pickup'),
    rider_assigned: upTo('rider_assigned'),
    delivering: upTo('delivering'),
    delivered: upTo('delivered'),
    completed: upTo('completed'),
    delivery_failed: [...upTo('delivering'), ['delivery_failed', 40]],
    returned: [...upTo('delivering'), ['delivery_failed', 40], ['returned', 55]],
    cancel_requested: [...upTo('picking'), ['cancel_requested', 9]],
    cancelled: [...upTo('awaiting_acceptance'), ['cancelled', 7]],
    refund_requested: [...upTo('delivered'), ['refund_requested', 300]],
    refunded: [...upTo('delivered'), ['refund_requested', 300], ['refunded', 320]],
    refund_rejected: [...upTo('delivered'), ['refund_requested', 300], ['refund_rejected', 320]],
  };
})();

const TIMER_OF: Partial<Record<OrderStatus, keyof OrderTimers>> = {
  paid: 'paidAt',
  awaiting_acceptance: 'awaitingSince',
  accepted: 'acceptedAt',
  ready_for_pickup: 'readyAt',
  rider_assigned: 'riderAssignedAt',
  delivering: 'pickedUpAt',
  delivered: 'deliveredAt',
};

export interface FixtureOptions {
  hasRx?: boolean;
  hasColdChain?: boolean;
  distanceKm?: number;
}

/**
 * The reference order in `status`: an Rx, cold-chain order (insulin ×2 + masks, ¥147.80 paid)
 * whose timers, history, prescription, refund and follow-up are what that status implies.
 */
export function orderIn(status: OrderStatus, options: FixtureOptions = {}): OrderState {
  const { hasRx = true, hasColdChain = true, distanceKm = 2.4 } = options;
  const path = PATHS[status].filter(([s]) => hasRx || s !== 'rx_review');
  const timers: OrderTimers = { createdAt: at(0) };
  const history: OrderState['history'] = [];
  for (let i = 1; i < path.length; i++) {
    const [from] = path[i - 1] ?? ['created', 0];
    const [to, minute] = path[i] ?? ['created', 0];
    history.push({ from, to, at: at(minute), actorId: 'usr_fixture', actorRole: 'system' });
    const timer = TIMER_OF[to];
    if (timer && !timers[timer]) timers[timer] = at(minute);
    if (from === 'rx_review' && to === 'awaiting_acceptance') timers.rxApprovedAt = at(minute);
  }
  if (timers.paidAt) timers.promisedAt = timers.rxApprovedAt ? at(5 + 30) : at(1 + 30);
  const entered = (s: OrderStatus) => path.some(([p]) => p === s);
  const approved = hasRx && entered('awaiting_acceptance');
  const items: OrderState['items'] = [
    hasColdChain
      ? {
          skuId: 'sku_ins',
          name: { 'zh-CN': '门冬胰岛素注射液', 'en-US': 'Insulin aspart' },
          category: 'rx',
          coldChain: true,
          qty: 2,
          unitPrice: 6890,
        }
      : {
          skuId: 'sku_warf',
          name: { 'zh-CN': '华法林钠片', 'en-US': 'Warfarin' },
          category: 'rx',
          coldChain: false,
          qty: 2,
          unitPrice: 6890,
        },
    {
      skuId: 'sku_mask',
      name: { 'zh-CN': '医用外科口罩', 'en-US': 'Surgical masks' },
      category: 'device',
      coldChain: false,
      qty: 1,
      unitPrice: 1000,
    },
  ];
  const order: OrderState = {
    id: 'ord_fixture',
    orgId: 'org_pha_a',
    storeId: 'sto_a01',
    distanceKm,
    items,
    hasRx,
    hasColdChain,
    status,
    // 2 × 6890 + 1000 = 14780 goods, free delivery from 5900.
    amounts: { goods: 14780, delivery: 0, discount: 0, insurerPays: 0, patientPays: 14780 },
    payment: 'self',
    timers,
    coldChainLog:
      hasColdChain && entered('ready_for_pickup') ? [{ at: at(12), tempC: 5, stage: 'pack' }] : [],
    history,
    version: history.length + 1,
  };
  if (hasRx)
    order.rx = {
      id: 'rx_fixture',
      consultationId: 'con_fixture',
      prescriberId: 'doc_0001',
      diagnosis: { 'zh-CN': '2型糖尿病', 'en-US': 'Type 2 diabetes' },
      items: [
        { skuId: items[0]?.skuId ?? 'sku_ins', qty: 2, usage: { dosePerTake: 8, timesPerDay: 3, days: 30 } },
      ],
      issuedAt: at(-30),
      expiresAt: at(3 * 24 * 60 - 30),
      signed: true,
      followUpEvidence: true,
      patientAge: 56,
      guardianPresent: false,
      status: approved ? 'used' : entered('rx_review') ? 'under_review' : 'issued',
      ...(approved ? { reviewerId: 'usr_pharmacist', reviewedAt: at(5), usedByOrderId: 'ord_fixture' } : {}),
      warnings: [],
    };
  if (hasRx) order.rxId = 'rx_fixture';
  if (entered('rider_assigned'))
    order.rider = { name: { 'zh-CN': '骑手', 'en-US': 'Rider' }, virtualPhone: '17000000000' };
  if (entered('delivered') && hasRx) order.followUp = { dueAt: at(40 + 24 * 60) };
  if (status === 'cancel_requested')
    order.cancelRequest = { by: 'patient', reasonCode: 'patient_request', at: at(9) };
  if (status === 'cancelled') {
    order.cancel = { by: 'partner', reasonCode: 'out_of_stock', at: at(7) };
    order.refund = { amount: 14780, reasonCode: 'order_cancelled', status: 'approved', requestedAt: at(7) };
  }
  if (status === 'returned')
    order.refund = {
      amount: 14780,
      reasonCode: 'delivery_returned',
      status: 'approved',
      requestedAt: at(55),
    };
  if (status === 'delivery_failed' || status === 'returned')
    order.exception = { type: 'unreachable', at: at(40) };
  if (status === 'refund_requested' || status === 'refunded' || status === 'refund_rejected')
    order.refund = {
      amount: 14780,
      reasonCode: 'damaged',
      status: status === 'refund_requested' ? 'requested' : status === 'refunded' ? 'completed' : 'rejected',
      requestedAt: at(300),
    };
  return order;
}
