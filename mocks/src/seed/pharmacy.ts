import type { LocalizedText } from '@careops/domain';
import { toIsoCst } from '@careops/domain';
import type { Order, OrderStatus, Store } from '@careops/domain/pharmacy';
import { ORG_IDS } from './orgs';
import type { Random } from './random';
import { PLACES, address, mobilePhone, personName, type Address } from './names';

const MIN = 60_000;
const DAY = 86_400_000;

/** An order as the server keeps it: the real patient data, masked only when presented. */
export type OrderRecord = Omit<Order, 'patient' | 'address'> & {
  patient: { name: LocalizedText; phone: string; virtualPhone: string };
  address: Address;
};

const STORE_NAMES: readonly [string, string][] = [
  ['人民路店', 'Renmin Rd'],
  ['中山路店', 'Zhongshan Rd'],
  ['科技园店', 'Science Park'],
  ['西湖店', 'West Lake'],
  ['南山店', 'Nanshan'],
  ['徐汇店', 'Xuhui'],
  ['朝阳店', 'Chaoyang'],
  ['滨江店', 'Binjiang'],
  ['福田店', 'Futian'],
  ['静安店', "Jing'an"],
];

export function seedStores(random: Random): Store[] {
  const orgs = [
    { orgId: ORG_IDS.pharmacyA, brand: { 'zh-CN': '康宁大药房', 'en-US': 'Kangning' } },
    { orgId: ORG_IDS.pharmacyB, brand: { 'zh-CN': '仁心药房', 'en-US': 'Renxin' } },
  ];
  return orgs.flatMap(({ orgId, brand }, o) =>
    STORE_NAMES.map(([zh, en], i): Store => {
      const place = PLACES[(i + o) % PLACES.length] ?? PLACES[0];
      const a = address(random, place);
      const is24h = random.chance(0.3);
      return {
        id: `sto_${o === 0 ? 'a' : 'b'}${String(i + 1).padStart(2, '0')}`,
        orgId,
        name: { 'zh-CN': `${brand['zh-CN']}（${zh}）`, 'en-US': `${brand['en-US']} ${en}` },
        address: {
          'zh-CN': `${a.province['zh-CN']}${a.city['zh-CN']}${a.district['zh-CN']}${a.detail['zh-CN']}`,
          'en-US': `${a.detail['en-US']}, ${a.district['en-US']}, ${a.province['en-US']}`,
        },
        geo: {
          lat: (place?.lat ?? 31) + random.next() * 0.1,
          lng: (place?.lng ?? 121) + random.next() * 0.1,
        },
        deliveryRadiusKm: random.pick([3, 3, 5, 5, 5]),
        businessHours: is24h ? '00:00-24:00' : '08:00-22:00',
        is24h,
        hasColdChain: random.chance(0.5),
        drugLicenseNo: `沪${random.pick(['AA', 'BB', 'CA'])}${random.digits(7)}`,
        pharmacistsOnDuty: random.int(1, 3),
        status: random.weighted([
          ['online', 17],
          ['paused', 2],
          ['offline', 1],
        ] as const),
        version: 1,
      };
    }),
  );
}

const SKUS = [
  {
    skuId: 'sku_amox',
    name: { 'zh-CN': '阿莫西林胶囊 0.25g×24粒', 'en-US': 'Amoxicillin capsules 0.25 g ×24' },
    rx: true,
    cold: false,
    price: 1850,
  },
  {
    skuId: 'sku_metf',
    name: { 'zh-CN': '二甲双胍缓释片 0.5g×30片', 'en-US': 'Metformin ER tablets 0.5 g ×30' },
    rx: true,
    cold: false,
    price: 3200,
  },
  {
    skuId: 'sku_insl',
    name: { 'zh-CN': '门冬胰岛素注射液 3ml', 'en-US': 'Insulin aspart injection 3 ml' },
    rx: true,
    cold: true,
    price: 6890,
  },
  {
    skuId: 'sku_ibup',
    name: { 'zh-CN': '布洛芬缓释胶囊 0.3g×20粒', 'en-US': 'Ibuprofen SR capsules 0.3 g ×20' },
    rx: false,
    cold: false,
    price: 1560,
  },
  {
    skuId: 'sku_lora',
    name: { 'zh-CN': '氯雷他定片 10mg×6片', 'en-US': 'Loratadine tablets 10 mg ×6' },
    rx: false,
    cold: false,
    price: 2280,
  },
  {
    skuId: 'sku_vacc',
    name: { 'zh-CN': '重组人干扰素α2b喷雾剂', 'en-US': 'Interferon α2b spray' },
    rx: true,
    cold: true,
    price: 8800,
  },
  {
    skuId: 'sku_mask',
    name: { 'zh-CN': '医用外科口罩 10只', 'en-US': 'Surgical masks ×10' },
    rx: false,
    cold: false,
    price: 990,
  },
  {
    skuId: 'sku_bpm',
    name: { 'zh-CN': '上臂式电子血压计', 'en-US': 'Upper-arm blood pressure monitor' },
    rx: false,
    cold: false,
    price: 19900,
  },
] as const;

/** Status paths the seed walks, each a prefix of a legal §2.2 sequence. */
const HAPPY: readonly OrderStatus[] = [
  'created',
  'paid',
  'awaiting_acceptance',
  'accepted',
  'picking',
  'ready_for_pickup',
  'rider_assigned',
  'delivering',
  'delivered',
  'completed',
];

function pathFor(random: Random, hasRx: boolean, ageMin: number): OrderStatus[] {
  const happy: OrderStatus[] = hasRx ? ['created', 'paid', 'rx_review', ...HAPPY.slice(2)] : [...HAPPY];
  // Old orders are mostly finished; recent ones are spread along the way.
  if (ageMin > 24 * 60) {
    const end = random.weighted([
      ['completed', 86],
      ['cancelled', 6],
      ['refunded', 5],
      ['returned', 3],
    ] as const);
    if (end === 'completed') return happy;
    if (end === 'cancelled')
      return [...happy.slice(0, happy.indexOf('awaiting_acceptance') + 1), 'cancelled'];
    if (end === 'refunded') return [...happy, 'refund_requested', 'refunded'];
    return [...happy.slice(0, happy.indexOf('delivering') + 1), 'delivery_failed', 'returned'];
  }
  const stop = random.int(1, happy.length - 1);
  return happy.slice(0, stop + 1);
}

export function seedOrders(
  random: Random,
  anchor: number,
  stores: readonly Store[],
  count = 10_000,
): OrderRecord[] {
  const orders: OrderRecord[] = [];
  for (let i = 0; i < count; i++) {
    const store = random.pick(stores);
    // Orders over 30 days, denser by day (8:00–23:00) than at night.
    const dayOffset = random.int(0, 29);
    const hour = random.weighted([
      ...Array.from({ length: 24 }, (_, h) => [h, h >= 8 && h <= 22 ? 6 : 1] as const),
    ]);
    const base = anchor - dayOffset * DAY;
    const slot = base - (base % DAY) + (hour - 8) * 3600_000 + random.int(0, 59) * MIN; // CST wall-clock hour
    const paidAt = slot >= anchor - MIN ? slot - DAY : slot;
    const lines = Array.from({ length: random.int(1, 3) }, () => random.pick(SKUS)).filter(
      (sku) => store.hasColdChain || !sku.cold,
    );
    const items = (lines.length ? lines : [SKUS[3]]).map((sku) => ({
      skuId: sku.skuId,
      name: sku.name,
      qty: random.int(1, 3),
      unitPrice: sku.price,
    }));
    const hasRx = items.some((it) => SKUS.find((s) => s.skuId === it.skuId)?.rx);
    const hasColdChain = items.some((it) => SKUS.find((s) => s.skuId === it.skuId)?.cold);
    const distanceKm = Math.round(random.next() * store.deliveryRadiusKm * 10) / 10;
    const goods = items.reduce((sum, it) => sum + it.qty * it.unitPrice, 0);
    const delivery = goods >= 5900 ? 0 : 500;
    const discount = random.chance(0.2) ? 300 : 0;
    const payment = random.weighted([
      ['self', 70],
      ['medical_insurance', 20],
      ['insurer_direct', 10],
    ] as const);
    const insurerPays = payment === 'insurer_direct' ? Math.round(goods * 0.6) : 0;
    const path = pathFor(random, hasRx, (anchor - paidAt) / MIN);
    const history: OrderRecord['history'] = [];
    let at = paidAt - 2 * MIN;
    const times: Partial<Record<OrderStatus, number>> = { created: at };
    for (let k = 1; k < path.length; k++) {
      const from = path[k - 1] ?? 'created';
      const to = path[k] ?? 'paid';
      at = k === 1 ? paidAt : Math.min(anchor - (path.length - k), at + random.int(1, 9) * MIN);
      times[to] = at;
      const actor =
        to === 'accepted' || to === 'picking' || to === 'ready_for_pickup'
          ? 'PHA'
          : to === 'awaiting_acceptance' && from === 'rx_review'
            ? 'MED'
            : 'system';
      history.push({
        from,
        to,
        at: toIsoCst(at),
        actorId:
          actor === 'PHA'
            ? 'usr_pharmacy_' + (store.orgId === ORG_IDS.pharmacyA ? 'a' : 'b')
            : actor === 'MED'
              ? 'usr_pharmacist'
              : 'system',
        actorRole: actor,
      });
    }
    const promiseBase = times.awaiting_acceptance && hasRx ? times.awaiting_acceptance : paidAt;
    orders.push({
      id: `ord_${String(i + 1).padStart(6, '0')}`,
      orgId: store.orgId,
      storeId: store.id,
      patient: {
        name: personName(random),
        phone: mobilePhone(random),
        virtualPhone: `170${random.digits(8)}`,
      },
      address: address(random),
      distanceKm,
      items,
      hasRx,
      hasColdChain,
      ...(hasRx ? { rxId: `rx_${String(i + 1).padStart(6, '0')}` } : {}),
      status: path[path.length - 1] ?? 'created',
      amounts: {
        goods,
        delivery,
        discount,
        insurerPays,
        patientPays: goods + delivery - discount - insurerPays,
      },
      payment,
      timers: {
        paidAt: toIsoCst(paidAt),
        promisedAt: toIsoCst(promiseBase + (distanceKm <= 3 ? 30 : 45) * MIN),
        ...(times.awaiting_acceptance && hasRx ? { rxApprovedAt: toIsoCst(times.awaiting_acceptance) } : {}),
        ...(times.accepted ? { acceptedAt: toIsoCst(times.accepted) } : {}),
        ...(times.delivered ? { deliveredAt: toIsoCst(times.delivered) } : {}),
      },
      history,
      version: history.length,
    });
  }
  return orders;
}
