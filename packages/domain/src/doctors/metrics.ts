import { z } from 'zod';
import { SLA_RULES, slaRuleSchema, type SlaBreach } from './breach';
import type { Consultation } from './consultation';
import { SECOND_MS, cstDayLabel, cstDayNumber, cstHourOf, toMs } from './time';

/*
 * DOMAIN.md §1.3, with the choices the text leaves open:
 *
 * - Cohort: every metric is over the consultations QUEUED in the period (from inclusive, to
 *   exclusive, epoch milliseconds) that match the filters. The doctor filter matches the doctor
 *   holding the consultation now, so a reassigned consultation counts for the doctor who got it.
 * - FRT avg/P90: the cohort minus patient cancels under 2 min (119 s is out, 120 s is in). An
 *   unanswered consultation is a failure, so it enters as UNANSWERED_FRT_SECONDS (the 60-min
 *   auto-refund point, after which nobody can still answer it) or as its real wait if that was
 *   longer: it never looks better than a late answer.
 * - 15-min and fast-lane rates: eligible = cohort minus patient cancels before assignment;
 *   FRT ≤ 900 s (≤ 300 s) is within, and unanswered is a failure. A consultation still waiting is
 *   unanswered too, so for a period that is still running pass `to` ≤ now − 15 min.
 * - Completion: closeReason completed / (completed + no_response_refund + timeout); patient
 *   cancels, offline referrals (all treated as valid) and open consultations are left out.
 * - Satisfaction over every rated consultation; coverage = rated completed / completed.
 * - Complaints per 1,000 completed count complaints on any consultation of the cohort.
 * - Rx rejection = Σ rxRejectedCount / Σ rxIds. Follow-up compliance = tasks done by dueAt
 *   (inclusive; dueAt is the 48 h mark) / tasks created.
 * - A rate whose denominator is zero is null. P50/P90 are nearest-rank: the value at position
 *   ⌈p·n⌉ of the ascending list (P90 of 10 values is the 9th).
 */

export const FRT_TARGET_SECONDS = 15 * 60;
export const FAST_LANE_TARGET_SECONDS = 5 * 60;
export const QUICK_CANCEL_SECONDS = 2 * 60;
export const UNANSWERED_FRT_SECONDS = 60 * 60;

export const slaPeriodSchema = z.object({ from: z.number(), to: z.number() });
/** Epoch milliseconds, `from` inclusive and `to` exclusive. */
export type SlaPeriod = z.infer<typeof slaPeriodSchema>;

export const slaFiltersSchema = z.object({
  departmentId: z.string().optional(),
  doctorId: z.string().optional(),
});
export type SlaFilters = z.infer<typeof slaFiltersSchema>;

const rateSchema = z.number().min(0).max(1).nullable();
const secondsSchema = z.number().min(0).nullable();

export const slaMetricsSchema = z.object({
  /** Consultations queued in the period (the cohort). */
  queued: z.number().int().min(0),
  /** The 15-min rate's denominator: cohort minus patient cancels before assignment. */
  eligible: z.number().int().min(0),
  /** Consultations in the FRT avg/P90 that no doctor answered. */
  unanswered: z.number().int().min(0),
  frtAvgSeconds: secondsSchema,
  frtP90Seconds: secondsSchema,
  rate15Min: rateSchema,
  fastLaneRate: rateSchema,
  completionRate: rateSchema,
  satisfaction: z.object({
    rate: rateSchema,
    avgRating: z.number().min(1).max(5).nullable(),
    coverage: rateSchema,
  }),
  complaintsPer1000: z.number().min(0).nullable(),
  rxRejectionRate: rateSchema,
  followUpCompliance: rateSchema,
});
export type SlaMetrics = z.infer<typeof slaMetricsSchema>;

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Nearest rank on an ascending list: the value at position ⌈n · percent / 100⌉. */
export function percentile(ascending: readonly number[], percent: number): number | null {
  if (ascending.length === 0) return null;
  const rank = Math.max(1, Math.ceil((ascending.length * percent) / 100));
  return ascending[rank - 1] ?? null;
}

function inCohort(c: Consultation, queuedMs: number, period: SlaPeriod, filters: SlaFilters): boolean {
  return (
    queuedMs >= period.from &&
    queuedMs < period.to &&
    (filters.departmentId === undefined || c.departmentId === filters.departmentId) &&
    (filters.doctorId === undefined || c.doctorId === filters.doctorId)
  );
}

interface Measured {
  /** The value FRT avg/P90 use; undefined when the consultation is left out of them. */
  frtStat: number | undefined;
  answered: boolean;
  /** In the 15-min rate's denominator. */
  eligible: boolean;
  within15Min: boolean;
  withinFastLane: boolean;
}

function measure(c: Consultation, queuedMs: number): Measured {
  const frt = c.firstResponseAt === undefined ? undefined : (toMs(c.firstResponseAt) - queuedMs) / SECOND_MS;
  const patientCancel = c.closeReason === 'patient_cancel';
  const closedAfter = c.closedAt === undefined ? undefined : (toMs(c.closedAt) - queuedMs) / SECOND_MS;
  const quickCancel = patientCancel && closedAfter !== undefined && closedAfter < QUICK_CANCEL_SECONDS;

  let frtStat: number | undefined;
  if (!quickCancel) frtStat = frt ?? Math.max(UNANSWERED_FRT_SECONDS, closedAfter ?? 0);
  return {
    frtStat,
    answered: frt !== undefined,
    eligible: !(patientCancel && c.assignedAt === undefined),
    within15Min: frt !== undefined && frt <= FRT_TARGET_SECONDS,
    withinFastLane: frt !== undefined && frt <= FAST_LANE_TARGET_SECONDS,
  };
}

export function computeSlaMetrics(
  consultations: readonly Consultation[],
  period: SlaPeriod,
  filters: SlaFilters = {},
): SlaMetrics {
  let queued = 0;
  let eligible = 0;
  let unanswered = 0;
  let within15Min = 0;
  let fastLaneEligible = 0;
  let fastLaneWithin = 0;
  const frts: number[] = [];
  let completed = 0;
  let failed = 0;
  let rated = 0;
  let ratingSum = 0;
  let satisfied = 0;
  let ratedCompleted = 0;
  let complaints = 0;
  let rxIssued = 0;
  let rxRejected = 0;
  let followUps = 0;
  let followUpsOnTime = 0;

  for (const c of consultations) {
    const queuedMs = toMs(c.queuedAt);
    if (!inCohort(c, queuedMs, period, filters)) continue;
    queued++;

    const m = measure(c, queuedMs);
    if (m.frtStat !== undefined) {
      frts.push(m.frtStat);
      if (!m.answered) unanswered++;
    }
    if (m.eligible) {
      eligible++;
      if (m.within15Min) within15Min++;
      if (c.priority === 'fast_lane') {
        fastLaneEligible++;
        if (m.withinFastLane) fastLaneWithin++;
      }
    }

    if (c.closeReason === 'completed') completed++;
    else if (c.closeReason === 'no_response_refund' || c.closeReason === 'timeout') failed++;

    if (c.rating !== undefined) {
      rated++;
      ratingSum += c.rating;
      if (c.rating >= 4) satisfied++;
      if (c.closeReason === 'completed') ratedCompleted++;
    }
    if (c.complaint) complaints++;
    rxIssued += c.rxIds.length;
    rxRejected += c.rxRejectedCount;
    if (c.followUpTask) {
      followUps++;
      const { doneAt, dueAt } = c.followUpTask;
      if (doneAt !== undefined && toMs(doneAt) <= toMs(dueAt)) followUpsOnTime++;
    }
  }

  frts.sort((a, b) => a - b);
  const perThousand = ratio(complaints, completed);
  return {
    queued,
    eligible,
    unanswered,
    frtAvgSeconds: ratio(
      frts.reduce((sum, v) => sum + v, 0),
      frts.length,
    ),
    frtP90Seconds: percentile(frts, 90),
    rate15Min: ratio(within15Min, eligible),
    fastLaneRate: ratio(fastLaneWithin, fastLaneEligible),
    completionRate: ratio(completed, completed + failed),
    satisfaction: {
      rate: ratio(satisfied, rated),
      avgRating: ratio(ratingSum, rated),
      coverage: ratio(ratedCompleted, completed),
    },
    complaintsPer1000: perThousand === null ? null : perThousand * 1000,
    rxRejectionRate: ratio(rxRejected, rxIssued),
    followUpCompliance: ratio(followUpsOnTime, followUps),
  };
}

// ---------------------------------------------------------------------------------------------
// Dashboard series (§1.5), over the same cohort and definitions as computeSlaMetrics.

export const slaSeriesSchema = z.object({
  /** All 24 hours of the CST day the consultations were queued in; empty hours have null. */
  frtByHour: z.array(
    z.object({
      hour: z.number().int().min(0).max(23),
      count: z.number().int().min(0),
      p50Seconds: secondsSchema,
      p90Seconds: secondsSchema,
    }),
  ),
  /** Departments with eligible consultations, by id. */
  rate15ByDepartment: z.array(
    z.object({
      departmentId: z.string(),
      eligible: z.number().int().min(0),
      within15Min: z.number().int().min(0),
      rate: rateSchema,
    }),
  ),
  /** Every CST day the period touches, by the day consultations were queued. */
  satisfactionByDay: z.array(
    z.object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      rated: z.number().int().min(0),
      rate: rateSchema,
      avgRating: z.number().min(1).max(5).nullable(),
    }),
  ),
  breachPareto: z.array(z.object({ rule: slaRuleSchema, count: z.number().int().min(1) })),
});
export type SlaSeries = z.infer<typeof slaSeriesSchema>;

/**
 * Breaches per rule, most frequent first (ties in SLA_RULES order). Counts subjects, not records:
 * a clock that escalated breach → critical is one breach. Warnings and waived breaches do not count.
 */
export function breachPareto(breaches: readonly SlaBreach[]): SlaSeries['breachPareto'] {
  const seen = new Set<string>();
  const counts = new Map<SlaBreach['rule'], number>();
  for (const b of breaches) {
    if (b.level === 'warn' || b.waived) continue;
    const key = `${b.rule}|${b.subjectType}|${b.subjectId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(b.rule, (counts.get(b.rule) ?? 0) + 1);
  }
  return [...counts]
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => b.count - a.count || SLA_RULES.indexOf(a.rule) - SLA_RULES.indexOf(b.rule));
}

/**
 * `otherBreaches`: the breaches of other subjects (shifts, departments, doctors) for the Pareto,
 * already scoped by the caller to the period and filters; a consultation's own come with it.
 */
export function groupSlaMetrics(
  consultations: readonly Consultation[],
  period: SlaPeriod,
  filters: SlaFilters = {},
  otherBreaches: readonly SlaBreach[] = [],
): SlaSeries {
  const frtsByHour: number[][] = Array.from({ length: 24 }, () => []);
  const byDepartment = new Map<string, { eligible: number; within15Min: number }>();
  const firstDay = cstDayNumber(period.from);
  const lastDay = cstDayNumber(period.to - 1);
  const days = Array.from({ length: Math.max(0, lastDay - firstDay + 1) }, () => ({
    rated: 0,
    satisfied: 0,
    ratingSum: 0,
  }));
  const breaches: SlaBreach[] = [...otherBreaches];

  for (const c of consultations) {
    const queuedMs = toMs(c.queuedAt);
    if (!inCohort(c, queuedMs, period, filters)) continue;
    const m = measure(c, queuedMs);

    if (m.frtStat !== undefined) frtsByHour[cstHourOf(queuedMs)]?.push(m.frtStat);
    if (m.eligible) {
      let dept = byDepartment.get(c.departmentId);
      if (!dept) byDepartment.set(c.departmentId, (dept = { eligible: 0, within15Min: 0 }));
      dept.eligible++;
      if (m.within15Min) dept.within15Min++;
    }
    const day = days[cstDayNumber(queuedMs) - firstDay];
    if (day && c.rating !== undefined) {
      day.rated++;
      day.ratingSum += c.rating;
      if (c.rating >= 4) day.satisfied++;
    }
    for (const b of c.breaches) breaches.push(b);
  }

  return {
    frtByHour: frtsByHour.map((frts, hour) => {
      frts.sort((a, b) => a - b);
      return { hour, count: frts.length, p50Seconds: percentile(frts, 50), p90Seconds: percentile(frts, 90) };
    }),
    rate15ByDepartment: [...byDepartment]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([departmentId, d]) => ({ departmentId, ...d, rate: ratio(d.within15Min, d.eligible) })),
    satisfactionByDay: days.map((d, i) => ({
      date: cstDayLabel(firstDay + i),
      rated: d.rated,
      rate: ratio(d.satisfied, d.rated),
      avgRating: ratio(d.ratingSum, d.rated),
    })),
    breachPareto: breachPareto(breaches),
  };
}
