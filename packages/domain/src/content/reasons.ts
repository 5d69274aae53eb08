import { z } from 'zod';
import type { LocalizedText } from '../common';

export interface ReasonCode {
  code: string;
  key: string;
  label: LocalizedText;
  /** Rules whose hits this reason usually answers: the decision form pre-selects it. */
  ruleIds: readonly string[];
  /** R99 says nothing by itself: the reviewer must explain in a comment. */
  commentRequired: boolean;
}

const reason = (
  code: string,
  key: string,
  zh: string,
  en: string,
  ruleIds: readonly string[],
  commentRequired = false,
): ReasonCode => ({ code, key, label: { 'zh-CN': zh, 'en-US': en }, ruleIds, commentRequired });

/** DOMAIN.md §4.4 rejection / return reasons. */
export const REASON_CODES: readonly ReasonCode[] = [
  reason('R01', 'absolute_terms', '绝对化用语', 'Absolute terms', ['AD-01', 'AD-12']),
  reason('R02', 'efficacy_guarantee', '功效保证或承诺', 'Efficacy guarantee', [
    'AD-02',
    'AD-03',
    'AD-04',
    'AD-05',
    'AD-06',
    'AD-10',
    'AD-14',
    'AD-15',
    'AD-16',
  ]),
  reason('R03', 'endorsement', '利用专家、机构或患者名义推荐', 'Endorsement or testimonial', [
    'AD-08',
    'AD-09',
    'AD-17',
    'AD-31',
  ]),
  reason('R04', 'missing_disclaimer', '缺少法定提示语', 'Missing mandatory disclaimer', [
    'AD-21',
    'AD-22',
    'AD-24',
    'AD-27',
  ]),
  reason(
    'R05',
    'off_label',
    '超说明书宣传或缺少禁忌/不良反应',
    'Off-label claim or missing contraindications',
    ['AD-28'],
  ),
  reason('R06', 'rx_public_promo', '处方药面向公众宣传', 'Rx drug promoted to the public', [
    'AD-19',
    'AD-20',
    'PHA-01',
    'MED-02',
  ]),
  reason('R07', 'disguised_ad', '以健康科普形式变相发布广告', 'Disguised advertising', [
    'AD-11',
    'AD-26',
    'AD-29',
  ]),
  reason('R08', 'no_ad_approval', '无广告审查批准文号', 'No ad approval number', ['AD-25']),
  reason('R09', 'medical_inaccuracy', '医学内容不准确', 'Medically inaccurate', [
    'AD-13',
    'AD-18',
    'AD-30',
    'MED-01',
  ]),
  reason('R10', 'privacy', '泄露患者隐私', 'Patient privacy', ['PRV-01']),
  reason('R11', 'contact_or_link', '含联系方式或导流链接', 'Contact details or traffic diversion', [
    'PRV-02',
  ]),
  reason('R12', 'health_food_claim', '保健食品宣称疾病预防治疗功能', 'Health food disease claim', ['AD-23']),
  reason('R99', 'other', '其他（须填写说明）', 'Other (comment required)', [], true),
];

export const REASON_CODE_IDS = REASON_CODES.map((r) => r.code) as [string, ...string[]];
export const reasonCodeSchema = z.enum(REASON_CODE_IDS);

export function reasonCode(code: string): ReasonCode | undefined {
  return REASON_CODES.find((r) => r.code === code);
}

/** Reasons to pre-select for the open hits of a version, in code order. */
export function suggestReasons(ruleIds: readonly string[]): string[] {
  return REASON_CODES.filter((r) => r.ruleIds.some((id) => ruleIds.includes(id))).map((r) => r.code);
}
