import {
  breachRulesAt,
  isFinalStatus,
  thresholdCrossedAt,
  toMs,
  type AutoReassign,
  type BreachRules,
  type BreachRulesTimeline,
  type Consultation,
  type Doctor,
} from '@careops/domain/doctors';
import { iso, onDutyDoctorIds, type NoShowAt, type ShiftRecord } from '../seed/doctor-activity';

/*
 * §1.4: an FRT clock that goes critical (30 min normal, 10 min fast lane by default) while nobody
 * has answered is moved by the system to another doctor of the department on duty at that instant
 * — the least loaded one with room, ties by id. Like the 60-min refund it is applied on read: the
 * decisions are a function of the stored records and the rules over time alone, taken in the
 * order their clocks went critical, so every clock (a test's, a browser's fake one) and every
 * request sees the same ones, and a decision once passed never changes as time moves on.
 */

const DAY = 86_400_000;

export const AUTO_REASSIGN_REASON =
  '首次响应严重超时，系统自动改派 / Auto-reassigned: first response critically late';

export const frtRuleOf = (rules: BreachRules, priority: Consultation['priority']) =>
  priority === 'fast_lane' ? rules.frtFastLane : rules.frtNormal;

/** When the consultation's FRT clock goes critical and when the system refunds it. */
export function frtInstants(c: Consultation, timeline: BreachRulesTimeline) {
  const queued = toMs(c.queuedAt);
  return {
    criticalAt: thresholdCrossedAt(timeline, queued, (r) => frtRuleOf(r, c.priority).criticalSeconds),
    refundAt: thresholdCrossedAt(timeline, queued, (r) => frtRuleOf(r, c.priority).refundSeconds),
  };
}

export interface AutoReassignDecision extends Omit<AutoReassign, 'at'> {
  /** The critical instant, epoch ms: the decision shows once the clock is past it. */
  at: number;
  /** Already part of the stored record (a later write carried the view's reassignment in). */
  stored: boolean;
}

export interface AutoReassignInput {
  /** Stored records, as the table holds them. */
  consultations: readonly Consultation[];
  shifts: readonly ShiftRecord[];
  doctorOf: (id: string) => Doctor | undefined;
  timeline: BreachRulesTimeline;
  noShowAt: NoShowAt;
}

/** The doctor holding a stored consultation at `t` (undefined before it was assigned). */
function storedHolderAt(c: Consultation, t: number): string | undefined {
  if (c.assignedAt === undefined || toMs(c.assignedAt) > t) return undefined;
  let holder = c.reassignments[0]?.from ?? c.doctorId;
  for (const r of c.reassignments) if (toMs(r.at) <= t) holder = r.to;
  return holder;
}

/**
 * Every auto-reassignment the data calls for, by consultation id, whether its instant has come
 * or not (the caller shows those before its clock). A consultation whose critical step asks for no
 * reassignment, or that ops reassigned since it went critical, has none.
 */
export function planAutoReassignments(input: AutoReassignInput): Map<string, AutoReassignDecision> {
  const { consultations, shifts, doctorOf, timeline, noShowAt } = input;
  const decisions = new Map<string, AutoReassignDecision>();
  const pending: { c: Consultation; at: number }[] = [];

  for (const c of consultations) {
    if (isFinalStatus(c.status) || c.firstResponseAt !== undefined) continue;
    const { criticalAt, refundAt } = frtInstants(c, timeline);
    if (criticalAt >= refundAt) continue;
    if (!frtRuleOf(breachRulesAt(timeline, criticalAt), c.priority).criticalActions.includes('auto_reassign'))
      continue;
    const since = c.reassignments.find((r) => toMs(r.at) >= criticalAt);
    if (since) {
      // Ops answered the alarm, or a write since stored the system's own move.
      if (since.by === 'system')
        decisions.set(c.id, {
          outcome: 'reassigned',
          at: toMs(since.at),
          fromDoctorId: since.from,
          toDoctorId: since.to,
          stored: true,
        });
      continue;
    }
    pending.push({ c, at: criticalAt });
  }
  if (pending.length === 0) return decisions;
  pending.sort((a, b) => a.at - b.at || (a.c.id < b.c.id ? -1 : 1));

  // Consultations a doctor may hold at some instant of the plan: assigned, not yet closed. Times
  // are CST ISO strings (§0), so they compare as text: most of the 50,000 rows drop out unparsed.
  const first = pending[0]?.at ?? 0;
  const last = pending.at(-1)?.at ?? 0;
  const firstIso = iso(first - DAY);
  const open: { c: Consultation; start: number; end: number }[] = [];
  for (const c of consultations) {
    if (c.assignedAt === undefined) continue;
    if (c.closedAt !== undefined && c.closedAt <= firstIso) continue;
    const start = toMs(c.assignedAt);
    if (start > last) continue;
    const end =
      c.closedAt !== undefined
        ? toMs(c.closedAt)
        : c.firstResponseAt !== undefined
          ? toMs(c.firstResponseAt) + DAY
          : frtInstants(c, timeline).refundAt;
    if (end > first) open.push({ c, start, end });
  }

  const moved = new Map<string, { at: number; to: string }>();
  const holderAt = (c: Consultation, t: number) => {
    const move = moved.get(c.id);
    return move && move.at <= t ? move.to : storedHolderAt(c, t);
  };
  const loadAt = (t: number) => {
    const load = new Map<string, number>();
    for (const o of open) {
      if (o.start > t || o.end <= t) continue;
      const holder = holderAt(o.c, t);
      if (holder) load.set(holder, (load.get(holder) ?? 0) + 1);
    }
    return load;
  };

  const shiftsOf = new Map<string, ShiftRecord[]>();
  for (const s of shifts) {
    const list = shiftsOf.get(s.departmentId);
    if (list) list.push(s);
    else shiftsOf.set(s.departmentId, [s]);
  }

  for (const { c, at } of pending) {
    const from = holderAt(c, at);
    if (!from) {
      // Nobody to move it from: dispatching a queued consultation is not the system's (§1.2).
      decisions.set(c.id, { outcome: 'not_assigned', at, stored: false });
      continue;
    }
    const load = loadAt(at);
    let best: { id: string; load: number } | undefined;
    for (const id of onDutyDoctorIds(shiftsOf.get(c.departmentId) ?? [], at, c.departmentId, noShowAt)) {
      const doctor = doctorOf(id);
      if (!doctor || id === from || doctor.status !== 'active') continue;
      if (!doctor.departmentIds.includes(c.departmentId)) continue;
      const held = load.get(id) ?? 0;
      if (held >= doctor.maxConcurrent) continue;
      if (!best || held < best.load || (held === best.load && id < best.id)) best = { id, load: held };
    }
    if (best) {
      moved.set(c.id, { at, to: best.id });
      decisions.set(c.id, {
        outcome: 'reassigned',
        at,
        fromDoctorId: from,
        toDoctorId: best.id,
        stored: false,
      });
    } else {
      decisions.set(c.id, { outcome: 'no_doctor_available', at, fromDoctorId: from, stored: false });
    }
  }
  return decisions;
}
