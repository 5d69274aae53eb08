import type { LocalizedText } from '../common';
import type { Role, UserAttributes } from '../auth/roles';
import type { PrescriptionItem, RxWarning, Sku } from './schemas';

export interface Interaction {
  ingredients: readonly [string, string];
  severity: 'major' | 'moderate';
  effect: LocalizedText;
}

/** Known interacting ingredient pairs the Rx review queue warns about (order of a pair is irrelevant). */
export const INTERACTIONS: readonly Interaction[] = [
  {
    ingredients: ['warfarin', 'aspirin'],
    severity: 'major',
    effect: { 'zh-CN': '出血风险显著增加', 'en-US': 'markedly higher bleeding risk' },
  },
  {
    ingredients: ['warfarin', 'ibuprofen'],
    severity: 'major',
    effect: { 'zh-CN': '出血风险增加', 'en-US': 'higher bleeding risk' },
  },
  {
    ingredients: ['warfarin', 'levofloxacin'],
    severity: 'moderate',
    effect: { 'zh-CN': 'INR 升高，需监测凝血', 'en-US': 'INR rises; monitor coagulation' },
  },
  {
    ingredients: ['clopidogrel', 'omeprazole'],
    severity: 'moderate',
    effect: {
      'zh-CN': '奥美拉唑抑制 CYP2C19，减弱氯吡格雷抗血小板作用',
      'en-US': 'omeprazole inhibits CYP2C19 and weakens clopidogrel',
    },
  },
  {
    ingredients: ['simvastatin', 'clarithromycin'],
    severity: 'major',
    effect: { 'zh-CN': '肌病及横纹肌溶解风险', 'en-US': 'risk of myopathy and rhabdomyolysis' },
  },
  {
    ingredients: ['sildenafil', 'isosorbide_mononitrate'],
    severity: 'major',
    effect: { 'zh-CN': '严重低血压', 'en-US': 'severe hypotension' },
  },
  {
    ingredients: ['spironolactone', 'enalapril'],
    severity: 'moderate',
    effect: { 'zh-CN': '高钾血症风险', 'en-US': 'risk of hyperkalaemia' },
  },
  {
    ingredients: ['ibuprofen', 'aspirin'],
    severity: 'moderate',
    effect: {
      'zh-CN': '削弱阿司匹林心血管保护作用，增加消化道出血风险',
      'en-US': "weakens aspirin's cardioprotection, more GI bleeding",
    },
  },
];

/**
 * Dose and interaction warnings for the Rx review queue. Dose: the prescribed daily
 * dose (per take × times a day) above the SKU's maximum. Interactions and duplicate
 * ingredients: across the prescription and every other item of the same order,
 * because an OTC aspirin bought with Rx warfarin matters as much as two Rx drugs.
 */
export function rxWarnings(
  rxItems: readonly PrescriptionItem[],
  otherSkuIds: readonly string[],
  skuOf: (id: string) => Sku | undefined,
): RxWarning[] {
  const warnings: RxWarning[] = [];
  for (const item of rxItems) {
    const sku = skuOf(item.skuId);
    const max = sku?.maxDailyDose;
    if (!sku || !max) continue;
    const daily = item.usage.dosePerTake * item.usage.timesPerDay;
    if (daily > max.amount)
      warnings.push({
        kind: 'dose_excess',
        skuIds: [sku.id],
        dailyDose: daily,
        maxDailyDose: max.amount,
        unit: max.unit,
        message: {
          'zh-CN': `${sku.genericName['zh-CN']} 每日 ${daily} ${max.unit}，超过最大日剂量 ${max.amount} ${max.unit}`,
          'en-US': `${sku.genericName['en-US']}: ${daily} ${max.unit} a day exceeds the maximum daily dose of ${max.amount} ${max.unit}`,
        },
      });
  }

  const skus = [...new Set([...rxItems.map((i) => i.skuId), ...otherSkuIds])]
    .map(skuOf)
    .filter((s): s is Sku => s !== undefined);
  const byIngredient = new Map<string, Sku[]>();
  for (const sku of skus)
    byIngredient.set(sku.ingredient, [...(byIngredient.get(sku.ingredient) ?? []), sku]);

  for (const { ingredients, severity, effect } of INTERACTIONS) {
    const [a, b] = ingredients;
    const left = byIngredient.get(a);
    const right = byIngredient.get(b);
    if (!left || !right) continue;
    const names = (locale: keyof LocalizedText) =>
      [...left, ...right].map((s) => s.genericName[locale]).join(' + ');
    warnings.push({
      kind: 'interaction',
      skuIds: [...left, ...right].map((s) => s.id),
      ingredients: [a, b],
      severity,
      message: {
        'zh-CN': `${names('zh-CN')}：${effect['zh-CN']}`,
        'en-US': `${names('en-US')}: ${effect['en-US']}`,
      },
    });
  }

  for (const [ingredient, same] of byIngredient) {
    if (same.length < 2) continue;
    warnings.push({
      kind: 'duplicate_ingredient',
      skuIds: same.map((s) => s.id),
      ingredient,
      message: {
        'zh-CN': `${same.map((s) => s.genericName['zh-CN']).join('、')} 含相同成分，注意重复用药`,
        'en-US': `${same.map((s) => s.genericName['en-US']).join(', ')} share an ingredient: duplicate therapy`,
      },
    });
  }
  return warnings;
}

/**
 * Who may read an Rx diagnosis (DOMAIN.md §6.4): medical ops, and at a partner only its
 * licensed pharmacists, who review the prescriptions. Everyone else sees none.
 */
export function seesRxDiagnosis(user: { role: Role; attributes: UserAttributes }): boolean {
  return user.role === 'MED' || (user.role === 'PHA' && user.attributes.licensedPharmacist === true);
}

/** The prescriber's identity never reaches a partner: it is what 统方 would be built from. */
export function seesPrescriber(user: { role: Role }): boolean {
  return user.role === 'ADM' || user.role === 'MED';
}
