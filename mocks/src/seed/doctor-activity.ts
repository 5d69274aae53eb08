import { maskName, toIsoCst } from '@careops/domain';
import {
  DEFAULT_BREACH_RULES,
  cstDayStartMs,
  cstWeekStartOf,
  type BreachRules,
  type Consultation,
  type ConsultationHistoryEntry,
  type Department,
  type Doctor,
  type Shift,
  type SlaBreach,
} from '@careops/domain/doctors';
import { createRandom, type Random } from './random';
import { DEPARTMENTS, seedDoctors } from './doctors';
import { personName } from './names';

/*
 * The doctors' activity around the anchor time: 30 days of closed consultations (≈ 51,000), the
 * consultations open now, a stream of arrivals over the next hours (each appears once the server
 * clock reaches its queuedAt), and two weeks of shifts. Every consultation is built by walking the
 * §1.2 state machine, so its history replays; times are ISO strings because the API and the domain
 * calculators read them so, and one string per timestamp keeps 50k rows near 60 MB.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Relative arrivals per CST hour: quiet nights, a morning peak and an evening peak. */
export const HOURLY_WEIGHTS = [
  0.35, 0.25, 0.18, 0.15, 0.15, 0.22, 0.45, 0.9, 1.6, 2.2, 2.3, 2.0, 1.4, 1.3, 1.6, 1.7, 1.6, 1.5, 1.5, 1.9,
  2.2, 2.1, 1.6, 0.9,
] as const;
const PER_WEIGHT_PER_HOUR = 56;
/** Closed history ends here before the anchor; the consultations after it are open or arriving. */
export const HISTORY_END_BEFORE_ANCHOR = 2 * HOUR;
/** How far ahead of the anchor the arrival stream runs (the demo stays alive that long). */
export const ARRIVALS_AHEAD = 4 * HOUR;

/** Waits (minutes) of the consultations queued before the anchor and still unanswered at it. */
const WAITING_AT_ANCHOR_MIN = [1, 3, 4, 7, 9, 11, 12, 13, 14, 16, 18, 22, 27, 31, 35, 41];
/** Waits (minutes) of patients who wrote again and await the doctor's reply at the anchor (DOCTOR_IDLE). */
const IDLE_AT_ANCHOR_MIN = [6, 18, 33, 41, 52, 64, 78];

export type ShiftRecord = Shift & {
  /** What the doctor will do: check in that many minutes after the start, or never (a no-show). */
  plan?: { checkInAfterMin: number | null };
};

export interface BreachWaiver {
  /** The breach id. */
  id: string;
  by: string;
  reason: string;
  at: string;
}

const DEPT_WEIGHTS: readonly (readonly [string, number])[] = [
  ['dep_gp', 35],
  ['dep_ped', 20],
  ['dep_derm', 15],
  ['dep_endo', 10],
  ['dep_cardio', 10],
  ['dep_psy', 10],
];

const AGE_BANDS = ['18–29', '30–39', '40–49', '50–59', '60–69', '70+'] as const;
const CHILD_AGE_BANDS = ['0–5', '6–12', '13–17'] as const;

const dayPrefixes = new Map<number, string>();
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/**
 * toIsoCst, a calendar lookup cheaper: the seed writes about 600,000 timestamps and Date's
 * formatting was most of its time. Same output for any time after 1970 (whole seconds).
 */
export function iso(ms: number): string {
  const local = ms + 8 * HOUR;
  const day = Math.floor(local / DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = toIsoCst(day * DAY - 8 * HOUR).slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const seconds = Math.floor((local - day * DAY) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${prefix}${pad2(h)}:${pad2(m)}:${pad2(seconds % 60)}+08:00`;
}

/** Exponential draw with the given mean. */
function expo(random: Random, mean: number): number {
  return -Math.log(1 - random.next()) * mean;
}

function departmentOf(id: string): Department {
  return DEPARTMENTS.find((d) => d.id === id) ?? (DEPARTMENTS[0] as Department);
}

// ----------------------------------------------------------------------------------------------
// Shifts

interface Block {
  fromHour: number;
  toHour: number;
  type: Shift['type'];
  /** Doctors beyond the department minimum. */
  extra: number;
  fastLaneOnly?: boolean;
}

const BLOCKS: readonly Block[] = [
  { fromHour: 0, toHour: 8, type: 'night', extra: 0 },
  { fromHour: 8, toHour: 16, type: 'regular', extra: 0 },
  { fromHour: 16, toHour: 24, type: 'regular', extra: 0 },
  // Peak reinforcements (the busy mornings and evenings).
  { fromHour: 9, toHour: 12, type: 'regular', extra: 1 },
  { fromHour: 19, toHour: 22, type: 'regular', extra: 1 },
  { fromHour: 9, toHour: 13, type: 'fast_lane', extra: 1, fastLaneOnly: true },
  { fromHour: 19, toHour: 23, type: 'fast_lane', extra: 1, fastLaneOnly: true },
];

/**
 * The current week (published) and the next (draft), staffed to each department's minimum with
 * peak reinforcements; one main block per department is a doctor short (a coverage gap) on a day
 * after the anchor, and a few past shifts were missed.
 */
export function seedShifts(random: Random, anchor: number, doctors: readonly Doctor[]): ShiftRecord[] {
  const weekStart = cstDayStartMs(cstWeekStartOf(anchor));
  const anchorDay = Math.floor((anchor - weekStart) / DAY);
  const shifts: ShiftRecord[] = [];
  const busyUntil = new Map<string, number>();
  let n = 0;

  DEPARTMENTS.forEach((dept, deptIndex) => {
    // Primary department only, so a doctor with two departments is never booked twice at once.
    const pool = doctors.filter((d) => d.status === 'active' && d.departmentIds[0] === dept.id);
    let cursor = 0;
    const gapDay = Math.min(anchorDay + 1 + (deptIndex % 2), 6);
    const gapBlock = deptIndex % 3;

    for (let day = 0; day < 14; day++) {
      const dayStart = weekStart + day * DAY;
      BLOCKS.forEach((block, blockIndex) => {
        if (block.fastLaneOnly && !dept.fastLane) return;
        let count = block.extra > 0 ? block.extra : dept.minOnDutyPerSlot;
        if (day === gapDay && blockIndex === gapBlock) count -= 1;
        const start = dayStart + block.fromHour * HOUR;
        const end = dayStart + block.toHour * HOUR;
        for (let k = 0; k < count; k++) {
          // Next doctor of the pool who is free and licensed past the shift's end.
          let doctor: Doctor | undefined;
          for (let tries = 0; tries < pool.length; tries++) {
            const candidate = pool[cursor % pool.length];
            cursor++;
            if (
              candidate &&
              (busyUntil.get(candidate.id) ?? 0) <= start &&
              Date.parse(candidate.licenseExpiry) >= end
            ) {
              doctor = candidate;
              break;
            }
          }
          if (!doctor) continue;
          busyUntil.set(doctor.id, end);
          const published = day < 7;
          const noShow = published && random.chance(0.02);
          const checkInAfterMin = noShow ? null : random.int(-8, 4);
          shifts.push(
            materializeShift(
              {
                id: `sh_${String(++n).padStart(5, '0')}`,
                doctorId: doctor.id,
                departmentId: dept.id,
                start: iso(start),
                end: iso(end),
                type: block.type,
                capacity: doctor.maxConcurrent,
                status: published ? 'published' : 'draft',
                version: 1,
                ...(published ? { plan: { checkInAfterMin } } : {}),
              },
              anchor,
            ),
          );
        }
      });
    }
  });
  return shifts;
}

/** When a shift nobody checked in to becomes a no-show: the SHIFT_NO_SHOW breach step (§1.4). */
export type NoShowAt = (startMs: number) => number;
const defaultNoShowAt: NoShowAt = (startMs) =>
  startMs + DEFAULT_BREACH_RULES.shiftNoShow.breachSeconds * 1000;

/**
 * A shift as the server clock `nowMs` finds it: a published shift is checked in once its planned
 * check-in time passes, marked no_show at the SHIFT_NO_SHOW breach step (10 min after the start by
 * default; `noShowAt` gives the rules in force) when nobody came by then (§1.4), and completed at
 * its end. Pure: the stored record keeps its plan.
 */
export function materializeShift(
  shift: ShiftRecord,
  nowMs: number,
  noShowAt: NoShowAt = defaultNoShowAt,
): ShiftRecord {
  const start = Date.parse(shift.start);
  const end = Date.parse(shift.end);
  if (shift.status === 'published' && shift.plan && start <= nowMs) {
    const { checkInAfterMin } = shift.plan;
    // Early arrivals check in at the start: a shift's clock starts with the shift.
    const checkedInAt = checkInAfterMin === null ? undefined : start + Math.max(0, checkInAfterMin) * MIN;
    const missedAt = noShowAt(start);
    if (checkedInAt === undefined || checkedInAt > missedAt) {
      // Nobody came before the breach step: the shift is missed, a later arrival changes nothing.
      if (nowMs > missedAt) return { ...shift, status: 'no_show' };
      return shift;
    }
    if (nowMs >= checkedInAt) {
      return {
        ...shift,
        status: nowMs >= end ? 'completed' : 'checked_in',
        checkedInAt: iso(checkedInAt),
      };
    }
    return shift;
  }
  if (shift.status === 'checked_in' && nowMs >= end) return { ...shift, status: 'completed' };
  return shift;
}

/** Doctors checked in to a shift of the department covering `nowMs`. */
export function onDutyDoctorIds(
  shifts: readonly ShiftRecord[],
  nowMs: number,
  departmentId?: string,
  noShowAt: NoShowAt = defaultNoShowAt,
) {
  const ids = new Set<string>();
  for (const s of shifts) {
    if (departmentId !== undefined && s.departmentId !== departmentId) continue;
    if (s.type === 'on_call') continue;
    const view = materializeShift(s, nowMs, noShowAt);
    if (view.status === 'checked_in' && Date.parse(s.start) <= nowMs && Date.parse(s.end) > nowMs)
      ids.add(s.doctorId);
  }
  return ids;
}

// ----------------------------------------------------------------------------------------------
// Consultations

interface Draft {
  id: string;
  dept: Department;
  queuedAt: number;
  priority: Consultation['priority'];
  kind: Consultation['kind'];
}

function patientOf(random: Random, dept: Department): Consultation['patient'] {
  const name = personName(random);
  const child = dept.id === 'dep_ped';
  return {
    name: { 'zh-CN': maskName(name['zh-CN']), 'en-US': maskName(name['en-US']) },
    ageBand: child ? random.pick(CHILD_AGE_BANDS) : random.pick(AGE_BANDS),
  };
}

function baseOf(random: Random, draft: Draft): Consultation {
  const { dept } = draft;
  const channel = random.weighted([
    ['text', 70],
    ['phone', 15],
    ['video', 15],
  ] as const);
  const needsEvidence = draft.kind === 'follow_up' || draft.kind === 'rx_renewal';
  const triaged = random.chance(0.7);
  return {
    id: draft.id,
    patient: patientOf(random, dept),
    departmentId: dept.id,
    channel,
    kind: draft.kind,
    priority: draft.priority,
    ...(needsEvidence ? { followUpEvidence: `EMR-${random.digits(8)}` } : {}),
    ...(triaged
      ? {
          aiTriage: {
            deptId: random.chance(0.92) ? dept.id : random.pick(DEPARTMENTS).id,
            confidence: Math.round((0.55 + random.next() * 0.44) * 100) / 100,
          },
        }
      : {}),
    status: 'queued',
    queuedAt: iso(draft.queuedAt),
    rxIds: [],
    rxRejectedCount: 0,
    reassignments: [],
    breaches: [],
    history: [],
    version: 1,
  };
}

function draftAt(random: Random, id: string, queuedAt: number, only?: Department): Draft {
  const dept = only ?? departmentOf(random.weighted(DEPT_WEIGHTS));
  const fast = dept.fastLane && random.chance(0.35);
  const kind: Consultation['kind'] = fast
    ? 'fast'
    : random.weighted([
        ['designated', 30],
        ['follow_up', 30],
        ['rx_renewal', 20],
        ['fast', 20],
      ] as const);
  return { id, dept, queuedAt, priority: fast ? 'fast_lane' : 'normal', kind };
}

/** The FRT clock's highest level reached after `elapsedSeconds`, as a recorded breach. */
export function frtBreach(
  c: Consultation,
  queuedAt: number,
  elapsedSeconds: number,
  resolvedAt: number | undefined,
  rules: BreachRules = DEFAULT_BREACH_RULES,
): SlaBreach | undefined {
  const fast = c.priority === 'fast_lane';
  const rule = fast ? rules.frtFastLane : rules.frtNormal;
  const level =
    elapsedSeconds > rule.criticalSeconds
      ? 'critical'
      : elapsedSeconds > rule.breachSeconds
        ? 'breach'
        : elapsedSeconds > rule.warnSeconds
          ? 'warn'
          : undefined;
  if (!level) return undefined;
  const threshold =
    level === 'critical' ? rule.criticalSeconds : level === 'breach' ? rule.breachSeconds : rule.warnSeconds;
  const ruleName = fast ? 'FRT_FAST_LANE' : 'FRT_NORMAL';
  return {
    id: breachIdOf(c.id, ruleName),
    subjectType: 'consultation',
    subjectId: c.id,
    rule: ruleName,
    level,
    at: iso(queuedAt + threshold * 1000),
    ...(resolvedAt === undefined ? {} : { resolvedAt: iso(resolvedAt) }),
  };
}

/**
 * The DOCTOR_IDLE clock (§1.4) of a patient waiting since `since` for the doctor's reply, as
 * reached at `upTo`: the highest level as a recorded breach, resolved at `resolvedAt`.
 */
export function idleBreach(
  c: Consultation,
  since: number,
  upTo: number,
  resolvedAt: number | undefined,
  rules: BreachRules = DEFAULT_BREACH_RULES,
): SlaBreach | undefined {
  const { warnSeconds, breachSeconds } = rules.doctorIdle;
  const elapsedSeconds = (upTo - since) / 1000;
  const level = elapsedSeconds > breachSeconds ? 'breach' : elapsedSeconds > warnSeconds ? 'warn' : undefined;
  if (!level) return undefined;
  return {
    id: breachIdOf(c.id, 'DOCTOR_IDLE'),
    subjectType: 'consultation',
    subjectId: c.id,
    rule: 'DOCTOR_IDLE',
    level,
    at: iso(since + (level === 'breach' ? breachSeconds : warnSeconds) * 1000),
    ...(resolvedAt === undefined ? {} : { resolvedAt: iso(resolvedAt) }),
  };
}

export function breachIdOf(subjectId: string, rule: string): string {
  return `brc_${subjectId}_${rule}`;
}

const REASSIGN_REASONS = [
  '医生临时离线 / Doctor went offline',
  '患者要求更换医生 / Patient asked for another doctor',
  '专科更匹配 / Better specialty match',
];

/** One closed consultation, walked through the state machine. */
function closedConsultation(random: Random, draft: Draft, doctors: readonly Doctor[], anchor: number) {
  const c = baseOf(random, draft);
  const q = draft.queuedAt;
  const history: ConsultationHistoryEntry[] = [];
  const push = (from: Consultation['status'], to: Consultation['status'], at: number, actor: string) => {
    const actorRole = actor === 'usr_medops' ? 'MED' : (actor as ConsultationHistoryEntry['actorRole']);
    history.push({
      from,
      to,
      at: iso(at),
      actorId: actor === 'doctor' ? (c.doctorId ?? 'doctor') : actor,
      actorRole,
    });
  };
  const doctorFor = () => random.pick(doctors);
  const fast = draft.priority === 'fast_lane';

  const branch = random.next();
  if (branch < 0.03) {
    // Patient cancels before anyone is assigned; a third of them within the 2-min grace.
    const closed = q + random.int(20, 540) * 1000;
    push('queued', 'cancelled', closed, 'patient');
    Object.assign(c, { status: 'cancelled', closedAt: iso(closed), closeReason: 'patient_cancel' });
    const breach = frtBreach(c, q, (closed - q) / 1000, closed);
    c.breaches = breach ? [breach] : [];
  } else if (branch < 0.045) {
    // Nobody answers: the system refunds at 60 min (§1.4), assigned or still queued.
    const refundAt = q + DEFAULT_BREACH_RULES.frtNormal.refundSeconds * 1000 + random.int(1, 30) * 1000;
    if (random.chance(0.7)) {
      const assigned = q + random.int(20, 180) * 1000;
      c.doctorId = doctorFor().id;
      c.assignedAt = iso(assigned);
      push('queued', 'assigned', assigned, 'dispatcher');
      push('assigned', 'refunded', refundAt, 'system');
    } else {
      push('queued', 'refunded', refundAt, 'system');
    }
    Object.assign(c, { status: 'refunded', closedAt: iso(refundAt), closeReason: 'no_response_refund' });
    const breach = frtBreach(c, q, (refundAt - q) / 1000, refundAt);
    c.breaches = breach ? [breach] : [];
  } else {
    const load = (HOURLY_WEIGHTS[new Date(q + 8 * HOUR).getUTCHours()] ?? 1) / 2;
    let frt = fast ? 15 + expo(random, 80 + 70 * load) : 30 + expo(random, 190 + 170 * load);
    if (random.chance(0.012)) frt = random.int(30, 55) * 60;
    frt = Math.round(frt);
    const assignAfter = Math.min(Math.max(5, Math.round(frt * 0.3)), random.int(10, 150), frt);
    const assigned = q + assignAfter * 1000;
    const firstResponse = q + frt * 1000;
    c.doctorId = doctorFor().id;
    c.assignedAt = iso(assigned);
    c.acceptedAt = iso(assigned + Math.min(5000, firstResponse - assigned));
    push('queued', 'assigned', assigned, 'dispatcher');
    if (frt - assignAfter > 90 && random.chance(0.05)) {
      const at = assigned + random.int(30, frt - assignAfter - 30) * 1000;
      const byOps = random.chance(0.5);
      const to = doctorFor().id;
      const reason = random.pick(REASSIGN_REASONS);
      c.reassignments.push({
        from: c.doctorId,
        to,
        at: iso(at),
        by: byOps ? 'usr_medops' : 'system',
        reason,
      });
      history.push({
        from: 'assigned',
        to: 'assigned',
        at: iso(at),
        actorId: byOps ? 'usr_medops' : 'system',
        actorRole: byOps ? 'MED' : 'system',
        reason,
      });
      c.doctorId = to;
    }
    c.firstResponseAt = iso(firstResponse);
    push('assigned', 'in_progress', firstResponse, 'doctor');

    const outcome = random.next();
    let closed: number;
    if (outcome < 0.04) {
      closed = firstResponse + random.int(3, 15) * MIN;
      push('in_progress', 'terminated', closed, 'doctor');
      Object.assign(c, { status: 'terminated', closeReason: 'offline_referral' });
    } else if (outcome < 0.05 && firstResponse + 25 * HOUR < anchor - HISTORY_END_BEFORE_ANCHOR) {
      // The patient's last message was never answered: the system closes it after 24 h.
      closed = firstResponse + 24 * HOUR + random.int(1, 60) * MIN;
      push('in_progress', 'completed', closed, 'system');
      Object.assign(c, { status: 'completed', closeReason: 'timeout' });
    } else {
      closed = firstResponse + random.int(4, 40) * MIN;
      push('in_progress', 'completed', closed, 'doctor');
      Object.assign(c, { status: 'completed', closeReason: 'completed' });
    }
    c.closedAt = iso(closed);

    if (c.closeReason === 'completed') {
      const late = frt > 900;
      if (random.chance(0.65)) {
        c.rating = random.weighted(
          late
            ? ([
                [5, 55],
                [4, 22],
                [3, 12],
                [2, 7],
                [1, 4],
              ] as const)
            : ([
                [5, 80],
                [4, 14],
                [3, 3],
                [2, 2],
                [1, 1],
              ] as const),
        );
      }
      if (random.chance(c.rating !== undefined && c.rating <= 2 ? 0.08 : 0.001)) {
        c.complaint = { at: iso(Math.min(closed + random.int(5, 600) * MIN, anchor)) };
      }
      if (c.followUpEvidence) {
        const count =
          draft.kind === 'rx_renewal'
            ? 1
            : random.weighted([
                [0, 40],
                [1, 45],
                [2, 15],
              ] as const);
        c.rxIds = Array.from({ length: count }, (_, i) => `rx_${c.id.slice(4)}_${i + 1}`);
        c.rxRejectedCount = c.rxIds.filter(() => random.chance(0.03)).length;
      }
      if (random.chance(0.3)) {
        const dueAt = closed + 48 * HOUR;
        const r = random.next();
        const doneAt =
          r < 0.8
            ? closed + random.int(2, 47) * HOUR
            : r < 0.88
              ? dueAt + random.int(1, 30) * HOUR
              : undefined;
        c.followUpTask = {
          dueAt: iso(dueAt),
          ...(doneAt !== undefined && doneAt <= anchor ? { doneAt: iso(doneAt) } : {}),
        };
      }
    }
    const breach = frtBreach(c, q, frt, firstResponse);
    if (breach && breach.level !== 'warn' && random.chance(0.03)) {
      breach.waived = {
        by: 'usr_medops',
        reason: '系统故障导致 / Caused by a platform outage',
        at: iso(firstResponse + random.int(10, 600) * MIN),
      };
    }
    c.breaches = breach ? [breach] : [];
    if (c.closeReason === 'timeout') {
      // The patient's last message went unanswered until the system closed it 24 h later.
      const idle = idleBreach(c, closed - 24 * HOUR, closed, closed);
      if (idle) c.breaches.push(idle);
    }
  }
  c.history = history;
  c.version = history.length + 1;
  return c;
}

export interface DoctorActivity {
  shifts: ShiftRecord[];
  consultations: Consultation[];
}

/**
 * Everything in one pass, from its own random streams: the same seed and anchor give the same
 * rows on every machine, whatever was written since (writes live in the overlay).
 */
export function seedDoctorActivity(seed: number, anchor: number): DoctorActivity {
  const doctors = seedDoctors(createRandom(seed + 1), anchor);
  const shifts = seedShifts(createRandom(seed + 7), anchor, doctors);
  const random = createRandom(seed + 8);
  const byDept = new Map<string, Doctor[]>();
  for (const dept of DEPARTMENTS) {
    byDept.set(
      dept.id,
      doctors.filter((d) => d.status !== 'onboarding' && d.departmentIds.includes(dept.id)),
    );
  }
  const consultations: Consultation[] = [];
  let n = 0;
  const nextId = () => `con_${String(++n).padStart(6, '0')}`;

  // 30 days of history, hour by hour.
  const historyEnd = anchor - HISTORY_END_BEFORE_ANCHOR;
  const firstHour = Math.floor((anchor - 30 * DAY) / HOUR) * HOUR;
  for (let hour = firstHour; hour < historyEnd; hour += HOUR) {
    const cstHour = new Date(hour + 8 * HOUR).getUTCHours();
    const weekday = new Date(hour + 8 * HOUR).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 1.1 : 1;
    const expected = (HOURLY_WEIGHTS[cstHour] ?? 1) * PER_WEIGHT_PER_HOUR * weekend;
    const count = Math.round(expected * (0.85 + random.next() * 0.3));
    const queuedTimes = Array.from({ length: count }, () => hour + Math.floor(random.next() * HOUR)).sort(
      (a, b) => a - b,
    );
    for (const queuedAt of queuedTimes) {
      if (queuedAt >= historyEnd) break;
      const draft = draftAt(random, nextId(), queuedAt);
      consultations.push(closedConsultation(random, draft, byDept.get(draft.dept.id) ?? doctors, anchor));
    }
  }

  // In progress at the anchor: answered recently, held by doctors on duty now.
  const load = new Map<string, number>();
  for (const dept of DEPARTMENTS) {
    const onDuty = [...onDutyDoctorIds(shifts, anchor, dept.id)];
    for (const doctorId of onDuty) {
      const count = random.int(0, 2);
      for (let k = 0; k < count; k++) {
        const queuedAt = anchor - random.int(10, 110) * MIN;
        const draft = draftAt(random, nextId(), queuedAt, dept);
        const c = baseOf(random, draft);
        const assigned = queuedAt + random.int(20, 120) * 1000;
        const firstResponse = assigned + random.int(30, 400) * 1000;
        Object.assign(c, {
          status: 'in_progress',
          doctorId,
          assignedAt: iso(assigned),
          acceptedAt: iso(assigned + 5000),
          firstResponseAt: iso(firstResponse),
          history: [
            {
              from: 'queued',
              to: 'assigned',
              at: iso(assigned),
              actorId: 'dispatcher',
              actorRole: 'dispatcher',
            },
            {
              from: 'assigned',
              to: 'in_progress',
              at: iso(firstResponse),
              actorId: doctorId,
              actorRole: 'doctor',
            },
          ],
          version: 3,
        });
        load.set(doctorId, (load.get(doctorId) ?? 0) + 1);
        consultations.push(c);
      }
    }
  }

  // Some of them wrote again and wait for the doctor's reply, at fixed waits so every DOCTOR_IDLE
  // level shows; picked without a random draw, so every other row stays as it was.
  const inProgress = consultations.filter((c) => c.status === 'in_progress');
  for (const wait of IDLE_AT_ANCHOR_MIN) {
    const since = anchor - wait * MIN;
    const c = inProgress.find(
      (x) => !x.patientWaitingSince && Date.parse(x.firstResponseAt ?? '') < since - MIN,
    );
    if (c) c.patientWaitingSince = iso(since);
  }

  // Waiting at the anchor, at fixed waits so every SLA level shows, then the arrival stream.
  const waiting: number[] = WAITING_AT_ANCHOR_MIN.map((m) => anchor - m * MIN - random.int(0, 50) * 1000);
  for (
    let t = anchor + random.int(60, 240) * 1000;
    t < anchor + ARRIVALS_AHEAD;
    t += random.int(90, 260) * 1000
  )
    waiting.push(t);
  for (const queuedAt of waiting) {
    const draft = draftAt(random, nextId(), queuedAt);
    const c = baseOf(random, draft);
    const onDuty = [...onDutyDoctorIds(shifts, anchor, draft.dept.id)];
    // Some were dispatched but the doctor has not replied yet.
    const assigned = queuedAt + random.int(20, 90) * 1000;
    if (queuedAt < anchor && assigned <= anchor && onDuty.length > 0 && random.chance(0.3)) {
      const doctorId = random.pick(onDuty);
      Object.assign(c, {
        status: 'assigned',
        doctorId,
        assignedAt: iso(assigned),
        history: [
          {
            from: 'queued',
            to: 'assigned',
            at: iso(assigned),
            actorId: 'dispatcher',
            actorRole: 'dispatcher',
          },
        ],
        version: 2,
      });
      load.set(doctorId, (load.get(doctorId) ?? 0) + 1);
    }
    consultations.push(c);
  }
  return { shifts, consultations };
}

const cache = new Map<string, DoctorActivity>();
/** Shifts and consultations come from one pass; the two tables seed from the same result. */
export function doctorActivity(seed: number, anchor: number): DoctorActivity {
  const key = `${seed}|${anchor}`;
  let activity = cache.get(key);
  if (!activity) {
    cache.clear();
    activity = seedDoctorActivity(seed, anchor);
    cache.set(key, activity);
  }
  return activity;
}
