import { describe, expect, it } from 'vitest';
import { createOrder, type NewOrder, type NewOrderContext } from './create';
import { rxWarnings, seesPrescriber, seesRxDiagnosis } from './rx';
import { MINUTE, T0, at, skuOf } from './fixtures';
import { orderStateSchema } from './schemas';

const store = {
  id: 'sto_a01',
  orgId: 'org_pha_a',
  status: 'online',
  hasColdChain: true,
  deliveryRadiusKm: 5,
} as const;
const ctx: NewOrderContext = { store, sku: skuOf };
const usage = (dosePerTake: number, timesPerDay: number) => ({ dosePerTake, timesPerDay, days: 7 });
const rx = {
  id: 'rx_1',
  consultationId: 'con_1',
  prescriberId: 'doc_0001',
  diagnosis: { 'zh-CN': '心房颤动', 'en-US': 'Atrial fibrillation' },
  items: [{ skuId: 'sku_warf', qty: 2, usage: usage(2.5, 1) }],
  issuedAt: at(-60),
  expiresAt: at(3 * 24 * 60 - 60),
  signed: true,
  followUpEvidence: true,
  patientAge: 67,
  guardianPresent: false,
};
const base: NewOrder<string, string> = {
  id: 'ord_1',
  patient: 'patient',
  address: 'address',
  distanceKm: 2.5,
  items: [{ skuId: 'sku_mask', qty: 2 }],
  payment: 'self',
  buyerRealNameVerified: false,
};
const refusalOf = (input: NewOrder<string, string>, context: NewOrderContext = ctx) => {
  const result = createOrder(input, context, T0);
  return result.ok ? undefined : result.refusal;
};

describe('createOrder', () => {
  it('prices an OTC order: goods, ¥5 delivery under ¥59, discount, insurer share', () => {
    const result = createOrder(
      { ...base, payment: 'insurer_direct', insurerShare: 0.5, discount: 180 },
      ctx,
      T0,
    );
    if (!result.ok) throw new Error(result.refusal.reason);
    // 2 × 990 = 1980; delivery 500; insurer 50 % of (1980 − 180) = 900.
    expect(result.order.amounts).toEqual({
      goods: 1980,
      delivery: 500,
      discount: 180,
      insurerPays: 900,
      patientPays: 1400,
    });
    expect(result.order).toMatchObject({
      status: 'created',
      orgId: 'org_pha_a',
      hasRx: false,
      hasColdChain: false,
      timers: { createdAt: at(0) },
      version: 1,
      history: [],
    });
    expect(orderStateSchema.safeParse(result.order).success).toBe(true);
  });

  it('an Rx order carries its prescription with warnings computed from all items', () => {
    const result = createOrder(
      {
        ...base,
        items: [
          { skuId: 'sku_warf', qty: 2 },
          { skuId: 'sku_asp', qty: 1 },
        ],
        rx,
        buyerRealNameVerified: true,
      },
      ctx,
      T0,
    );
    if (!result.ok) throw new Error(result.refusal.reason);
    expect(result.order).toMatchObject({ hasRx: true, rxId: 'rx_1', rx: { status: 'issued' } });
    expect(result.order.rx?.warnings.map((w) => w.kind)).toEqual(['interaction']);
    // 2 × 1000 + 1500 = 3500, under the free-delivery line.
    expect(result.order.amounts.patientPays).toBe(4000);
  });

  it.each([
    ['special_control', { ...base, items: [{ skuId: 'sku_tram', qty: 1 }], rx, buyerRealNameVerified: true }],
    ['unknown_sku', { ...base, items: [{ skuId: 'sku_nope', qty: 1 }] }],
    ['no_gift', { ...base, items: [{ skuId: 'sku_asp', qty: 1, unitPrice: 0 }] }],
    ['out_of_radius', { ...base, distanceKm: 5.1 }],
    ['rx_required', { ...base, items: [{ skuId: 'sku_warf', qty: 1 }] }],
    ['real_name_required', { ...base, items: [{ skuId: 'sku_warf', qty: 1 }], rx }],
    ['rx_mismatch', { ...base, items: [{ skuId: 'sku_warf', qty: 3 }], rx, buyerRealNameVerified: true }],
    [
      'rx_expired',
      {
        ...base,
        items: [{ skuId: 'sku_warf', qty: 1 }],
        rx: { ...rx, expiresAt: at(-1) },
        buyerRealNameVerified: true,
      },
    ],
  ] as const)('refuses %s', (rule, input) => {
    expect(refusalOf(input)).toMatchObject({ code: 'RULE', rule });
  });

  it('a device at ¥0 is a legal gift; a prescription already used is not', () => {
    expect(refusalOf({ ...base, items: [{ skuId: 'sku_mask', qty: 1, unitPrice: 0 }] })).toBeUndefined();
    const used = { ...ctx, rxUsedBy: (id: string) => (id === 'rx_1' ? 'ord_0' : undefined) };
    expect(
      refusalOf({ ...base, items: [{ skuId: 'sku_warf', qty: 1 }], rx, buyerRealNameVerified: true }, used),
    ).toMatchObject({ rule: 'rx_used' });
  });

  it('cold chain only at a cold-chain store, and no orders at a paused one', () => {
    const insulin = {
      ...base,
      items: [{ skuId: 'sku_ins', qty: 1 }],
      rx: { ...rx, items: [{ skuId: 'sku_ins', qty: 1, usage: usage(8, 3) }] },
      buyerRealNameVerified: true,
    };
    expect(refusalOf(insulin)).toBeUndefined();
    expect(refusalOf(insulin, { ...ctx, store: { ...store, hasColdChain: false } })).toMatchObject({
      rule: 'cold_chain_store',
    });
    expect(refusalOf(base, { ...ctx, store: { ...store, status: 'paused' } })).toMatchObject({
      rule: 'store_not_online',
    });
    expect(createOrder(insulin, ctx, T0 + MINUTE)).toMatchObject({ ok: true, order: { hasColdChain: true } });
  });
});

describe('rxWarnings', () => {
  it('a daily dose above the maximum: 5 mg × 3 = 15 mg of warfarin against 10 mg', () => {
    expect(rxWarnings([{ skuId: 'sku_warf', qty: 1, usage: usage(5, 3) }], [], skuOf)).toEqual([
      {
        kind: 'dose_excess',
        skuIds: ['sku_warf'],
        dailyDose: 15,
        maxDailyDose: 10,
        unit: 'mg',
        message: {
          'zh-CN': '华法林钠片 每日 15 mg，超过最大日剂量 10 mg',
          'en-US': 'Warfarin: 15 mg a day exceeds the maximum daily dose of 10 mg',
        },
      },
    ]);
  });

  it('exactly the maximum daily dose is fine', () => {
    expect(rxWarnings([{ skuId: 'sku_warf', qty: 1, usage: usage(5, 2) }], [], skuOf)).toEqual([]);
  });

  it('an interaction between an Rx drug and an OTC item of the same order, and a duplicated ingredient', () => {
    const warnings = rxWarnings(
      [{ skuId: 'sku_warf', qty: 1, usage: usage(2.5, 1) }],
      ['sku_warf', 'sku_ibu', 'sku_ibu2'],
      skuOf,
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        kind: 'interaction',
        skuIds: ['sku_warf', 'sku_ibu', 'sku_ibu2'],
        ingredients: ['warfarin', 'ibuprofen'],
        severity: 'major',
      }),
      expect.objectContaining({
        kind: 'duplicate_ingredient',
        skuIds: ['sku_ibu', 'sku_ibu2'],
        ingredient: 'ibuprofen',
      }),
    ]);
  });
});

describe('who reads what of a prescription', () => {
  it('diagnosis: medical ops and licensed partner pharmacists only', () => {
    expect(seesRxDiagnosis({ role: 'MED', attributes: {} })).toBe(true);
    expect(seesRxDiagnosis({ role: 'PHA', attributes: { licensedPharmacist: true } })).toBe(true);
    expect(seesRxDiagnosis({ role: 'PHA', attributes: {} })).toBe(false);
    for (const role of ['ADM', 'CMP', 'AUD'] as const)
      expect(seesRxDiagnosis({ role, attributes: {} })).toBe(false);
  });

  it('prescriber: never a partner', () => {
    expect(seesPrescriber({ role: 'PHA' })).toBe(false);
    expect(seesPrescriber({ role: 'MED' })).toBe(true);
  });
});
