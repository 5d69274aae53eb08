import { z } from 'zod';
import { cstDateTimeSchema } from './time';

/** DOMAIN.md §1.4 */
export const SLA_RULES = [
  'FRT_NORMAL',
  'FRT_FAST_LANE',
  'DOCTOR_IDLE',
  'SHIFT_NO_SHOW',
  'COVERAGE_GAP',
  'DOCTOR_WEEKLY',
] as const;
export const slaRuleSchema = z.enum(SLA_RULES);
export type SlaRule = z.infer<typeof slaRuleSchema>;

export const SLA_LEVELS = ['ok', 'warn', 'breach', 'critical'] as const;
export const slaLevelSchema = z.enum(SLA_LEVELS);
export type SlaLevel = z.infer<typeof slaLevelSchema>;

/** DOMAIN.md §1.1: a recorded breach. `ok` is never recorded. */
export const slaBreachSchema = z.object({
  id: z.string(),
  subjectType: z.enum(['consultation', 'doctor', 'shift', 'dept']),
  subjectId: z.string(),
  rule: slaRuleSchema,
  level: slaLevelSchema.exclude(['ok']),
  at: cstDateTimeSchema,
  resolvedAt: cstDateTimeSchema.optional(),
  waived: z.object({ by: z.string(), reason: z.string().trim().min(1), at: cstDateTimeSchema }).optional(),
  /**
   * What the system did when an FRT clock went critical (§1.4 auto-reassign): moved the
   * consultation to another doctor on duty, or could not — nobody of the department on duty with
   * room, or nobody to move it from (§1.2 lets the system reassign, not dispatch a queued one).
   */
  autoReassign: z
    .object({
      outcome: z.enum(['reassigned', 'no_doctor_available', 'not_assigned']),
      at: cstDateTimeSchema,
      fromDoctorId: z.string().optional(),
      toDoctorId: z.string().optional(),
    })
    .optional(),
});
export type SlaBreach = z.infer<typeof slaBreachSchema>;
export type AutoReassign = NonNullable<SlaBreach['autoReassign']>;

// ---------------------------------------------------------------------------------------------
// Thresholds: data an admin edits, validated by breachRulesSchema. Durations in seconds (§0).

const MINUTE = 60;
const HOUR = 60 * MINUTE;
/** Whole seconds within sane bounds: no clock shorter than a minute, none longer than a day. */
const seconds = (max = 24 * HOUR, min = MINUTE) => z.number().int('Use whole seconds.').min(min).max(max);
const rate = z.number().min(0).max(1);

function ascending<T extends Record<string, unknown>>(keys: readonly (keyof T & string)[]) {
  return (rule: T, ctx: z.RefinementCtx) => {
    for (let i = 1; i < keys.length; i++) {
      const [low, high] = [keys[i - 1], keys[i]];
      if (low && high && Number(rule[low]) >= Number(rule[high])) {
        ctx.addIssue({ code: 'custom', path: [high], message: `${high} must be later than ${low}` });
      }
    }
  };
}

export const CONSULTATION_SLA_ACTIONS = ['auto_reassign', 'free_cancel', 'auto_refund'] as const;

const frtRuleSchema = z
  .object({
    warnSeconds: seconds(),
    breachSeconds: seconds(),
    criticalSeconds: seconds(),
    /** §1.2: the system refunds a consultation nobody answered within 60 min, fast lane or not. */
    refundSeconds: seconds(),
    criticalActions: z
      .array(z.enum(CONSULTATION_SLA_ACTIONS).exclude(['auto_refund']))
      .refine((a) => new Set(a).size === a.length, 'An action is listed twice.'),
  })
  .superRefine(ascending(['warnSeconds', 'breachSeconds', 'criticalSeconds', 'refundSeconds']));

const twoStepRuleSchema = (max: number) =>
  z
    .object({ warnSeconds: seconds(max), breachSeconds: seconds(max) })
    .superRefine(ascending(['warnSeconds', 'breachSeconds']));

export const breachRulesSchema = z.object({
  frtNormal: frtRuleSchema,
  frtFastLane: frtRuleSchema,
  /** Measured from the oldest patient message the doctor has not answered. */
  doctorIdle: twoStepRuleSchema(24 * HOUR),
  /** Measured from the shift's start while nobody has checked in; a shift is hours long. */
  shiftNoShow: twoStepRuleSchema(2 * HOUR),
  /** At least one 30-min roster slot ahead, at most a day. */
  coverageGap: z.object({ lookaheadSeconds: seconds(24 * HOUR, 30 * MINUTE) }),
  doctorWeekly: z
    .object({
      warn: z.object({ rate15Min: rate, satisfaction: rate }),
      breach: z.object({
        rate15Min: rate,
        satisfaction: rate,
        complaintsPer1000: z.number().min(0).max(1000),
      }),
      /** Consecutive breach weeks that raise `sla_risk` and a suspension review. */
      riskAfterWeeks: z.number().int().min(1).max(12),
    })
    .superRefine((w, ctx) => {
      for (const key of ['rate15Min', 'satisfaction'] as const) {
        if (w.breach[key] > w.warn[key]) {
          ctx.addIssue({ code: 'custom', path: ['breach', key], message: 'breach must not be above warn' });
        }
      }
    }),
});
export type BreachRules = z.infer<typeof breachRulesSchema>;

export const DEFAULT_BREACH_RULES: BreachRules = {
  frtNormal: {
    warnSeconds: 10 * 60,
    breachSeconds: 15 * 60,
    criticalSeconds: 30 * 60,
    refundSeconds: 60 * 60,
    criticalActions: ['auto_reassign', 'free_cancel'],
  },
  frtFastLane: {
    warnSeconds: 3 * 60,
    breachSeconds: 5 * 60,
    criticalSeconds: 10 * 60,
    refundSeconds: 60 * 60,
    criticalActions: ['auto_reassign'],
  },
  doctorIdle: { warnSeconds: 30 * 60, breachSeconds: 60 * 60 },
  shiftNoShow: { warnSeconds: 5 * 60, breachSeconds: 10 * 60 },
  coverageGap: { lookaheadSeconds: 2 * 60 * 60 },
  doctorWeekly: {
    warn: { rate15Min: 0.9, satisfaction: 0.92 },
    breach: { rate15Min: 0.85, satisfaction: 0.9, complaintsPer1000: 3 },
    riskAfterWeeks: 2,
  },
};

// ---------------------------------------------------------------------------------------------
// Rules over time. An admin's edit applies from the moment it is saved: to every clock still
// running, never to a system action already taken (a refund, a reassignment, a no-show).

/** One version of the rules, in force from `fromMs` until the next entry's; the first since ever. */
export interface BreachRulesPeriod {
  fromMs: number;
  rules: BreachRules;
}
/** Oldest first. Empty means the defaults, always. */
export type BreachRulesTimeline = readonly BreachRulesPeriod[];

/** The rules in force at `ms`. */
export function breachRulesAt(timeline: BreachRulesTimeline, ms: number): BreachRules {
  let rules = timeline[0]?.rules ?? DEFAULT_BREACH_RULES;
  for (const period of timeline.slice(1)) {
    if (period.fromMs > ms) break;
    rules = period.rules;
  }
  return rules;
}

/**
 * When a clock started at `startMs` crosses the threshold `secondsOf` reads from the rules, judged
 * by the rules in force at each moment: the first instant at which the elapsed time reaches the
 * threshold of the version then in force. A stricter edit makes clocks already past the new
 * threshold cross at the moment of the edit; a laxer one delays crossings still ahead and leaves
 * the ones passed alone. With one version it is simply `startMs + threshold`.
 */
export function thresholdCrossedAt(
  timeline: BreachRulesTimeline,
  startMs: number,
  secondsOf: (rules: BreachRules) => number,
): number {
  for (let i = 0; i < timeline.length - 1; i++) {
    const period = timeline[i] as BreachRulesPeriod;
    const from = i === 0 ? -Infinity : period.fromMs;
    const at = Math.max(from, startMs + secondsOf(period.rules) * 1000);
    if (at < (timeline[i + 1] as BreachRulesPeriod).fromMs) return at;
  }
  const last = timeline.at(-1);
  if (!last) return startMs + secondsOf(DEFAULT_BREACH_RULES) * 1000;
  const from = timeline.length === 1 ? -Infinity : last.fromMs;
  return Math.max(from, startMs + secondsOf(last.rules) * 1000);
}
