import { z } from 'zod';
import { isoDateTimeSchema, listQuerySchema, localizedTextSchema, pageSchema, sortSchema } from '../common';
import { SLA_LEVELS, SLA_RULES, breachRulesSchema, slaBreachSchema } from './breach';
import { consultationSchema } from './consultation';
import { DOCTOR_WEEKLY_REASONS, consultationSlaSchema, doctorWeeklySchema } from './evaluate';
import { slaMetricsSchema, slaSeriesSchema } from './metrics';
import { DOCTOR_FLAG_TYPES, SHIFT_TYPES, shiftSchema } from './roster';
import { cstDateTimeSchema } from './time';

/*
 * Request and response shapes of the doctors API (ARCHITECTURE.md §4) beyond the doctor list:
 * SLA metrics, the live queue, reassignment, transcripts, the roster, coverage and the breach log.
 */

/** A required reason: the ops actions of DOMAIN.md §1.4 are all audited with one. */
export const reasonSchema = z.string().trim().min(1, 'A reason is required.').max(500);

/** A CST calendar day, e.g. 2026-11-23; for `weekStart` it must be a Monday. */
export const cstDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.');
export const weekStartSchema = cstDateSchema.refine(
  (d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1,
  'weekStart must be a Monday.',
);

// --- metrics -------------------------------------------------------------------------------

export const slaMetricsQuerySchema = z
  .object({
    from: isoDateTimeSchema,
    to: isoDateTimeSchema,
    departmentId: z.string().optional(),
    doctorId: z.string().optional(),
  })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { path: ['to'], message: 'to must be after from' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 31 * 86_400_000, {
    path: ['to'],
    message: 'A period is at most 31 days.',
  });
export type SlaMetricsQuery = z.infer<typeof slaMetricsQuerySchema>;

export const slaDashboardSchema = z.object({
  /** The period measured: `to` is clipped to the server's clock, nothing is counted from the future. */
  from: cstDateTimeSchema,
  to: cstDateTimeSchema,
  metrics: slaMetricsSchema,
  series: slaSeriesSchema,
  computedAt: cstDateTimeSchema,
});
export type SlaDashboard = z.infer<typeof slaDashboardSchema>;

// --- live queue ----------------------------------------------------------------------------

export const queueQuerySchema = z.object({ departmentId: z.string().optional() });

export const queueItemSchema = z.object({
  consultation: consultationSchema,
  /** The running clock; a waiting consultation always has one. */
  sla: consultationSlaSchema,
  doctorName: localizedTextSchema.optional(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueDepthSchema = z.object({
  departmentId: z.string(),
  waiting: z.number().int().min(0),
  breached: z.number().int().min(0),
  onDuty: z.number().int().min(0),
  required: z.number().int().min(0),
});
export type QueueDepth = z.infer<typeof queueDepthSchema>;

export const queueSchema = z.object({
  now: cstDateTimeSchema,
  items: z.array(queueItemSchema),
  departments: z.array(queueDepthSchema),
  /** The rules the server judged by: the countdowns between refreshes run on the same ones. */
  rules: breachRulesSchema,
});
export type Queue = z.infer<typeof queueSchema>;

export const reassignInputSchema = z.object({
  version: z.number().int().min(0),
  toDoctorId: z.string().min(1, 'Choose a doctor.'),
  reason: reasonSchema,
});
export type ReassignInput = z.infer<typeof reassignInputSchema>;

/** Doctors who could take a consultation of the department now, with their load. */
export const onDutyDoctorSchema = z.object({
  id: z.string(),
  name: localizedTextSchema,
  departmentIds: z.array(z.string()),
  load: z.number().int().min(0),
  maxConcurrent: z.number().int().min(1),
});
export const onDutyListSchema = z.object({ items: z.array(onDutyDoctorSchema) });
export type OnDutyDoctor = z.infer<typeof onDutyDoctorSchema>;

/** GET …/consultations/:id/transcript?reason=: the reason is required and audited (§1.4). */
export const transcriptQuerySchema = z.object({ reason: reasonSchema });

/** A chat opened with a reason (§6.4 "Chat: MED via transcript.view"); every opening is audited. */
export const transcriptSchema = z.object({
  consultationId: z.string(),
  /** Masked like everywhere else: the transcript opens the chat, not the patient's identity. */
  patient: z.object({ name: localizedTextSchema }),
  doctorName: localizedTextSchema.optional(),
  /** When the server opened it for the caller: the time of the audit event. */
  openedAt: cstDateTimeSchema,
  messages: z.array(
    z.object({
      at: cstDateTimeSchema,
      author: z.enum(['patient', 'doctor', 'system']),
      text: z.string(),
    }),
  ),
});
export type Transcript = z.infer<typeof transcriptSchema>;

// --- roster --------------------------------------------------------------------------------

export const shiftListQuerySchema = z.object({
  weekStart: weekStartSchema,
  departmentId: z.string().optional(),
});
export const shiftListSchema = z.object({ items: z.array(shiftSchema) });

const shiftTimesRefine = (s: { start?: string | undefined; end?: string | undefined }) =>
  s.start === undefined || s.end === undefined || Date.parse(s.end) > Date.parse(s.start);

export const shiftCreateInputSchema = z
  .object({
    doctorId: z.string().min(1, 'Choose a doctor.'),
    departmentId: z.string().min(1, 'Choose a department.'),
    start: cstDateTimeSchema,
    end: cstDateTimeSchema,
    type: z.enum(SHIFT_TYPES),
    /** Defaults to the doctor's maxConcurrent. */
    capacity: z.number().int().min(1).optional(),
  })
  .refine(shiftTimesRefine, { path: ['end'], message: 'end must be after start' });
export type ShiftCreateInput = z.infer<typeof shiftCreateInputSchema>;

export const shiftPatchInputSchema = z
  .object({
    version: z.number().int().min(0),
    start: cstDateTimeSchema.optional(),
    end: cstDateTimeSchema.optional(),
    doctorId: z.string().min(1).optional(),
  })
  .refine(shiftTimesRefine, { path: ['end'], message: 'end must be after start' });
export type ShiftPatchInput = z.infer<typeof shiftPatchInputSchema>;

export const shiftCancelInputSchema = z.object({ version: z.number().int().min(0), reason: reasonSchema });
export const copyWeekInputSchema = z.object({
  fromWeekStart: weekStartSchema,
  toWeekStart: weekStartSchema,
  departmentId: z.string().optional(),
});
export const copyWeekResultSchema = z.object({
  created: z.number().int().min(0),
  /** Shifts not copied, with the rule that refused them. */
  skipped: z.array(z.object({ shiftId: z.string(), message: z.string() })),
});
export const publishInputSchema = z.object({
  weekStart: weekStartSchema,
  departmentId: z.string().optional(),
});
export const publishResultSchema = z.object({ published: z.number().int().min(0) });

/** Why the server refused a schedule change; the UI words it, the message is the fallback. */
export const SCHEDULE_RULES = [
  'overlap',
  'max_concurrency',
  'not_licensed',
  'license_expiring',
  'doctor_inactive',
  'past',
  'not_editable',
] as const;
export type ScheduleRule = (typeof SCHEDULE_RULES)[number];

export const coverageQuerySchema = z.object({
  weekStart: weekStartSchema,
  departmentId: z.string().optional(),
});
export const coverageCellSchema = z.object({
  /** 0 = Monday … 6 = Sunday. */
  weekday: z.number().int().min(0).max(6),
  hour: z.number().int().min(0).max(23),
  /** The fewer of the hour's two 30-min slots: a cell is only as covered as its thinner half. */
  onDuty: z.number().int().min(0),
  required: z.number().int().min(0),
  level: z.enum(['ok', 'breach']),
});
export const coverageMapSchema = z.object({
  weekStart: cstDateSchema,
  departments: z.array(
    z.object({
      departmentId: z.string(),
      required: z.number().int().min(0),
      gapSlots: z.number().int().min(0),
      cells: z.array(coverageCellSchema),
    }),
  ),
});
export type CoverageMap = z.infer<typeof coverageMapSchema>;
export type CoverageCell = z.infer<typeof coverageCellSchema>;

// --- breaches and doctor actions --------------------------------------------------------------

export const breachLogItemSchema = slaBreachSchema.extend({
  departmentId: z.string().optional(),
  doctorId: z.string().optional(),
  /** COVERAGE_GAP: the run of short 30-min slots and the fewest doctors on duty in it. */
  gap: z
    .object({
      from: cstDateTimeSchema,
      to: cstDateTimeSchema,
      onDuty: z.number().int().min(0),
      required: z.number().int().min(0),
    })
    .optional(),
  /** DOCTOR_WEEKLY: the week judged and what fell short. */
  week: z.object({ weekStart: cstDateSchema, reasons: z.array(z.enum(DOCTOR_WEEKLY_REASONS)) }).optional(),
  /** The version of the record the breach belongs to, for the waive command. */
  version: z.number().int().min(0),
});
export type BreachLogItem = z.infer<typeof breachLogItemSchema>;

export const BREACH_SORT_FIELDS = ['at', 'rule', 'level'] as const;
export const breachListQuerySchema = listQuerySchema.extend({
  sort: sortSchema(BREACH_SORT_FIELDS),
  rule: z.enum(SLA_RULES).optional(),
  level: z.enum(SLA_LEVELS).exclude(['ok']).optional(),
  departmentId: z.string().optional(),
  doctorId: z.string().optional(),
  waived: z.enum(['true', 'false']).optional(),
});
export type BreachListQuery = z.infer<typeof breachListQuerySchema>;
export const breachPageSchema = pageSchema(breachLogItemSchema);

export const waiveInputSchema = z.object({
  version: z.number().int().min(0).optional(),
  reason: reasonSchema,
});
export type WaiveInput = z.infer<typeof waiveInputSchema>;

/** One whole calendar week of a doctor, judged by §1.4 DOCTOR_WEEKLY. */
export const doctorWeekSchema = z.object({
  weekStart: cstDateSchema,
  metrics: slaMetricsSchema,
  level: z.enum(['ok', 'warn', 'breach']),
  reasons: z.array(z.enum(DOCTOR_WEEKLY_REASONS)),
  /** The breach log's record of this week, when the week fell short. */
  breachId: z.string().optional(),
  waived: slaBreachSchema.shape.waived,
});
export type DoctorWeek = z.infer<typeof doctorWeekSchema>;

/** GET /doctors/doctors/:id/weekly: the last whole weeks, oldest first, and what they call for. */
export const doctorWeeklyReportSchema = z.object({
  doctorId: z.string(),
  weeks: z.array(doctorWeekSchema),
  evaluation: doctorWeeklySchema,
  /** The thresholds the weeks were judged by. */
  thresholds: breachRulesSchema.shape.doctorWeekly,
});
export type DoctorWeeklyReport = z.infer<typeof doctorWeeklyReportSchema>;

export const doctorFlagInputSchema = z.object({
  version: z.number().int().min(0),
  type: z.enum(DOCTOR_FLAG_TYPES).default('manual'),
  reason: reasonSchema,
});
export type DoctorFlagInput = z.input<typeof doctorFlagInputSchema>;
export const doctorSuspendInputSchema = z.object({ version: z.number().int().min(0), reason: reasonSchema });
export type DoctorSuspendInput = z.infer<typeof doctorSuspendInputSchema>;

// --- breach rules (§1.4 "admin-editable defaults") -------------------------------------------

/** The rules in force, one versioned record: every server evaluation reads it. */
export const breachRulesRecordSchema = z.object({
  rules: breachRulesSchema,
  version: z.number().int().min(1),
  /** From this moment the version is in force (the shipped defaults: since the data begins). */
  updatedAt: cstDateTimeSchema,
  /** A user id, or "system" for the shipped defaults. */
  updatedBy: z.string(),
  updatedByName: localizedTextSchema.optional(),
  /** Why the admin changed them; the shipped defaults have none. */
  reason: z.string().optional(),
});
export type BreachRulesRecord = z.infer<typeof breachRulesRecordSchema>;

/** PUT /doctors/breach-rules: the whole rule set, the version it was based on, and why. */
export const breachRulesUpdateInputSchema = z.object({
  version: z.number().int().min(1),
  rules: breachRulesSchema,
  reason: reasonSchema,
});
export type BreachRulesUpdateInput = z.infer<typeof breachRulesUpdateInputSchema>;
