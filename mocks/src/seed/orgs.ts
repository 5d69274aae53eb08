import type { Org, User } from '@careops/domain/auth';

export const ORG_IDS = {
  platform: 'org_platform',
  pharmacyA: 'org_pha_a',
  pharmacyB: 'org_pha_b',
  insurerA: 'org_ins_a',
  insurerB: 'org_ins_b',
} as const;

export const ORGS: readonly Org[] = [
  { id: ORG_IDS.platform, kind: 'platform', name: { 'zh-CN': '康途健康平台', 'en-US': 'CareOps Platform' } },
  { id: ORG_IDS.pharmacyA, kind: 'pharmacy', name: { 'zh-CN': '康宁大药房', 'en-US': 'Kangning Pharmacy' } },
  { id: ORG_IDS.pharmacyB, kind: 'pharmacy', name: { 'zh-CN': '仁心药房', 'en-US': 'Renxin Pharmacy' } },
  {
    id: ORG_IDS.insurerA,
    kind: 'insurer',
    name: { 'zh-CN': '安康健康保险', 'en-US': 'Ankang Health Insurance' },
  },
  { id: ORG_IDS.insurerB, kind: 'insurer', name: { 'zh-CN': '泰和人寿', 'en-US': 'Taihe Life' } },
];

/** Password of every demo account (mock mode only). */
export const DEMO_PASSWORD = 'demo123';

const u = (
  id: string,
  username: string,
  zh: string,
  en: string,
  role: User['role'],
  orgIds: string[],
  attributes: User['attributes'] = {},
): User => ({ id, username, displayName: { 'zh-CN': zh, 'en-US': en }, role, orgIds, attributes });

/** One demo user per role, two of each partner kind, and the licensed users the workflows need. */
export const DEMO_USERS: readonly User[] = [
  u('usr_admin', 'admin', '平台管理员 周敏', 'Zhou Min (platform admin)', 'ADM', [ORG_IDS.platform]),
  u('usr_medops', 'medops', '医务运营 陈磊', 'Chen Lei (medical ops)', 'MED', [ORG_IDS.platform]),
  u(
    'usr_pharmacist',
    'pharmacist',
    '执业药师 林芳',
    'Lin Fang (licensed pharmacist)',
    'MED',
    [ORG_IDS.platform],
    {
      licensedPharmacist: true,
    },
  ),
  u(
    'usr_physician',
    'physician',
    '审核医师 郭建国',
    'Guo Jianguo (physician reviewer)',
    'MED',
    [ORG_IDS.platform],
    {
      licensedPhysician: true,
    },
  ),
  u(
    'usr_reviewer_l1',
    'reviewer.l1',
    '合规初审 黄静',
    'Huang Jing (compliance L1)',
    'CMP',
    [ORG_IDS.platform],
    {
      reviewLevel: 'L1',
    },
  ),
  u('usr_reviewer_l2', 'reviewer.l2', '合规终审 徐涛', 'Xu Tao (compliance L2)', 'CMP', [ORG_IDS.platform], {
    reviewLevel: 'L2',
  }),
  u('usr_moderator', 'moderator', '社区版主 何娜', 'He Na (moderator)', 'MOD', [ORG_IDS.platform]),
  u('usr_moderator2', 'moderator.2', '社区版主 罗杰', 'Luo Jie (moderator)', 'MOD', [ORG_IDS.platform]),
  u('usr_auditor', 'auditor', '审计员 孙丽华', 'Sun Lihua (auditor)', 'AUD', [ORG_IDS.platform]),
  u('usr_pharmacy_a', 'pharmacy.a', '康宁大药房 运营', 'Kangning Pharmacy ops', 'PHA', [ORG_IDS.pharmacyA]),
  u(
    'usr_pharmacy_a_rx',
    'pharmacy.a.rx',
    '康宁大药房 药师 吴洋',
    'Wu Yang (Kangning pharmacist)',
    'PHA',
    [ORG_IDS.pharmacyA],
    {
      licensedPharmacist: true,
    },
  ),
  u('usr_pharmacy_b', 'pharmacy.b', '仁心药房 运营', 'Renxin Pharmacy ops', 'PHA', [ORG_IDS.pharmacyB]),
  u('usr_insurer_a', 'insurer.a', '安康健康保险 理赔', 'Ankang Insurance claims', 'INS', [ORG_IDS.insurerA]),
  u('usr_insurer_b', 'insurer.b', '泰和人寿 理赔', 'Taihe Life claims', 'INS', [ORG_IDS.insurerB]),
];
