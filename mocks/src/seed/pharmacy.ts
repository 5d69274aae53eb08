import { toIsoCst, type LocalizedText } from '@careops/domain';
import type { User } from '@careops/domain/auth';
import {
  ALL_DAY_HOURS,
  PATIENT_ACTOR,
  SYSTEM_ACTOR,
  applyAction,
  createOrder,
  type IssuedPrescription,
  type OrderAction,
  type OrderActor,
  type OrderState,
  type OrderStatus,
  type PrescriptionItem,
  type Store,
} from '@careops/domain/pharmacy';
import { DEMO_USERS, ORG_IDS } from './orgs';
import type { Random } from './random';
import { PLACES, address, mobilePhone, personName, type Address } from './names';
import { SKUS, skuById } from './skus';

const SECOND = 1000;
const MIN = 60 * SECOND;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** An order as the server keeps it: the real patient data, masked only when presented. */
export type OrderRecord = OrderState & {
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

const placeOf = (storeIndex: number, orgIndex: number) =>
  PLACES[(storeIndex + orgIndex) % PLACES.length] ?? PLACES[0];

export function seedStores(random: Random): Store[] {
  const orgs = [
    { orgId: ORG_IDS.pharmacyA, brand: { 'zh-CN': '康宁大药房', 'en-US': 'Kangning' } },
    { orgId: ORG_IDS.pharmacyB, brand: { 'zh-CN': '仁心药房', 'en-US': 'Renxin' } },
  ];
  return orgs.flatMap(({ orgId, brand }, o) =>
    STORE_NAMES.map(([zh, en], i): Store => {
      const place = placeOf(i, o);
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
        businessHours: is24h ? ALL_DAY_HOURS : '08:00-22:00',
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

/* ───────────────────────── What people buy ───────────────────────── */

interface RxLine {
  skuId: string;
  dosePerTake: number;
  timesPerDay: number;
}
interface Diagnosis {
  name: LocalizedText;
  lines: readonly RxLine[];
  weight: number;
  /** A co-prescribed or co-bought drug that interacts with the lines: the review queue warns. */
  risky?: RxLine;
}
const d = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const line = (skuId: string, dosePerTake: number, timesPerDay: number): RxLine => ({
  skuId,
  dosePerTake,
  timesPerDay,
});

const DIAGNOSES: readonly Diagnosis[] = [
  { name: d('2型糖尿病', 'Type 2 diabetes'), lines: [line('sku_metf', 500, 2)], weight: 12 },
  {
    name: d('2型糖尿病（胰岛素治疗）', 'Type 2 diabetes on insulin'),
    lines: [line('sku_insa', 8, 3), line('sku_insg', 20, 1)],
    weight: 14,
  },
  { name: d('原发性高血压', 'Essential hypertension'), lines: [line('sku_amlo', 5, 1)], weight: 12 },
  { name: d('原发性高血压', 'Essential hypertension'), lines: [line('sku_irbe', 150, 1)], weight: 7 },
  { name: d('高脂血症', 'Hyperlipidaemia'), lines: [line('sku_ator', 20, 1)], weight: 8 },
  {
    name: d('高脂血症', 'Hyperlipidaemia'),
    lines: [line('sku_simv', 20, 1)],
    weight: 4,
    risky: line('sku_clar', 250, 2),
  },
  {
    name: d('冠状动脉粥样硬化性心脏病', 'Coronary heart disease'),
    lines: [line('sku_clop', 75, 1), line('sku_ismn', 60, 1)],
    weight: 6,
    risky: line('sku_omep', 20, 1),
  },
  {
    name: d('心房颤动', 'Atrial fibrillation'),
    lines: [line('sku_warf', 2.5, 1)],
    weight: 4,
    risky: line('sku_aspi', 100, 1),
  },
  {
    name: d('慢性心力衰竭', 'Chronic heart failure'),
    lines: [line('sku_spir', 20, 1), line('sku_enal', 5, 2)],
    weight: 3,
  },
  { name: d('急性支气管炎', 'Acute bronchitis'), lines: [line('sku_amox', 500, 3)], weight: 8 },
  { name: d('社区获得性肺炎', 'Community-acquired pneumonia'), lines: [line('sku_levo', 500, 1)], weight: 3 },
  { name: d('急性扁桃体炎', 'Acute tonsillitis'), lines: [line('sku_cefa', 375, 2)], weight: 4 },
  {
    name: d('胃食管反流病', 'Gastro-oesophageal reflux disease'),
    lines: [line('sku_omep', 20, 1)],
    weight: 5,
  },
  { name: d('支气管哮喘', 'Bronchial asthma'), lines: [line('sku_salb', 200, 3)], weight: 3 },
  { name: d('勃起功能障碍', 'Erectile dysfunction'), lines: [line('sku_sild', 50, 1)], weight: 2 },
  { name: d('病毒性宫颈炎', 'Viral cervicitis'), lines: [line('sku_ifn', 1, 3)], weight: 4 },
];

const SELLABLE = SKUS.filter((s) => !s.specialControl);
const OTC = SELLABLE.filter((s) => s.category === 'otc_a' || s.category === 'otc_b');
const DEVICES = SELLABLE.filter((s) => s.category === 'device');
const HEALTH_FOOD = SELLABLE.filter((s) => s.category === 'health_food');

/** Orders by CST hour of day: lunchtime, and most in the evening; 24-hour stores carry the night. */
const HOUR_WEIGHTS = [4, 3, 2, 1.5, 1, 1, 1.5, 2.5, 4, 5.5, 6, 6, 5.5, 5, 5, 5, 5, 5.5, 6, 7, 8, 8.5, 7, 5.5];
const isDaytime = (hour: number) => hour >= 8 && hour < 22;

/* ───────────────────────── Who acts ───────────────────────── */

function actor(id: string): OrderActor {
  const user: User | undefined = DEMO_USERS.find((u) => u.id === id);
  if (!user) throw new Error(`seed: no demo user ${id}`);
  return { id: user.id, role: user.role, attributes: user.attributes };
}
const PLATFORM_PHARMACIST = actor('usr_pharmacist');
const MEDOPS = actor('usr_medops');
const PARTNER: Record<string, { ops: OrderActor; pharmacist?: OrderActor }> = {
  [ORG_IDS.pharmacyA]: { ops: actor('usr_pharmacy_a'), pharmacist: actor('usr_pharmacy_a_rx') },
  [ORG_IDS.pharmacyB]: { ops: actor('usr_pharmacy_b') },
};

/* ───────────────────────── A lifecycle, planned ahead ───────────────────────── */

interface Step {
  action: OrderAction;
  input: Record<string, unknown>;
  actor: OrderActor;
  /** ms after the order was created */
  at: number;
  /** the status the step leads to, to stop a live order in a chosen column */
  to: OrderStatus;
}

/** Forces a rare branch, so the live board has something in every column. */
type Force = 'cancel_request' | 'delivery_failed' | 'refund_request' | 'happy';

type RxDefect = 'not_follow_up' | 'missing_info' | 'contraindication' | 'minor_no_guardian';

interface Plan {
  hasRx: boolean;
  hasColdChain: boolean;
  distanceKm: number;
  /** What the review queue warns about, if anything. */
  risk?: Basket['risk'];
  rxDefect?: RxDefect;
  orgId: string;
}

const minutes = (random: Random, lo: number, hi: number) =>
  Math.round((lo + random.next() * (hi - lo)) * MIN);
/** Durations with a tail: [from, to minutes, weight]; most are quick, some breach the SLA. */
type Spread = readonly (readonly [number, number, number])[];
const REVIEW_MINUTES: Spread = [
  [0.5, 5, 80],
  [5, 10, 15],
  [10, 25, 5],
];
const ACCEPT_MINUTES: Spread = [
  [0.2, 2.5, 75],
  [2.5, 5, 19],
  [5, 9.5, 6],
];
function within(random: Random, spread: Spread): number {
  const [lo, hi] = random.weighted(spread.map((range) => [range, range[2]] as const));
  return minutes(random, lo, hi);
}
/** A relay number (隐私号) of the platform's pool: 170/171 + 8 digits. */
const virtualPhone = (random: Random, prefix: string) =>
  `${prefix}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
const temp = (random: Random) => Math.round((3 + random.next() * 4) * 10) / 10;
const excursionTemp = (random: Random) =>
  random.chance(0.8)
    ? Math.round((8.4 + random.next() * 3) * 10) / 10
    : Math.round((0.5 + random.next()) * 10) / 10;

function lifecycle(random: Random, p: Plan, force?: Force): Step[] {
  const steps: Step[] = [];
  let t = 0;
  const partner = PARTNER[p.orgId] ?? { ops: MEDOPS };
  const reviewer = partner.pharmacist && random.chance(0.5) ? partner.pharmacist : PLATFORM_PHARMACIST;
  const step = (
    action: OrderAction,
    who: OrderActor,
    dt: number,
    to: OrderStatus,
    input: Record<string, unknown> = {},
  ) => {
    t += dt;
    steps.push({ action, input, actor: who, at: t, to });
  };
  const payout = () => step('refund', SYSTEM_ACTOR, minutes(random, 1, 10), 'refunded');

  if (!force && random.chance(0.005)) {
    step('expire', SYSTEM_ACTOR, 15 * MIN + random.int(0, 120) * SECOND, 'cancelled');
    return steps;
  }
  step('pay', SYSTEM_ACTOR, random.int(20, 180) * SECOND, 'paid');
  step('queue', SYSTEM_ACTOR, random.int(2, 8) * SECOND, p.hasRx ? 'rx_review' : 'awaiting_acceptance');

  if (p.hasRx) {
    const review = within(random, REVIEW_MINUTES);
    if (!force && random.chance(0.005)) {
      step('cancel', PATIENT_ACTOR, review / 2, 'cancelled', { reasonCode: 'patient_request' });
      payout();
      return steps;
    }
    const rejectCode = p.rxDefect ?? (p.risk && random.chance(0.7) ? p.risk : undefined);
    if (rejectCode && !force) {
      step('reject_rx', reviewer, review, 'cancelled', { reasonCode: rejectCode });
      payout();
      return steps;
    }
    step(
      'approve_rx',
      reviewer,
      review,
      'awaiting_acceptance',
      p.risk ? { note: '已电话告知患者用药风险' } : {},
    );
  }

  const acceptance = force
    ? 'accept'
    : random.weighted([
        ['accept', 955],
        ['timeout', 15],
        ['partner_cancel', 15],
        ['patient_cancel', 15],
      ] as const);
  if (acceptance === 'timeout') {
    step('expire', SYSTEM_ACTOR, 10 * MIN + random.int(0, 30) * SECOND, 'cancelled');
    payout();
    return steps;
  }
  if (acceptance !== 'accept') {
    const reasonCode =
      acceptance === 'patient_cancel'
        ? 'patient_request'
        : random.pick(['out_of_stock', 'out_of_stock', 'store_closed', 'beyond_radius'] as const);
    step(
      'cancel',
      acceptance === 'patient_cancel' ? PATIENT_ACTOR : partner.ops,
      minutes(random, 0.5, 6),
      'cancelled',
      {
        reasonCode,
      },
    );
    payout();
    return steps;
  }
  const accept = within(random, ACCEPT_MINUTES);
  step('accept', partner.ops, accept, 'accepted');
  step('start_picking', partner.ops, minutes(random, 0.2, 1.5), 'picking');

  const cancelRequest = force === 'cancel_request' || (!force && random.chance(0.015));
  if (cancelRequest) {
    step('request_cancel', PATIENT_ACTOR, minutes(random, 0.5, 3), 'cancel_requested', {
      reasonCode: 'patient_request',
    });
    if (force || random.chance(0.65)) {
      step('decide_cancel', partner.ops, minutes(random, 0.5, 5), 'cancelled', { approve: true });
      payout();
      return steps;
    }
    step('decide_cancel', partner.ops, minutes(random, 0.5, 5), 'picking', {
      approve: false,
      reason: '药品已出库，无法取消',
    });
  }

  const cold = (tempC: number) => (p.hasColdChain ? { tempC } : {});
  step(
    'mark_ready',
    partner.ops,
    random.chance(0.85) ? minutes(random, 2, 7) : minutes(random, 7, 14),
    'ready_for_pickup',
    cold(temp(random)),
  );
  const rider = { name: personName(random), virtualPhone: virtualPhone(random, '171') };
  if (!force && random.chance(0.04)) {
    step('report_exception', SYSTEM_ACTOR, 10 * MIN, 'ready_for_pickup', {
      type: 'no_rider',
      note: '10 分钟内无骑手接单',
    });
    step('assign_rider', MEDOPS, minutes(random, 1, 6), 'rider_assigned', {
      rider,
      reason: '改为门店自配送',
    });
  } else
    step(
      'assign_rider',
      SYSTEM_ACTOR,
      random.chance(0.85) ? minutes(random, 0.5, 5) : minutes(random, 5, 9),
      'rider_assigned',
      { rider },
    );

  const excursion =
    p.hasColdChain && !force && random.chance(0.04)
      ? random.pick(['pickup', 'handover'] as const)
      : undefined;
  if (excursion === 'pickup') {
    step('pick_up', SYSTEM_ACTOR, minutes(random, 2, 7), 'cancelled', { tempC: excursionTemp(random) });
    payout();
    return steps;
  }
  step('pick_up', SYSTEM_ACTOR, minutes(random, 2, 7), 'delivering', cold(temp(random)));
  const travel = Math.round((4 + p.distanceKm * 3.5) * MIN * (0.8 + random.next() * 0.6));

  if (force === 'delivery_failed' || (!force && random.chance(0.008))) {
    step('fail_delivery', SYSTEM_ACTOR, travel, 'delivery_failed', {
      type: random.pick(['refused', 'unreachable'] as const),
    });
    step('return', partner.ops, minutes(random, 20, 60), 'returned');
    payout();
    return steps;
  }
  if (excursion === 'handover') {
    step('deliver', SYSTEM_ACTOR, travel, 'cancelled', { tempC: excursionTemp(random) });
    payout();
    return steps;
  }
  step('deliver', SYSTEM_ACTOR, travel, 'delivered', cold(temp(random)));
  const deliveredAt = t;

  if (p.hasRx && random.chance(0.85)) {
    const outcome = random.weighted([
      ['improved', 70],
      ['no_change', 20],
      ['adverse_reaction', 4],
      ['unreachable', 6],
    ] as const);
    step(
      'record_follow_up',
      reviewer,
      random.chance(0.9) ? minutes(random, 120, 1200) : minutes(random, 1200, 1430),
      'delivered',
      { outcome },
    );
    step('complete', SYSTEM_ACTOR, random.int(1, 5) * SECOND, 'completed');
  } else step('complete', SYSTEM_ACTOR, deliveredAt + DAY + random.int(0, 300) * SECOND - t, 'completed');

  if (force === 'refund_request' || (!force && random.chance(0.02))) {
    const reasonCode = random.pick([
      'damaged',
      'wrong_item',
      'missing_item',
      'expired_product',
      'quality_defect',
    ] as const);
    const requestAt = deliveredAt + minutes(random, 60, 5 * 24 * 60);
    // A request can come before the follow-up or the completion: those then never happen.
    const before = steps.filter((s) => s.at <= requestAt);
    steps.splice(0, steps.length, ...before);
    t = steps.at(-1)?.at ?? t;
    step('request_refund', PATIENT_ACTOR, requestAt - t, 'refund_requested', { reasonCode });
    const approve = random.chance(0.7);
    step(
      'decide_refund',
      random.chance(0.6) ? partner.ops : MEDOPS,
      minutes(random, 30, 24 * 60),
      approve ? 'refunded' : 'refund_rejected',
      {
        approve,
        ...(approve ? {} : { reason: '经核实包装完好，不属质量问题' }),
      },
    );
  }
  return steps;
}

/* ───────────────────────── Orders ───────────────────────── */

interface Draft {
  created: number;
  store: Store;
  distanceKm: number;
  basket: Basket;
  steps: Step[];
  rxDefect?: RxDefect;
  /** Stop after this step: a live order sits in that step's status at the anchor. */
  stopAfter?: number;
}
interface Basket {
  items: { skuId: string; qty: number }[];
  rx?: { diagnosis: Diagnosis; lines: PrescriptionItem[] };
  risk?: 'interaction' | 'dose_excess';
}

function basket(random: Random, store: Store): Basket {
  const first = random.weighted([
    ['rx', 30],
    ['otc', 45],
    ['device', 15],
    ['health_food', 10],
  ] as const);
  const extras = () =>
    Array.from(
      {
        length: random.weighted([
          [0, 60],
          [1, 30],
          [2, 10],
        ] as const),
      },
      () => ({ skuId: random.pick(random.chance(0.7) ? OTC : DEVICES).id, qty: random.int(1, 2) }),
    );
  if (first !== 'rx') {
    const pool = first === 'otc' ? OTC : first === 'device' ? DEVICES : HEALTH_FOOD;
    return { items: dedupe([{ skuId: random.pick(pool).id, qty: random.int(1, 3) }, ...extras()]) };
  }
  const usable = DIAGNOSES.filter(
    (dx) => store.hasColdChain || dx.lines.every((l) => !skuById(l.skuId)?.coldChain),
  );
  const diagnosis = random.weighted(usable.map((dx) => [dx, dx.weight] as const));
  const addOn = diagnosis.risky && random.chance(0.2) ? diagnosis.risky : undefined;
  const firstLine = diagnosis.lines[0];
  const max = firstLine && skuById(firstLine.skuId)?.maxDailyDose?.amount;
  // A slip of the pen: five times the usual dose, where that is above the SKU's maximum.
  const overdose =
    !addOn && firstLine && max !== undefined && firstLine.dosePerTake * 5 * firstLine.timesPerDay > max
      ? random.chance(0.03)
      : false;
  const usage = (l: RxLine, dosePerTake = l.dosePerTake) => ({
    dosePerTake,
    timesPerDay: l.timesPerDay,
    days: random.pick([7, 14, 28, 30]),
  });
  const lines: PrescriptionItem[] = diagnosis.lines.map((l, i) => ({
    skuId: l.skuId,
    qty: random.int(1, 3),
    usage: usage(l, overdose && i === 0 ? l.dosePerTake * 5 : l.dosePerTake),
  }));
  // An interacting Rx drug is prescribed too; an OTC one is simply bought alongside.
  if (addOn && skuById(addOn.skuId)?.category === 'rx')
    lines.push({ skuId: addOn.skuId, qty: 1, usage: usage(addOn) });
  const items = [
    ...lines.map((l) => ({ skuId: l.skuId, qty: l.qty })),
    ...(addOn ? [{ skuId: addOn.skuId, qty: 1 }] : []),
    ...extras(),
  ];
  return {
    items: dedupe(items),
    rx: { diagnosis, lines },
    ...(addOn ? { risk: 'interaction' as const } : overdose ? { risk: 'dose_excess' as const } : {}),
  };
}

function dedupe(items: { skuId: string; qty: number }[]) {
  const seen = new Map<string, { skuId: string; qty: number }>();
  for (const i of items) if (!seen.has(i.skuId)) seen.set(i.skuId, i);
  return [...seen.values()];
}

function storesFor(stores: readonly Store[], hour: number, live: boolean) {
  const open = stores.filter((s) => (s.is24h || isDaytime(hour)) && (!live || s.status === 'online'));
  return open.length ? open : stores;
}

const cstHour = (ms: number) => new Date(ms + 8 * HOUR).getUTCHours();
const distanceWithin = (random: Random, store: Store) =>
  Math.round((0.3 + random.next() * (store.deliveryRadiusKm - 0.3)) * 10) / 10;

function randomDraft(random: Random, created: number, store: Store): Draft {
  return draftFor(random, created, store, basket(random, store));
}

function draftFor(random: Random, created: number, store: Store, b: Basket, force?: Force): Draft {
  const distanceKm = distanceWithin(random, store);
  const rxDefect =
    b.rx && !force
      ? random.weighted([
          [undefined, 95],
          ['not_follow_up', 2],
          ['missing_info', 1.5],
          ['contraindication', 1],
          ['minor_no_guardian', 0.5],
        ] as const)
      : undefined;
  const steps = lifecycle(
    random,
    {
      hasRx: b.rx !== undefined,
      hasColdChain: b.items.some((i) => skuById(i.skuId)?.coldChain),
      distanceKm,
      orgId: store.orgId,
      ...(b.risk ? { risk: b.risk } : {}),
      ...(rxDefect ? { rxDefect } : {}),
    },
    force,
  );
  return { created, store, distanceKm, basket: b, steps, ...(rxDefect ? { rxDefect } : {}) };
}

/** Live orders placed on purpose: [column, count, how long each has sat there (minutes, from–to), branch]. */
const LIVE: readonly (readonly [OrderStatus, number, number, number, Force])[] = [
  ['rx_review', 6, 0, 16, 'happy'],
  ['awaiting_acceptance', 8, 0, 9, 'happy'],
  ['accepted', 4, 0, 4, 'happy'],
  ['picking', 6, 0, 14, 'happy'],
  ['ready_for_pickup', 6, 0, 14, 'happy'],
  ['rider_assigned', 5, 0, 8, 'happy'],
  ['delivering', 8, 0, 35, 'happy'],
  ['cancel_requested', 3, 0, 6, 'cancel_request'],
  ['delivery_failed', 2, 0, 30, 'delivery_failed'],
  ['refund_requested', 4, 0, 2 * 24 * 60, 'refund_request'],
];

const COLD_COLUMNS: readonly OrderStatus[] = ['picking', 'ready_for_pickup', 'rider_assigned', 'delivering'];

/**
 * `count` orders over the 30 days before `anchor`, by hour of day, plus a few dozen
 * placed live in every column of the board. Every order is made by `createOrder` and
 * moved only by `applyAction`, so it is consistent by construction: the seed throws if
 * the machine refuses a step.
 */
export function seedOrders(
  random: Random,
  anchor: number,
  stores: readonly Store[],
  count = 10_000,
): OrderRecord[] {
  const dayStart = Math.floor((anchor + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
  const hourWeights = HOUR_WEIGHTS.map((w, h) => [h, w] as const);
  const times: number[] = [];
  while (times.length < count) {
    const created =
      dayStart - random.int(0, 29) * DAY + random.weighted(hourWeights) * HOUR + random.int(0, 3599) * SECOND;
    if (created <= anchor - MIN) times.push(created);
  }
  times.sort((a, b) => a - b);

  const live: Draft[] = [];
  const online = stores.filter((s) => s.status === 'online');
  const coldOnline = online.filter((s) => s.hasColdChain);
  for (const [column, n, lo, hi, force] of LIVE)
    for (let k = 0; k < n; k++) {
      // The first order of a column after packing carries insulin: cold chain is watched live.
      const cold = k === 0 && COLD_COLUMNS.includes(column) && coldOnline.length > 0;
      const store = random.pick(cold ? coldOnline : online.length ? online : stores);
      let b = basket(random, store);
      while ((column === 'rx_review' && !b.rx) || (cold && !b.items.some((i) => skuById(i.skuId)?.coldChain)))
        b = basket(random, store);
      const planned = draftFor(random, 0, store, b, force);
      const stopAfter = planned.steps.findIndex((s) => s.to === column);
      const entered = planned.steps[stopAfter];
      if (!entered) continue;
      live.push({ ...planned, created: anchor - minutes(random, lo, hi) - entered.at, stopAfter });
    }
  live.sort((a, b) => a.created - b.created);

  // Planned and replayed one at a time, in time order, so ids ascend with time and no plan outlives its order.
  const orders: OrderRecord[] = [];
  const usedRx = new Map<string, string>();
  let next = 0;
  for (const created of times) {
    for (let l = live[next]; l && l.created <= created; l = live[++next]) orders.push(make(l));
    const store = random.pick(storesFor(stores, cstHour(created), anchor - created < 3 * HOUR));
    orders.push(make(randomDraft(random, created, store)));
  }
  for (const l of live.slice(next)) orders.push(make(l));
  return orders;

  function make(one: Draft): OrderRecord {
    const n = String(orders.length + 1).padStart(6, '0');
    const order = materialise(random, one, `ord_${n}`, `rx_${n}`, usedRx, anchor);
    if (order.rxId) usedRx.set(order.rxId, order.id);
    return order;
  }
}

function materialise(
  random: Random,
  draft: Draft,
  id: string,
  rxId: string,
  usedRx: ReadonlyMap<string, string>,
  anchor: number,
): OrderRecord {
  const { created, store, basket: b, rxDefect } = draft;
  const place = PLACES.find((p) => store.address['zh-CN'].startsWith(p.province['zh-CN']));
  const issued = created - minutes(random, 5, 120);
  const rx: IssuedPrescription | undefined = b.rx && {
    id: rxId,
    consultationId: `con_${rxId.slice(3)}`,
    prescriberId: `doc_${String(random.int(1, 300)).padStart(4, '0')}`,
    diagnosis: b.rx.diagnosis.name,
    items: b.rx.lines,
    issuedAt: toIsoCst(issued),
    expiresAt: toIsoCst(issued + 3 * DAY),
    signed: true,
    followUpEvidence: rxDefect !== 'not_follow_up',
    patientAge: rxDefect === 'minor_no_guardian' ? random.int(2, 5) : random.int(18, 85),
    guardianPresent: false,
  };
  const created_ = createOrder(
    {
      id,
      patient: {
        name: personName(random),
        phone: mobilePhone(random),
        virtualPhone: virtualPhone(random, '170'),
      },
      address: address(random, place),
      distanceKm: draft.distanceKm,
      items: b.items,
      ...(rx ? { rx } : {}),
      payment: random.weighted([
        ['self', 70],
        ['medical_insurance', 20],
        ['insurer_direct', 10],
      ] as const),
      discount: random.chance(0.2) ? 300 : 0,
      insurerShare: 0.6,
      buyerRealNameVerified: true,
    },
    // Stores paused now were open when their older orders were placed.
    { store: { ...store, status: 'online' }, sku: skuById, rxUsedBy: (rid) => usedRx.get(rid) },
    created,
  );
  if (!created_.ok) throw new Error(`seed: ${id} refused: ${created_.refusal.reason}`);
  let order: OrderRecord = created_.order;
  const storeContext = { status: 'online', hasColdChain: store.hasColdChain } as const;
  for (const [k, s] of draft.steps.entries()) {
    const at = created + s.at;
    if (at > anchor || (draft.stopAfter !== undefined && k > draft.stopAfter)) break;
    const result = applyAction(order, s.action, s.input, s.actor, at, { store: storeContext });
    if (!result.ok)
      throw new Error(`seed: ${id} ${s.action} from ${order.status} refused: ${result.refusal.reason}`);
    order = result.order;
  }
  return order;
}
