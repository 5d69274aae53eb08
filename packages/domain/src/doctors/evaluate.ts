import { z } from 'zod';
import { toIsoCst } from '../common';
import type { Department } from './index';
import {
  CONSULTATION_SLA_ACTIONS,
  DEFAULT_BREACH_RULES,
  slaLevelSchema,
  slaRuleSchema,
  type BreachRules,
  type SlaLevel,
} from './breach';
import { isFinalStatus, type Consultation } from './consultation';
import type { SlaMetrics } from './metrics';
import type { Shift } from './roster';
import { MINUTE_MS, SECOND_MS, cstDateTimeSchema, toMs } from './time';

/*
 * The evaluators of DOMAIN.md §1.4. A threshold is crossed once the elapsed time EXCEEDS it: a
 * reply at exactly 15:00 is "within 15 min" for §1.3's FRT ≤ 900 s, so the live clock must not
 * call that moment a breach. The actions are what the level calls for now; applying them and
 * recording the SlaBreach is the caller's job.
 */

interface Step<L, A> {
  level: L;
  afterSeconds: number;
  actions: readonly A[];
}

interface Climb<L, A> {
  level: L | 'ok';
  elapsedSeconds: number;
  nextLevelAt?: string;
  actions: A[];
}

function climb<L, A>(steps: readonly Step<L, A>[], startMs: number, nowMs: number): Climb<L, A> {
  const elapsedSeconds = Math.max(0, (nowMs - startMs) / SECOND_MS);
  let reached: Step<L, A> | undefined;
  let next: Step<L, A> | undefined;
  for (const step of steps) {
    if (elapsedSeconds > step.afterSeconds) reached = step;
    else {
      next = step;
      break;
    }
  }
  return {
    level: reached ? reached.level : 'ok',
    elapsedSeconds,
    nextLevelAt: next ? toIsoCst(startMs + next.afterSeconds * SECOND_MS) : undefined,
    actions: reached ? [...reached.actions] : [],
  };
}

export const consultationSlaSchema = z.object({
  rule: slaRuleSchema.extract(['FRT_NORMAL', 'FRT_FAST_LANE', 'DOCTOR_IDLE']),
  level: slaLevelSchema,
  elapsedSeconds: z.number().min(0),
  /** When the evaluation next changes (next level, or the refund step); absent after the last. */
  nextLevelAt: cstDateTimeSchema.optional(),
  actions: z.array(z.enum(CONSULTATION_SLA_ACTIONS)),
});
export type ConsultationSla = z.infer<typeof consultationSlaSchema>;

/**
 * The running SLA clock of an open consultation: FRT until the doctor's first reply, then
 * DOCTOR_IDLE while a patient message waits. `null` when no clock runs (closed, or nobody waits).
 */
export function evaluateConsultationSla(
  consultation: Consultation,
  nowMs: number,
  rules: BreachRules = DEFAULT_BREACH_RULES,
): ConsultationSla | null {
  if (isFinalStatus(consultation.status)) return null;

  if (!consultation.firstResponseAt) {
    const fastLane = consultation.priority === 'fast_lane';
    const rule = fastLane ? rules.frtFastLane : rules.frtNormal;
    const queuedMs = toMs(consultation.queuedAt);
    const result = climb<SlaLevel, ConsultationSla['actions'][number]>(
      [
        { level: 'warn', afterSeconds: rule.warnSeconds, actions: [] },
        { level: 'breach', afterSeconds: rule.breachSeconds, actions: [] },
        { level: 'critical', afterSeconds: rule.criticalSeconds, actions: rule.criticalActions },
        { level: 'critical', afterSeconds: rule.refundSeconds, actions: ['auto_refund'] },
      ],
      queuedMs,
      nowMs,
    );
    // Reassign once: a reassignment since the clock went critical already answered the alarm.
    const criticalFromMs = queuedMs + rule.criticalSeconds * SECOND_MS;
    if (consultation.reassignments.some((r) => toMs(r.at) >= criticalFromMs)) {
      result.actions = result.actions.filter((a) => a !== 'auto_reassign');
    }
    return { rule: fastLane ? 'FRT_FAST_LANE' : 'FRT_NORMAL', ...result };
  }

  if (consultation.patientWaitingSince) {
    const result = climb<SlaLevel, never>(
      [
        { level: 'warn', afterSeconds: rules.doctorIdle.warnSeconds, actions: [] },
        { level: 'breach', afterSeconds: rules.doctorIdle.breachSeconds, actions: [] },
      ],
      toMs(consultation.patientWaitingSince),
      nowMs,
    );
    return { rule: 'DOCTOR_IDLE', ...result };
  }
  return null;
}

export const shiftNoShowSchema = z.object({
  rule: z.literal('SHIFT_NO_SHOW'),
  level: slaLevelSchema.extract(['ok', 'warn', 'breach']),
  /** Seconds since the shift started; 0 before it starts. */
  elapsedSeconds: z.number().min(0),
  nextLevelAt: cstDateTimeSchema.optional(),
  actions: z.array(z.enum(['mark_no_show', 'coverage_alert'])),
});
export type ShiftNoShow = z.infer<typeof shiftNoShowSchema>;

/** A published shift nobody has checked in to. `null` for any other status: no clock runs. */
export function evaluateShiftNoShow(
  shift: Shift,
  nowMs: number,
  rules: BreachRules = DEFAULT_BREACH_RULES,
): ShiftNoShow | null {
  if (shift.status !== 'published') return null;
  const result = climb<'warn' | 'breach', ShiftNoShow['actions'][number]>(
    [
      { level: 'warn', afterSeconds: rules.shiftNoShow.warnSeconds, actions: [] },
      {
        level: 'breach',
        afterSeconds: rules.shiftNoShow.breachSeconds,
        actions: ['mark_no_show', 'coverage_alert'],
      },
    ],
    toMs(shift.start),
    nowMs,
  );
  return { rule: 'SHIFT_NO_SHOW', ...result };
}

/** Department.minOnDutyPerSlot counts doctors per 30-minute slot (§1.1). */
export const COVERAGE_SLOT_MS = 30 * MINUTE_MS;

export const coverageSchema = z.object({
  rule: z.literal('COVERAGE_GAP'),
  departmentId: z.string(),
  level: slaLevelSchema.extract(['ok', 'warn', 'breach']),
  /** The slot the level is about: the current one, or the first short one ahead (warn). */
  slotStart: cstDateTimeSchema,
  onDuty: z.number().int().min(0),
  required: z.number().int().min(0),
  actions: z.array(z.literal('page_on_call')),
});
export type Coverage = z.infer<typeof coverageSchema>;

/**
 * One result per department: breach when the current 30-min slot has fewer doctors on duty than
 * its minimum, warn when a slot starting within the look-ahead does. On duty = a published or
 * checked-in shift covering the whole slot; on-call shifts are the reserve that gets paged, so they
 * do not count, and a late doctor counts until SHIFT_NO_SHOW marks the shift `no_show`.
 */
export function evaluateCoverage(
  departments: readonly Department[],
  shifts: readonly Shift[],
  nowMs: number,
  rules: BreachRules = DEFAULT_BREACH_RULES,
): Coverage[] {
  // CST is a whole-hours offset, so half-hours counted from the epoch are CST half-hours too.
  const currentSlot = Math.floor(nowMs / COVERAGE_SLOT_MS) * COVERAGE_SLOT_MS;
  const horizonMs = nowMs + rules.coverageGap.lookaheadSeconds * SECOND_MS;

  return departments.map((dept) => {
    const staffed = shifts
      .filter(
        (s) =>
          s.departmentId === dept.id &&
          s.type !== 'on_call' &&
          (s.status === 'published' || s.status === 'checked_in'),
      )
      .map((s) => ({ start: toMs(s.start), end: toMs(s.end) }));
    const onDutyIn = (slot: number) =>
      staffed.filter((s) => s.start <= slot && s.end >= slot + COVERAGE_SLOT_MS).length;
    const result = (level: Coverage['level'], slot: number, onDuty: number): Coverage => ({
      rule: 'COVERAGE_GAP',
      departmentId: dept.id,
      level,
      slotStart: toIsoCst(slot),
      onDuty,
      required: dept.minOnDutyPerSlot,
      actions: level === 'breach' ? ['page_on_call'] : [],
    });

    const now = onDutyIn(currentSlot);
    if (now < dept.minOnDutyPerSlot) return result('breach', currentSlot, now);
    for (let slot = currentSlot + COVERAGE_SLOT_MS; slot < horizonMs; slot += COVERAGE_SLOT_MS) {
      const ahead = onDutyIn(slot);
      if (ahead < dept.minOnDutyPerSlot) return result('warn', slot, ahead);
    }
    return result('ok', currentSlot, now);
  });
}

export const DOCTOR_WEEKLY_REASONS = ['rate15Min', 'satisfaction', 'complaints'] as const;

export const doctorWeeklySchema = z.object({
  rule: z.literal('DOCTOR_WEEKLY'),
  level: slaLevelSchema.extract(['ok', 'warn', 'breach']),
  /** Every criterion of the latest week below its warn line (complaints: at its breach line). */
  reasons: z.array(z.enum(DOCTOR_WEEKLY_REASONS)),
  /** Breach weeks in a row, ending with the latest week. */
  consecutiveBreachWeeks: z.number().int().min(0),
  actions: z.array(z.enum(['flag_sla_risk', 'suspension_review'])),
});
export type DoctorWeekly = z.infer<typeof doctorWeeklySchema>;

/** One doctor's week: computeSlaMetrics over that week with the doctorId filter. */
export type DoctorWeekMetrics = Pick<SlaMetrics, 'rate15Min' | 'satisfaction' | 'complaintsPer1000'>;

/** One week judged on its own: its level and every criterion it fell short on. */
export function judgeDoctorWeek(
  week: DoctorWeekMetrics,
  allRules: BreachRules = DEFAULT_BREACH_RULES,
): Pick<DoctorWeekly, 'level' | 'reasons'> {
  const rules = allRules.doctorWeekly;
  const { rate15Min, complaintsPer1000 } = week;
  const satisfaction = week.satisfaction.rate;
  const reasons: DoctorWeekly['reasons'] = [];
  let breach = false;
  // A null rate means the week had nothing to measure: no evidence, so no finding.
  if (rate15Min !== null && rate15Min < rules.warn.rate15Min) {
    reasons.push('rate15Min');
    breach ||= rate15Min < rules.breach.rate15Min;
  }
  if (satisfaction !== null && satisfaction < rules.warn.satisfaction) {
    reasons.push('satisfaction');
    breach ||= satisfaction < rules.breach.satisfaction;
  }
  if (complaintsPer1000 !== null && complaintsPer1000 >= rules.breach.complaintsPer1000) {
    reasons.push('complaints');
    breach = true;
  }
  const level: DoctorWeekly['level'] = breach ? 'breach' : reasons.length > 0 ? 'warn' : 'ok';
  return { level, reasons };
}

/**
 * `weeks` oldest first, one entry per calendar week (an empty week breaks a streak). A breach week
 * ops waived (§1.4 waive breach, with a reason) keeps its level but does not count towards
 * `sla_risk`: it breaks the streak like a good week.
 */
export function evaluateDoctorWeekly(
  weeks: readonly (DoctorWeekMetrics & { waived?: boolean })[],
  rules: BreachRules = DEFAULT_BREACH_RULES,
): DoctorWeekly {
  const judged = weeks.map((w) => judgeDoctorWeek(w, rules));
  let consecutiveBreachWeeks = 0;
  for (let i = judged.length - 1; i >= 0 && judged[i]?.level === 'breach' && !weeks[i]?.waived; i--)
    consecutiveBreachWeeks++;
  const latest = judged.at(-1) ?? { level: 'ok' as const, reasons: [] };
  return {
    rule: 'DOCTOR_WEEKLY',
    level: latest.level,
    reasons: latest.reasons,
    consecutiveBreachWeeks,
    actions:
      consecutiveBreachWeeks >= rules.doctorWeekly.riskAfterWeeks
        ? ['flag_sla_risk', 'suspension_review']
        : [],
  };
}
