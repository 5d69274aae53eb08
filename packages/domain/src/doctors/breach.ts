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
});
export type SlaBreach = z.infer<typeof slaBreachSchema>;

// ---------------------------------------------------------------------------------------------
// Thresholds: data an admin edits, validated by breachRulesSchema. Durations in seconds (§0).

const seconds = z.number().int().min(1);
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
    warnSeconds: seconds,
    breachSeconds: seconds,
    criticalSeconds: seconds,
    /** §1.2: the system refunds a consultation nobody answered within 60 min, fast lane or not. */
    refundSeconds: seconds,
    criticalActions: z.array(z.enum(CONSULTATION_SLA_ACTIONS).exclude(['auto_refund'])),
  })
  .superRefine(ascending(['warnSeconds', 'breachSeconds', 'criticalSeconds', 'refundSeconds']));

const twoStepRuleSchema = z
  .object({ warnSeconds: seconds, breachSeconds: seconds })
  .superRefine(ascending(['warnSeconds', 'breachSeconds']));

export const breachRulesSchema = z.object({
  frtNormal: frtRuleSchema,
  frtFastLane: frtRuleSchema,
  /** Measured from the oldest patient message the doctor has not answered. */
  doctorIdle: twoStepRuleSchema,
  /** Measured from the shift's start while nobody has checked in. */
  shiftNoShow: twoStepRuleSchema,
  coverageGap: z.object({ lookaheadSeconds: seconds }),
  doctorWeekly: z
    .object({
      warn: z.object({ rate15Min: rate, satisfaction: rate }),
      breach: z.object({ rate15Min: rate, satisfaction: rate, complaintsPer1000: z.number().min(0) }),
      /** Consecutive breach weeks that raise `sla_risk` and a suspension review. */
      riskAfterWeeks: z.number().int().min(1),
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
