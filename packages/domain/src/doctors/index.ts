import { z } from 'zod';
import {
  isoDateTimeSchema,
  listQuerySchema,
  localizedTextSchema,
  multiEnumSchema,
  pageSchema,
  sortSchema,
} from '../common';
import { DOCTOR_FLAG_TYPES, doctorFlagSchema } from './roster';

export * from './consultation';
export * from './machine';
export * from './metrics';
export * from './breach';
export * from './evaluate';
export * from './breach-log';
export * from './roster';
export * from './api';
export * from './schedule';
export { cstDateTimeSchema, toMs } from './time';

/** DOMAIN.md §1.1 */
export const departmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedTextSchema,
  minOnDutyPerSlot: z.number().int().min(0),
  fastLane: z.boolean(),
});
export type Department = z.infer<typeof departmentSchema>;

export const DOCTOR_TITLES = ['resident', 'attending', 'associate_chief', 'chief'] as const;
export const DOCTOR_STATUSES = ['onboarding', 'active', 'suspended', 'offboarded'] as const;
export const SERVICE_TYPES = ['text', 'phone', 'video', 'rx_renewal'] as const;

export const doctorSchema = z.object({
  id: z.string(),
  name: localizedTextSchema,
  title: z.enum(DOCTOR_TITLES),
  employment: z.enum(['full_time', 'contracted', 'part_time']),
  primaryInstitution: localizedTextSchema,
  departmentIds: z.array(z.string()).min(1),
  licenseNo: z.string(),
  licenseExpiry: isoDateTimeSchema,
  multiSiteFiled: z.boolean(),
  realNameVerifiedAt: isoDateTimeSchema,
  serviceTypes: z.array(z.enum(SERVICE_TYPES)),
  maxConcurrent: z.number().int().min(1),
  status: z.enum(DOCTOR_STATUSES),
  /** Optional until every source of doctors carries flags; absent means none. */
  flags: z.array(doctorFlagSchema).optional(),
  ratingAvg: z.number().min(0).max(5),
  version: z.number().int().min(0),
});
export type Doctor = z.infer<typeof doctorSchema>;
export type DoctorStatus = Doctor['status'];

export const DOCTOR_SORT_FIELDS = ['name', 'title', 'ratingAvg', 'licenseExpiry'] as const;
export const doctorListQuerySchema = listQuerySchema.extend({
  sort: sortSchema(DOCTOR_SORT_FIELDS),
  status: multiEnumSchema(DOCTOR_STATUSES),
  title: multiEnumSchema(DOCTOR_TITLES),
  departmentId: z.string().optional(),
  /** Doctors holding an open flag of any of these types (sla_risk included, §1.4 DOCTOR_WEEKLY). */
  flag: multiEnumSchema(DOCTOR_FLAG_TYPES),
});
export type DoctorListQuery = z.infer<typeof doctorListQuerySchema>;
export const doctorPageSchema = pageSchema(doctorSchema);
export const departmentListSchema = z.object({ items: z.array(departmentSchema) });
