import { toIsoCst, type LocalizedText } from '../common';
import type { Refusal, RuleId } from './machine';
import { rxWarnings } from './rx';
import type { OrderItem, OrderState, Prescription, Sku, Store } from './schemas';

/** Delivery is free from ¥59 of goods, otherwise ¥5 (fen). */
export const FREE_DELIVERY_FROM = 5900;
export const DELIVERY_FEE = 500;
export function deliveryFee(goods: number): number {
  return goods >= FREE_DELIVERY_FROM ? 0 : DELIVERY_FEE;
}

/** A prescription as issued by the consultation, before the pharmacy looks at it. */
export type IssuedPrescription = Omit<
  Prescription,
  'status' | 'warnings' | 'reviewerId' | 'reviewedAt' | 'rejectReason' | 'usedByOrderId'
>;

export interface NewOrder<P, A> {
  id: string;
  patient: P;
  address: A;
  distanceKm: number;
  items: readonly { skuId: string; qty: number; unitPrice?: number }[];
  rx?: IssuedPrescription;
  payment: OrderState['payment'];
  /** Fen off the goods. */
  discount?: number;
  /** Share of the discounted goods the insurer pays under direct billing (0–1). */
  insurerShare?: number;
  /** Rx buyers must be real-name verified (DOMAIN.md §2.2). */
  buyerRealNameVerified: boolean;
}

export interface NewOrderContext {
  store: Pick<Store, 'id' | 'orgId' | 'status' | 'hasColdChain' | 'deliveryRadiusKm'>;
  sku: (id: string) => Sku | undefined;
  /** The order that already used this prescription, if any. */
  rxUsedBy?: (rxId: string) => string | undefined;
}

/** Shared per SKU: thousands of orders of one SKU need one name object, not thousands. */
const ITEM_NAMES = new WeakMap<Sku, LocalizedText>();
/** What the order line shows: 格华止 盐酸二甲双胍缓释片 0.5g×30片 / Metformin ER tablets (Glucophage) 0.5 g × 30. */
export function itemName(sku: Sku): LocalizedText {
  let name = ITEM_NAMES.get(sku);
  if (!name) {
    name = {
      'zh-CN': `${sku.brandName['zh-CN']} ${sku.genericName['zh-CN']} ${sku.spec['zh-CN']}`,
      'en-US': `${sku.genericName['en-US']} (${sku.brandName['en-US']}) ${sku.spec['en-US']}`,
    };
    ITEM_NAMES.set(sku, name);
  }
  return name;
}

export type CreateResult<P, A> =
  { ok: true; order: OrderState & { patient: P; address: A } } | { ok: false; refusal: Refusal };

const refuse = <P, A>(rule: RuleId, reason: string): CreateResult<P, A> => ({
  ok: false,
  refusal: { code: 'RULE', rule, reason },
});

/**
 * A new order in `created`, or the hard rule it breaks (DOMAIN.md §2.2): special-control
 * SKUs are never sold; cold chain only at cold-chain stores; no buy-drug-get-drug gifts
 * for Rx or class-A OTC; Rx items only with a valid, unused prescription that covers
 * them, for a real-name-verified buyer.
 */
export function createOrder<P, A>(
  input: NewOrder<P, A>,
  ctx: NewOrderContext,
  now: number,
): CreateResult<P, A> {
  const { store } = ctx;
  if (store.status !== 'online') return refuse('store_not_online', `The store is ${store.status}.`);
  if (input.distanceKm > store.deliveryRadiusKm)
    return refuse('out_of_radius', `The address is beyond the store's ${store.deliveryRadiusKm} km radius.`);

  const items: OrderItem[] = [];
  for (const line of input.items) {
    const sku = ctx.sku(line.skuId);
    if (!sku) return refuse('unknown_sku', `No SKU ${line.skuId}.`);
    if (sku.specialControl)
      return refuse('special_control', `${sku.id} is a special-control drug: never sold online.`);
    if (sku.coldChain && !store.hasColdChain)
      return refuse('cold_chain_store', `${sku.id} needs cold-chain storage the store does not have.`);
    const unitPrice = line.unitPrice ?? sku.price;
    if (unitPrice === 0 && (sku.category === 'rx' || sku.category === 'otc_a'))
      return refuse('no_gift', `${sku.id} cannot be given away (no 买药赠药 for Rx or class-A OTC).`);
    items.push({
      skuId: sku.id,
      name: itemName(sku),
      category: sku.category,
      coldChain: sku.coldChain,
      qty: line.qty,
      unitPrice,
    });
  }

  const rxLines = items.filter((i) => i.category === 'rx');
  const rx = input.rx;
  if (rxLines.length > 0) {
    if (!rx) return refuse('rx_required', 'Prescription drugs need a prescription.');
    if (!input.buyerRealNameVerified)
      return refuse('real_name_required', 'Rx buyers must be real-name verified.');
    const usedBy = ctx.rxUsedBy?.(rx.id);
    if (usedBy) return refuse('rx_used', `Prescription ${rx.id} was already used by order ${usedBy}.`);
    if (now > Date.parse(rx.expiresAt)) return refuse('rx_expired', `Prescription ${rx.id} has expired.`);
    for (const line of rxLines) {
      const prescribed = rx.items.find((p) => p.skuId === line.skuId);
      if (!prescribed || line.qty > prescribed.qty)
        return refuse('rx_mismatch', `${line.skuId} ×${line.qty} is not covered by prescription ${rx.id}.`);
    }
  }

  const goods = items.reduce((sum, i) => sum + i.qty * i.unitPrice, 0);
  const discount = Math.min(Math.max(input.discount ?? 0, 0), goods);
  const insurerPays =
    input.payment === 'insurer_direct' ? Math.round((goods - discount) * (input.insurerShare ?? 0)) : 0;
  const delivery = deliveryFee(goods);
  const hasRx = rxLines.length > 0;

  return {
    ok: true,
    order: {
      id: input.id,
      orgId: store.orgId,
      storeId: store.id,
      patient: input.patient,
      address: input.address,
      distanceKm: input.distanceKm,
      items,
      hasRx,
      hasColdChain: items.some((i) => i.coldChain),
      ...(hasRx && rx
        ? {
            rxId: rx.id,
            rx: {
              ...rx,
              status: 'issued' as const,
              warnings: rxWarnings(
                rx.items,
                items.map((i) => i.skuId),
                ctx.sku,
              ),
            },
          }
        : {}),
      status: 'created',
      amounts: {
        goods,
        delivery,
        discount,
        insurerPays,
        patientPays: goods + delivery - discount - insurerPays,
      },
      payment: input.payment,
      timers: { createdAt: toIsoCst(now) },
      coldChainLog: [],
      history: [],
      version: 1,
    },
  };
}
