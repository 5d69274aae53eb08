import { describe, expect, it } from 'vitest';
import { doctorSchema } from './index';
import { doctorFlagSchema, shiftSchema } from './roster';
import { at } from './test-utils';

const shift = {
  id: 'sh_1',
  doctorId: 'doc_a',
  departmentId: 'dep_gp',
  start: at(0),
  end: at(4 * 3600),
  type: 'regular',
  capacity: 5,
  status: 'published',
  version: 0,
};

describe('shiftSchema', () => {
  it('accepts a published shift', () => {
    expect(shiftSchema.safeParse(shift).success).toBe(true);
  });

  it('refuses a shift that ends when or before it starts', () => {
    expect(shiftSchema.safeParse({ ...shift, end: at(0) }).success).toBe(false);
  });

  it('needs the check-in time once checked in or completed', () => {
    expect(shiftSchema.safeParse({ ...shift, status: 'checked_in' }).success).toBe(false);
    expect(shiftSchema.safeParse({ ...shift, status: 'completed' }).success).toBe(false);
    expect(shiftSchema.safeParse({ ...shift, status: 'checked_in', checkedInAt: at(120) }).success).toBe(
      true,
    );
  });

  it('takes times in +08:00 only', () => {
    expect(shiftSchema.safeParse({ ...shift, start: '2026-11-23T01:00:00Z' }).success).toBe(false);
  });
});

describe('doctor flags', () => {
  const flag = { id: 'flg_1', type: 'sla_risk', note: '2 breach weeks', by: 'system', at: at(0) };

  it('parse on their own and on a doctor, which may still come without them', () => {
    expect(doctorFlagSchema.safeParse(flag).success).toBe(true);
    expect(doctorFlagSchema.safeParse({ ...flag, type: 'late' }).success).toBe(false);

    const doctor = {
      id: 'doc_a',
      name: { 'zh-CN': '王医生', 'en-US': 'Dr Wang' },
      title: 'attending',
      employment: 'full_time',
      primaryInstitution: { 'zh-CN': '深圳市人民医院', 'en-US': 'Shenzhen People’s Hospital' },
      departmentIds: ['dep_gp'],
      licenseNo: '110440300012345',
      licenseExpiry: at(365 * 86_400),
      multiSiteFiled: true,
      realNameVerifiedAt: at(-86_400),
      serviceTypes: ['text'],
      maxConcurrent: 5,
      status: 'active',
      ratingAvg: 4.8,
      version: 0,
    };
    expect(doctorSchema.safeParse(doctor).success).toBe(true);
    expect(doctorSchema.parse({ ...doctor, flags: [flag] }).flags).toHaveLength(1);
  });
});
