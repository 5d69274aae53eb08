import { z } from 'zod';
import { cstDateTimeSchema, toMs } from './time';

/** DOMAIN.md §1.1 */
export const SHIFT_TYPES = ['regular', 'night', 'on_call', 'fast_lane'] as const;
export const SHIFT_STATUSES = [
  'draft',
  'published',
  'checked_in',
  'completed',
  'no_show',
  'cancelled',
] as const;

export const shiftSchema = z
  .object({
    id: z.string(),
    doctorId: z.string(),
    departmentId: z.string(),
    start: cstDateTimeSchema,
    end: cstDateTimeSchema,
    type: z.enum(SHIFT_TYPES),
    /** Consultations the doctor takes at once during this shift. */
    capacity: z.number().int().min(0),
    status: z.enum(SHIFT_STATUSES),
    checkedInAt: cstDateTimeSchema.optional(),
    version: z.number().int().min(0),
  })
  .superRefine((shift, ctx) => {
    if (toMs(shift.end) <= toMs(shift.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' });
    }
    if ((shift.status === 'checked_in' || shift.status === 'completed') && !shift.checkedInAt) {
      ctx.addIssue({ code: 'custom', path: ['checkedInAt'], message: `${shift.status} needs checkedInAt` });
    }
  });
export type Shift = z.infer<typeof shiftSchema>;
export type ShiftStatus = Shift['status'];

export const DOCTOR_FLAG_TYPES = [
  'sla_risk',
  'quality_complaint',
  'license_expiring',
  'rx_quality',
  'manual',
] as const;

export const doctorFlagSchema = z.object({
  id: z.string(),
  type: z.enum(DOCTOR_FLAG_TYPES),
  note: z.string(),
  /** The user who raised it, or "system" for flags the SLA rules raise (§1.4 DOCTOR_WEEKLY). */
  by: z.string(),
  at: cstDateTimeSchema,
  resolvedAt: cstDateTimeSchema.optional(),
});
export type DoctorFlag = z.infer<typeof doctorFlagSchema>;
