import type { Department, Doctor } from '@careops/domain/doctors';
import { DOCTOR_TITLES } from '@careops/domain/doctors';
import { toIsoCst } from '@careops/domain';
import type { Random } from './random';
import { personName } from './names';

const DAY = 86_400_000;

export const DEPARTMENTS: readonly Department[] = [
  {
    id: 'dep_gp',
    code: 'GP',
    name: { 'zh-CN': '全科', 'en-US': 'General practice' },
    minOnDutyPerSlot: 6,
    fastLane: true,
  },
  {
    id: 'dep_ped',
    code: 'PED',
    name: { 'zh-CN': '儿科', 'en-US': 'Paediatrics' },
    minOnDutyPerSlot: 4,
    fastLane: true,
  },
  {
    id: 'dep_derm',
    code: 'DERM',
    name: { 'zh-CN': '皮肤科', 'en-US': 'Dermatology' },
    minOnDutyPerSlot: 3,
    fastLane: false,
  },
  {
    id: 'dep_endo',
    code: 'ENDO',
    name: { 'zh-CN': '内分泌科', 'en-US': 'Endocrinology' },
    minOnDutyPerSlot: 2,
    fastLane: false,
  },
  {
    id: 'dep_cardio',
    code: 'CARD',
    name: { 'zh-CN': '心血管内科', 'en-US': 'Cardiology' },
    minOnDutyPerSlot: 2,
    fastLane: false,
  },
  {
    id: 'dep_psy',
    code: 'PSY',
    name: { 'zh-CN': '心理科', 'en-US': 'Psychology' },
    minOnDutyPerSlot: 2,
    fastLane: false,
  },
];

const INSTITUTIONS = [
  { 'zh-CN': '上海市第六人民医院', 'en-US': 'Shanghai Sixth People’s Hospital' },
  { 'zh-CN': '北京大学第三医院', 'en-US': 'Peking University Third Hospital' },
  { 'zh-CN': '浙江大学医学院附属第一医院', 'en-US': 'First Affiliated Hospital, Zhejiang University' },
  { 'zh-CN': '深圳市人民医院', 'en-US': 'Shenzhen People’s Hospital' },
  { 'zh-CN': '复旦大学附属华山医院', 'en-US': 'Huashan Hospital, Fudan University' },
] as const;

export function seedDoctors(random: Random, anchor: number, count = 300): Doctor[] {
  return Array.from({ length: count }, (_, i): Doctor => {
    const dept = DEPARTMENTS[i % DEPARTMENTS.length] ?? DEPARTMENTS[0];
    const second = random.chance(0.15) ? random.pick(DEPARTMENTS) : undefined;
    const departmentIds = [dept?.id ?? 'dep_gp', ...(second && second.id !== dept?.id ? [second.id] : [])];
    const status = random.weighted([
      ['active', 85],
      ['onboarding', 6],
      ['suspended', 4],
      ['offboarded', 5],
    ] as const);
    return {
      id: `doc_${String(i + 1).padStart(4, '0')}`,
      name: personName(random),
      title: random.weighted(DOCTOR_TITLES.map((t, k) => [t, [30, 35, 22, 13][k] ?? 1] as const)),
      employment: random.weighted([
        ['full_time', 40],
        ['contracted', 35],
        ['part_time', 25],
      ] as const),
      primaryInstitution: random.pick(INSTITUTIONS),
      departmentIds,
      licenseNo: `1101${random.digits(11)}`,
      licenseExpiry: toIsoCst(anchor + random.int(-20, 900) * DAY),
      multiSiteFiled: random.chance(0.92),
      realNameVerifiedAt: toIsoCst(anchor - random.int(30, 900) * DAY),
      serviceTypes: random.chance(0.5) ? ['text', 'phone', 'video', 'rx_renewal'] : ['text', 'rx_renewal'],
      maxConcurrent: random.pick([3, 4, 5, 5, 5, 6]),
      status,
      ratingAvg: Math.round((3.6 + random.next() * 1.4) * 10) / 10,
      version: 1,
    };
  });
}
