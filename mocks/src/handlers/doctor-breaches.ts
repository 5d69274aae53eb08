import { toIsoCst } from '@careops/domain';
import {
  COVERAGE_SLOT_MS,
  completedWeeks,
  computeSlaMetrics,
  coverageGapRuns,
  cstWeekStartOf,
  doctorWeekMetrics,
  evaluateCoverage,
  evaluateDoctorWeekly,
  evaluateShiftNoShow,
  judgeDoctorWeek,
  toMs,
  type BreachLogItem,
  type BreachRules,
  type Consultation,
  type Department,
  type Doctor,
  type DoctorFlag,
  type DoctorWeek,
  type DoctorWeekly,
  type SlaBreach,
} from '@careops/domain/doctors';
import { breachIdOf, iso, type BreachWaiver, type NoShowAt, type ShiftRecord } from '../seed/doctor-activity';

/*
 * The breach log's records beyond the consultations' own clocks (§1.4): SHIFT_NO_SHOW per shift,
 * COVERAGE_GAP per department and run of short slots, DOCTOR_WEEKLY per doctor and whole week.
 * All computed from the stored rows as of the server clock, like every other read; a waiver is the
 * only thing stored, by breach id. Each function takes the rules it judges by.
 *
 * `version` of a record the clock derives (not a stored row) counts its level: 1 as a warning,
 * 2 once breached. A waiver sent with the version of a warning is stale once the clock breached.
 */

type ShiftView = (shift: ShiftRecord, at: number) => ShiftRecord;
type Waivers = ReadonlyMap<string, BreachWaiver>;

function waiverOf(waivers: Waivers, id: string): Pick<SlaBreach, 'waived'> {
  const w = waivers.get(id);
  return w ? { waived: { by: w.by, reason: w.reason, at: w.at } } : {};
}

const derivedVersion = (level: SlaBreach['level']) => (level === 'warn' ? 1 : 2);

// --- SHIFT_NO_SHOW -------------------------------------------------------------------------------

/**
 * Every shift whose no-show clock passed a level: still nobody there (warn, then breach when the
 * shift is marked no_show), or a late check-in (a warning resolved when the doctor arrived).
 */
export function shiftNoShowBreaches(
  shifts: readonly ShiftRecord[],
  now: number,
  view: ShiftView,
  rules: BreachRules,
  waivers: Waivers,
  /** When the shift is marked no_show: the breach step under the rules in force at the time. */
  noShowAt: NoShowAt,
): BreachLogItem[] {
  const items: BreachLogItem[] = [];
  for (const s of shifts) {
    const start = toMs(s.start);
    if (start > now) continue;
    const v = view(s, now);
    if (v.status === 'draft' || v.status === 'cancelled') continue;
    const checkedIn = v.checkedInAt === undefined ? undefined : toMs(v.checkedInAt);
    // The clock runs from the start until someone checks in.
    const clock = evaluateShiftNoShow({ ...v, status: 'published' }, checkedIn ?? now, rules);
    if (!clock || clock.level === 'ok') continue;
    const level = v.status === 'no_show' ? 'breach' : clock.level;
    const id = breachIdOf(s.id, 'SHIFT_NO_SHOW');
    items.push({
      id,
      subjectType: 'shift',
      subjectId: s.id,
      rule: 'SHIFT_NO_SHOW',
      level,
      at: iso(level === 'breach' ? noShowAt(start) : start + rules.shiftNoShow.warnSeconds * 1000),
      ...(checkedIn === undefined ? {} : { resolvedAt: iso(checkedIn) }),
      ...waiverOf(waivers, id),
      departmentId: s.departmentId,
      doctorId: s.doctorId,
      version: s.version,
    });
  }
  return items;
}

// --- COVERAGE_GAP ------------------------------------------------------------------------------

/** How far back the log looks for coverage gaps. */
export const COVERAGE_LOOKBACK_MS = 7 * 86_400_000;

/** `brc_dep_gp_COVERAGE_GAP_202611240000`: one record per department and run, by its first slot. */
export const coverageBreachId = (departmentId: string, slotStart: number) =>
  `${breachIdOf(departmentId, 'COVERAGE_GAP')}_${iso(slotStart).slice(0, 16).replace(/\D/g, '')}`;

/**
 * Runs of 30-min slots with fewer doctors on duty than the department's minimum, from the first
 * rostered slot (at most a week back) to the look-ahead. A slot that is over is judged by the
 * shifts as they stood at its end (a doctor who never came did not cover it); the current and the
 * coming slots as they stand now (a late doctor counts until the shift is marked no_show).
 */
export function coverageGapBreaches(
  departments: readonly Department[],
  shifts: readonly ShiftRecord[],
  now: number,
  view: ShiftView,
  rules: BreachRules,
  waivers: Waivers,
): BreachLogItem[] {
  const currentSlot = Math.floor(now / COVERAGE_SLOT_MS) * COVERAGE_SLOT_MS;
  const horizon = now + rules.coverageGap.lookaheadSeconds * 1000;
  let firstRostered = Infinity;
  for (const s of shifts)
    if (s.status !== 'cancelled') firstRostered = Math.min(firstRostered, toMs(s.start));
  if (firstRostered === Infinity) return [];
  const from = Math.max(
    Math.floor(firstRostered / COVERAGE_SLOT_MS) * COVERAGE_SLOT_MS,
    currentSlot - COVERAGE_LOOKBACK_MS,
  );
  // evaluateCoverage decides who is on duty in one slot; no look-ahead, the runs handle that.
  const oneSlot = { ...rules, coverageGap: { lookaheadSeconds: 1 } };

  const items: BreachLogItem[] = [];
  for (const dept of departments) {
    const own = shifts.filter((s) => s.departmentId === dept.id);
    const slots = [];
    for (let slot = from; slot < horizon; slot += COVERAGE_SLOT_MS) {
      const end = slot + COVERAGE_SLOT_MS;
      const asOf = end <= now ? end - 1 : now;
      const covering = own
        .filter((s) => toMs(s.start) <= slot && toMs(s.end) >= end)
        .map((s) => view(s, asOf));
      slots.push({ start: slot, onDuty: evaluateCoverage([dept], covering, slot, oneSlot)[0]?.onDuty ?? 0 });
    }
    for (const run of coverageGapRuns(slots, dept.minOnDutyPerSlot, now, rules)) {
      const id = coverageBreachId(dept.id, run.start);
      items.push({
        id,
        subjectType: 'dept',
        subjectId: dept.id,
        rule: 'COVERAGE_GAP',
        level: run.level,
        at: toIsoCst(run.raisedAt),
        ...(run.resolvedAt === undefined ? {} : { resolvedAt: toIsoCst(run.resolvedAt) }),
        ...waiverOf(waivers, id),
        departmentId: dept.id,
        gap: { from: toIsoCst(run.start), to: toIsoCst(run.end), onDuty: run.onDuty, required: run.required },
        version: derivedVersion(run.level),
      });
    }
  }
  return items;
}

// --- DOCTOR_WEEKLY -----------------------------------------------------------------------------

export interface DoctorWeeklyView {
  weeks: DoctorWeek[];
  evaluation: DoctorWeekly;
  /** Epoch ms each week ended, beside `weeks`. */
  weekEnds: number[];
}

/** `brc_doc_0001_DOCTOR_WEEKLY_20261116`: one record per doctor and week. */
export const weeklyBreachId = (doctorId: string, weekStart: string) =>
  `${breachIdOf(doctorId, 'DOCTOR_WEEKLY')}_${weekStart.replace(/-/g, '')}`;

/**
 * Every doctor's last whole weeks judged by DOCTOR_WEEKLY, with what the streak calls for. A
 * waived breach week does not count towards `sla_risk`.
 */
export function doctorWeeklyViews(
  consultations: readonly Consultation[],
  doctors: readonly Doctor[],
  now: number,
  rules: BreachRules,
  waivers: Waivers,
): Map<string, DoctorWeeklyView> {
  const periods = completedWeeks(now);
  const byDoctor = doctorWeekMetrics(consultations, periods);
  const views = new Map<string, DoctorWeeklyView>();
  for (const doctor of doctors) {
    const metrics = byDoctor.get(doctor.id) ?? periods.map((p) => computeSlaMetrics([], p));
    const weeks = periods.map((period, i): DoctorWeek => {
      const week = metrics[i] ?? computeSlaMetrics([], period);
      const weekStart = cstWeekStartOf(period.from);
      const judged = judgeDoctorWeek(week, rules);
      if (judged.level === 'ok') return { weekStart, metrics: week, ...judged };
      const breachId = weeklyBreachId(doctor.id, weekStart);
      return { weekStart, metrics: week, ...judged, breachId, ...waiverOf(waivers, breachId) };
    });
    const evaluation = evaluateDoctorWeekly(
      weeks.map((w) => ({ ...w.metrics, waived: w.waived !== undefined })),
      rules,
    );
    views.set(doctor.id, { weeks, evaluation, weekEnds: periods.map((p) => p.to) });
  }
  return views;
}

/** The weeks that fell short, as breach log records. */
export function doctorWeeklyBreaches(
  views: ReadonlyMap<string, DoctorWeeklyView>,
  doctors: readonly Doctor[],
): BreachLogItem[] {
  const items: BreachLogItem[] = [];
  for (const doctor of doctors) {
    const view = views.get(doctor.id);
    view?.weeks.forEach((week, i) => {
      if (week.level === 'ok' || !week.breachId) return;
      items.push({
        id: week.breachId,
        subjectType: 'doctor',
        subjectId: doctor.id,
        rule: 'DOCTOR_WEEKLY',
        level: week.level,
        at: toIsoCst(view.weekEnds[i] ?? 0),
        ...(week.waived ? { waived: week.waived } : {}),
        departmentId: doctor.departmentIds[0],
        doctorId: doctor.id,
        week: { weekStart: week.weekStart, reasons: week.reasons },
        version: derivedVersion(week.level),
      });
    });
  }
  return items;
}

/**
 * The doctor as the SLA rules see them: an open `sla_risk` flag raised by the system while the
 * latest whole weeks breached `riskAfterWeeks` in a row (§1.4), unless one is already open.
 */
export function withSlaRiskFlag(doctor: Doctor, view: DoctorWeeklyView | undefined): Doctor {
  if (!view?.evaluation.actions.includes('flag_sla_risk')) return doctor;
  if ((doctor.flags ?? []).some((f) => f.type === 'sla_risk' && f.resolvedAt === undefined)) return doctor;
  const weeks = view.evaluation.consecutiveBreachWeeks;
  const flag: DoctorFlag = {
    id: `flg_${doctor.id}_sla_risk`,
    type: 'sla_risk',
    note: `每周 SLA 连续 ${weeks} 周违约 / Weekly SLA breached ${weeks} weeks in a row`,
    by: 'system',
    at: toIsoCst(view.weekEnds.at(-1) ?? 0),
  };
  // In time order with the flags people raised (CST ISO strings sort as times).
  const flags = [...(doctor.flags ?? []), flag].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { ...doctor, flags };
}
