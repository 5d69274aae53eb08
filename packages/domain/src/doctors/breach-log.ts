import { DEFAULT_BREACH_RULES, type BreachRules } from './breach';
import type { Consultation } from './consultation';
import { COVERAGE_SLOT_MS } from './evaluate';
import { computeSlaMetrics, type SlaMetrics, type SlaPeriod } from './metrics';
import { cstDayStartMs, cstWeekStartOf } from './schedule';
import { DAY_MS, SECOND_MS, toMs } from './time';

/*
 * The clocks of §1.4 that do not belong to one consultation, turned into the records the breach
 * log lists: COVERAGE_GAP per department and slot run, DOCTOR_WEEKLY per doctor and calendar week.
 * Pure: the caller brings the rows, the clock and the rules in force.
 */

// ---------------------------------------------------------------------------------------------
// DOCTOR_WEEKLY

/** The scorecard shows this many whole weeks; `riskAfterWeeks` in a row raise `sla_risk`. */
export const DOCTOR_WEEKLY_LOOKBACK_WEEKS = 4;

const WEEK_MS = 7 * DAY_MS;

/**
 * The `count` whole CST calendar weeks before the one `nowMs` is in, oldest first: a week is
 * judged once it is over, never while it runs.
 */
export function completedWeeks(nowMs: number, count: number = DOCTOR_WEEKLY_LOOKBACK_WEEKS): SlaPeriod[] {
  const current = cstDayStartMs(cstWeekStartOf(nowMs));
  return Array.from({ length: count }, (_, i) => {
    const from = current - (count - i) * WEEK_MS;
    return { from, to: from + WEEK_MS };
  });
}

/**
 * Every doctor's §1.3 metrics for each of `weeks` (contiguous, oldest first), in one pass over
 * the rows: the same as computeSlaMetrics with the week and the doctorId filter, per doctor. A
 * doctor with no consultation in any of the weeks is absent.
 */
export function doctorWeekMetrics(
  consultations: readonly Consultation[],
  weeks: readonly SlaPeriod[],
): Map<string, SlaMetrics[]> {
  const first = weeks[0]?.from ?? 0;
  const last = weeks.at(-1)?.to ?? 0;
  const buckets = new Map<string, Consultation[][]>();
  for (const c of consultations) {
    if (c.doctorId === undefined) continue;
    const queued = toMs(c.queuedAt);
    if (queued < first || queued >= last) continue;
    const index = weeks.findIndex((w) => queued >= w.from && queued < w.to);
    if (index < 0) continue;
    let byWeek = buckets.get(c.doctorId);
    if (!byWeek) buckets.set(c.doctorId, (byWeek = weeks.map(() => [])));
    byWeek[index]?.push(c);
  }
  const result = new Map<string, SlaMetrics[]>();
  for (const [doctorId, byWeek] of buckets) {
    result.set(
      doctorId,
      weeks.map((week, i) => computeSlaMetrics(byWeek[i] ?? [], week)),
    );
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// COVERAGE_GAP

export interface CoverageSlotCount {
  /** Start of the 30-min slot, epoch ms, on the slot grid. */
  start: number;
  onDuty: number;
}

export interface CoverageGapRun {
  level: 'warn' | 'breach';
  /** First short slot. */
  start: number;
  /** End of the last short slot (of those given: a warning ends at the look-ahead at most). */
  end: number;
  /** When the rule fired: a breach at its first slot, a warning when that slot came into view. */
  raisedAt: number;
  /** The fewest doctors on duty in any slot of the run. */
  onDuty: number;
  required: number;
  /** The run's last slot is over: the gap closed. Only a breach resolves; a warning is ahead. */
  resolvedAt?: number;
}

/**
 * One department's COVERAGE_GAP clocks: runs of consecutive 30-min slots with fewer doctors on
 * duty than `required`. A run that has begun by the current slot is a breach (resolved once its
 * last slot has passed); a run that begins later but within the look-ahead is a warning; slots
 * beyond the look-ahead are not judged. `slots` ascending on the slot grid, one per slot.
 */
export function coverageGapRuns(
  slots: readonly CoverageSlotCount[],
  required: number,
  nowMs: number,
  rules: BreachRules = DEFAULT_BREACH_RULES,
): CoverageGapRun[] {
  const lookaheadMs = rules.coverageGap.lookaheadSeconds * SECOND_MS;
  const currentSlot = Math.floor(nowMs / COVERAGE_SLOT_MS) * COVERAGE_SLOT_MS;
  const horizon = nowMs + lookaheadMs;
  const runs: CoverageGapRun[] = [];
  let open: { start: number; end: number; onDuty: number } | undefined;

  const close = () => {
    if (!open) return;
    const breach = open.start <= currentSlot;
    runs.push({
      level: breach ? 'breach' : 'warn',
      start: open.start,
      end: open.end,
      raisedAt: breach ? open.start : open.start - lookaheadMs,
      onDuty: open.onDuty,
      required,
      ...(breach && open.end <= currentSlot ? { resolvedAt: open.end } : {}),
    });
    open = undefined;
  };

  for (const slot of slots) {
    if (slot.start >= horizon) break;
    const short = slot.onDuty < required;
    // A gap in the grid (a slot not given) ends a run like a covered slot.
    if (open && (!short || slot.start !== open.end)) close();
    if (!short) continue;
    if (open) {
      open.end = slot.start + COVERAGE_SLOT_MS;
      open.onDuty = Math.min(open.onDuty, slot.onDuty);
    } else {
      open = { start: slot.start, end: slot.start + COVERAGE_SLOT_MS, onDuty: slot.onDuty };
    }
  }
  close();
  return runs;
}
