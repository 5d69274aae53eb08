import { z } from 'zod';
import { localizedTextSchema } from '../common';
import { roleSchema } from '../auth/roles';
import { slaBreachSchema } from './breach';
import { cstDateTimeSchema, toMs } from './time';

/** DOMAIN.md §1.2 */
export const CONSULTATION_STATUSES = [
  'queued',
  'assigned',
  'in_progress',
  'completed',
  'cancelled',
  'refunded',
  'terminated',
] as const;
export const consultationStatusSchema = z.enum(CONSULTATION_STATUSES);
export type ConsultationStatus = z.infer<typeof consultationStatusSchema>;

/** Who moves a consultation. "ops" is a console user with role ADM or MED (§6.1). */
export const CONSULTATION_ACTORS = ['system', 'ops', 'doctor', 'patient', 'dispatcher'] as const;
export const consultationActorSchema = z.enum(CONSULTATION_ACTORS);
export type ConsultationActor = z.infer<typeof consultationActorSchema>;

export const CLOSE_REASONS = [
  'completed',
  'patient_cancel',
  'no_response_refund',
  'offline_referral',
  'timeout',
] as const;
export const closeReasonSchema = z.enum(CLOSE_REASONS);
export type CloseReason = z.infer<typeof closeReasonSchema>;

/**
 * The close reasons each final status may carry. `timeout` is the system closing a consultation
 * 24 h after the last message while the patient was still waiting for the doctor (§1.2 lets the
 * system complete; §1.3 counts it as a failure), so it shares the `completed` status.
 */
export const CLOSE_REASONS_BY_STATUS: Readonly<Partial<Record<ConsultationStatus, readonly CloseReason[]>>> =
  {
    completed: ['completed', 'timeout'],
    cancelled: ['patient_cancel'],
    refunded: ['no_response_refund'],
    terminated: ['offline_referral'],
  };

/** completed, cancelled, refunded and terminated: no transition leaves them (§1.2). */
export function isFinalStatus(status: ConsultationStatus): boolean {
  return CLOSE_REASONS_BY_STATUS[status] !== undefined;
}

export const CONSULTATION_CHANNELS = ['text', 'phone', 'video'] as const;
export const CONSULTATION_KINDS = ['fast', 'designated', 'follow_up', 'rx_renewal'] as const;
export const CONSULTATION_PRIORITIES = ['fast_lane', 'normal'] as const;

/** §0: every transition appends one entry. Ops users appear by role; the others by kind of actor. */
export const consultationHistoryEntrySchema = z.object({
  from: consultationStatusSchema,
  to: consultationStatusSchema,
  at: cstDateTimeSchema,
  actorId: z.string(),
  actorRole: roleSchema.or(consultationActorSchema.exclude(['ops'])),
  reason: z.string().optional(),
});
export type ConsultationHistoryEntry = z.infer<typeof consultationHistoryEntrySchema>;

export const reassignmentSchema = z.object({
  from: z.string(),
  to: z.string(),
  at: cstDateTimeSchema,
  /** A user id, or "system" for the automatic reassignment of §1.4. */
  by: z.string(),
  reason: z.string().trim().min(1),
});
export type Reassignment = z.infer<typeof reassignmentSchema>;

/** DOMAIN.md §1.1 */
export const consultationSchema = z
  .object({
    id: z.string(),
    /** Masked per §6.4 before it leaves the server: the API never carries the patient's identity. */
    patient: z.object({ name: localizedTextSchema, ageBand: z.string().optional() }),
    departmentId: z.string(),
    /** The doctor holding the consultation now; metrics attribute the consultation to this doctor. */
    doctorId: z.string().optional(),
    channel: z.enum(CONSULTATION_CHANNELS),
    kind: z.enum(CONSULTATION_KINDS),
    priority: z.enum(CONSULTATION_PRIORITIES),
    /** Proof of an earlier offline visit; online first visits may not be prescribed for (§1.2). */
    followUpEvidence: z.string().optional(),
    aiTriage: z.object({ deptId: z.string(), confidence: z.number().min(0).max(1) }).optional(),
    status: consultationStatusSchema,
    queuedAt: cstDateTimeSchema,
    assignedAt: cstDateTimeSchema.optional(),
    acceptedAt: cstDateTimeSchema.optional(),
    /** First doctor-authored message; greetings, AI and templates do not count (§1.3). */
    firstResponseAt: cstDateTimeSchema.optional(),
    /** Oldest patient message the doctor has not answered yet: the DOCTOR_IDLE clock (§1.4). */
    patientWaitingSince: cstDateTimeSchema.optional(),
    closedAt: cstDateTimeSchema.optional(),
    closeReason: closeReasonSchema.optional(),
    rxIds: z.array(z.string()),
    /** How many of `rxIds` a pharmacist rejected (§1.3 Rx rejection rate). */
    rxRejectedCount: z.number().int().min(0),
    rating: z.literal([1, 2, 3, 4, 5]).optional(),
    complaint: z.object({ at: cstDateTimeSchema }).optional(),
    reassignments: z.array(reassignmentSchema),
    breaches: z.array(slaBreachSchema),
    /** The 48 h re-consult reminder (§0): `dueAt` is 48 h after the consultation closed. */
    followUpTask: z.object({ dueAt: cstDateTimeSchema, doneAt: cstDateTimeSchema.optional() }).optional(),
    history: z.array(consultationHistoryEntrySchema),
    version: z.number().int().min(0),
  })
  .superRefine((c, ctx) => {
    const allowedReasons = CLOSE_REASONS_BY_STATUS[c.status];
    if (allowedReasons) {
      if (!c.closedAt)
        ctx.addIssue({ code: 'custom', path: ['closedAt'], message: `${c.status} needs closedAt` });
      if (!c.closeReason || !allowedReasons.includes(c.closeReason)) {
        ctx.addIssue({
          code: 'custom',
          path: ['closeReason'],
          message: `${c.status} closes with ${allowedReasons.join(' or ')}`,
        });
      }
    } else if (c.closedAt || c.closeReason) {
      ctx.addIssue({ code: 'custom', path: ['closeReason'], message: `${c.status} is still open` });
    }

    if ((c.status === 'assigned' || c.status === 'in_progress') && (!c.doctorId || !c.assignedAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['doctorId'],
        message: `${c.status} needs doctorId and assignedAt`,
      });
    }
    if (c.rxIds.length > 0 && !c.followUpEvidence) {
      ctx.addIssue({ code: 'custom', path: ['followUpEvidence'], message: 'Rx needs follow-up evidence' });
    }
    if (c.rxRejectedCount > c.rxIds.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['rxRejectedCount'],
        message: 'more rejections than prescriptions',
      });
    }

    // A time before queuedAt would make FRT negative and poison every average.
    const queued = toMs(c.queuedAt);
    for (const key of [
      'assignedAt',
      'acceptedAt',
      'firstResponseAt',
      'patientWaitingSince',
      'closedAt',
    ] as const) {
      const value = c[key];
      if (value && toMs(value) < queued) {
        ctx.addIssue({ code: 'custom', path: [key], message: `${key} is before queuedAt` });
      }
    }
  });
export type Consultation = z.infer<typeof consultationSchema>;
