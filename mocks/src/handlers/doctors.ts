import { http } from 'msw';
import { z } from 'zod';
import { can, type User } from '@careops/domain/auth';
import { maskName, toIsoCst } from '@careops/domain';
import {
  COVERAGE_SLOT_MS,
  SLA_RULES,
  breachListQuerySchema,
  breachLogItemSchema,
  breachPageSchema,
  canTransition,
  computeSlaMetrics,
  copyWeekInputSchema,
  copyWeekResultSchema,
  coverageQuerySchema,
  coverageMapSchema,
  cstDayStartMs,
  departmentListSchema,
  doctorFlagInputSchema,
  doctorWeeklyReportSchema,
  doctorListQuerySchema,
  doctorPageSchema,
  doctorSchema,
  doctorSuspendInputSchema,
  evaluateConsultationSla,
  evaluateCoverage,
  groupSlaMetrics,
  isFinalStatus,
  onDutyListSchema,
  publishInputSchema,
  publishResultSchema,
  queueQuerySchema,
  queueSchema,
  reassignInputSchema,
  consultationSchema,
  scheduleProblems,
  shiftCancelInputSchema,
  shiftCreateInputSchema,
  shiftListQuerySchema,
  shiftListSchema,
  shiftPatchInputSchema,
  shiftSchema,
  slaDashboardSchema,
  slaMetricsQuerySchema,
  transcriptQuerySchema,
  transcriptSchema,
  waiveInputSchema,
  thresholdCrossedAt,
  toMs,
  type BreachLogItem,
  type BreachRules,
  type BreachRulesTimeline,
  type Consultation,
  type CoverageCell,
  type Doctor,
  type QueueItem,
  type ScheduleProblem,
  type SlaDashboard,
} from '@careops/domain/doctors';
import type { Database } from '../db/database';
import { ulid } from '../db/ulid';
import { writeAudit } from '../http/audit';
import { endpoint, type Server } from '../http/endpoint';
import { HttpError, badRequest, conflict, invalidTransition, notFound } from '../http/errors';
import { listPage } from '../http/list';
import {
  frtBreach,
  idleBreach,
  iso,
  materializeShift,
  onDutyDoctorIds,
  type NoShowAt,
  type ShiftRecord,
} from '../seed/doctor-activity';
import {
  AUTO_REASSIGN_REASON,
  frtInstants,
  planAutoReassignments,
  type AutoReassignDecision,
} from './auto-reassign';
import { breachRulesHandlers, breachRulesTimeline, currentBreachRules } from './breach-rules';
import {
  coverageGapBreaches,
  doctorWeeklyBreaches,
  doctorWeeklyViews,
  shiftNoShowBreaches,
  withSlaRiskFlag,
  type DoctorWeeklyView,
} from './doctor-breaches';

const MIN = 60_000;
const DAY = 86_400_000;
const WEEK = 7 * DAY;

// ----------------------------------------------------------------------------------------------
// Reads as of the server clock. Time moves the data without writes: an arrival appears once its
// queuedAt passes, a consultation nobody answered is refunded at 60 min, a shift is checked in or
// missed. Those are computed on read from the timestamps, so any clock (a test's, a browser's
// fake one) sees a consistent world.

/**
 * What every read is judged by: the breach rules in force now (the running clocks), the rules over
 * time (the system actions a clock took: refund, auto-reassign, no-show), and the auto-reassignments
 * those call for. Computed once per write; see `invalidate`.
 */
interface ViewContext {
  rules: BreachRules;
  timeline: BreachRulesTimeline;
  noShowAt: NoShowAt;
  autoReassign: () => Map<string, AutoReassignDecision>;
}

/** A consultation as the server clock finds it; undefined while it has not arrived yet. */
function viewConsultation(c: Consultation, now: number, ctx: ViewContext): Consultation | undefined {
  if (isFinalStatus(c.status)) return c;
  const queued = toMs(c.queuedAt);
  if (queued > now) return undefined;
  if (!c.firstResponseAt) {
    // §1.4 critical: the system moved it to another doctor on duty (applied once its instant passed).
    const decision = ctx.autoReassign().get(c.id);
    const passed = decision && decision.at < now ? decision : undefined;
    let view = c;
    if (passed?.outcome === 'reassigned' && !passed.stored && passed.fromDoctorId && passed.toDoctorId) {
      const at = iso(passed.at);
      view = {
        ...c,
        doctorId: passed.toDoctorId,
        reassignments: [
          ...c.reassignments,
          {
            from: passed.fromDoctorId,
            to: passed.toDoctorId,
            at,
            by: 'system',
            reason: AUTO_REASSIGN_REASON,
          },
        ],
        history: [
          ...c.history,
          {
            from: c.status,
            to: 'assigned',
            at,
            actorId: 'system',
            actorRole: 'system',
            reason: AUTO_REASSIGN_REASON,
          },
        ],
        version: c.version + 1,
      };
    }
    const { refundAt } = frtInstants(c, ctx.timeline);
    if (now > refundAt) {
      const refunded: Consultation = {
        ...view,
        status: 'refunded',
        closedAt: iso(refundAt),
        closeReason: 'no_response_refund',
        history: [
          ...view.history,
          { from: view.status, to: 'refunded', at: iso(refundAt), actorId: 'system', actorRole: 'system' },
        ],
        version: view.version + 1,
      };
      return { ...refunded, breaches: mergeBreaches(c, refunded, refundAt, refundAt, ctx.rules, passed) };
    }
    return { ...view, breaches: mergeBreaches(c, view, now, undefined, ctx.rules, passed) };
  }
  // §1.2: the system completes it 24 h after the last message; a patient still waiting for the
  // doctor then makes it a timeout (§1.3 counts it as a failure).
  const waitingSince = c.patientWaitingSince === undefined ? undefined : toMs(c.patientWaitingSince);
  const lastTouch = Math.max(toMs(c.firstResponseAt), waitingSince ?? 0);
  if (now > lastTouch + DAY) {
    const closeAt = lastTouch + DAY;
    const closed: Consultation = {
      ...c,
      status: 'completed',
      closedAt: iso(closeAt),
      closeReason: waitingSince === undefined ? 'completed' : 'timeout',
      history: [
        ...c.history,
        { from: c.status, to: 'completed', at: iso(closeAt), actorId: 'system', actorRole: 'system' },
      ],
      version: c.version + 1,
    };
    return { ...closed, breaches: withIdleBreach(c, closeAt, closeAt, ctx.rules) };
  }
  return waitingSince === undefined ? c : { ...c, breaches: withIdleBreach(c, now, undefined, ctx.rules) };
}

/** The DOCTOR_IDLE clock of a patient awaiting the doctor's reply, keeping a recorded waiver. */
function withIdleBreach(
  stored: Consultation,
  upTo: number,
  resolvedAt: number | undefined,
  rules: BreachRules,
) {
  const since = stored.patientWaitingSince;
  const live = since === undefined ? undefined : idleBreach(stored, toMs(since), upTo, resolvedAt, rules);
  if (!live) return stored.breaches;
  const kept = stored.breaches.find((b) => b.id === live.id);
  return [
    ...stored.breaches.filter((b) => b.id !== live.id),
    kept?.waived ? { ...live, waived: kept.waived } : live,
  ];
}

/**
 * The FRT breach the clock has reached under the rules in force, keeping a waiver recorded on the
 * stored consultation and saying what the system did at the critical step.
 */
function mergeBreaches(
  stored: Consultation,
  view: Consultation,
  upTo: number,
  resolvedAt: number | undefined,
  rules: BreachRules,
  autoReassign: AutoReassignDecision | undefined,
) {
  const queued = toMs(view.queuedAt);
  const live = frtBreach(view, queued, (upTo - queued) / 1000, resolvedAt, rules);
  if (!live) return stored.breaches;
  if (autoReassign) {
    const { stored: _stored, at, ...action } = autoReassign;
    live.autoReassign = { ...action, at: iso(at) };
  }
  const kept = stored.breaches.find((b) => b.id === live.id);
  return [
    ...stored.breaches.filter((b) => b.id !== live.id),
    kept?.waived ? { ...live, waived: kept.waived } : live,
  ];
}

function viewShift(s: ShiftRecord, now: number, ctx: ViewContext): ShiftRecord {
  return materializeShift(s, now, ctx.noShowAt);
}

interface Derived {
  /** Bumped by every write that can change a metric, a breach or the roster. */
  version: number;
  /** The database's generation the caches were computed from. */
  generation: number;
  dashboards: Map<string, SlaDashboard>;
  breaches?: { key: string; items: BreachLogItem[] };
  view?: {
    version: number;
    closed: Consultation[];
    open: Consultation[];
    at?: number;
    items?: Consultation[];
  };
  context?: ViewContext;
  weekly?: { key: string; views: Map<string, DoctorWeeklyView> };
}
const derived = new WeakMap<Database, Derived>();
function derivedOf(db: Database): Derived {
  let d = derived.get(db);
  if (!d) derived.set(db, (d = { version: 0, generation: db.generation, dashboards: new Map() }));
  // The tables were reloaded (reset demo data): nothing computed from the old rows holds.
  if (d.generation !== db.generation) {
    d.generation = db.generation;
    invalidate(db, d);
  }
  return d;
}
function invalidate(db: Database, d: Derived = derivedOf(db)): void {
  d.version++;
  d.dashboards.clear();
  d.breaches = undefined;
  d.view = undefined;
  d.context = undefined;
  d.weekly = undefined;
}

/** The rules and the auto-reassignments every read of this state of the data is judged by. */
function contextOf(db: Database): ViewContext {
  const d = derivedOf(db);
  if (d.context) return d.context;
  const timeline = breachRulesTimeline(db);
  const noShowAt: NoShowAt = (startMs) =>
    thresholdCrossedAt(timeline, startMs, (r) => r.shiftNoShow.breachSeconds);
  let plan: Map<string, AutoReassignDecision> | undefined;
  d.context = {
    rules: currentBreachRules(db),
    timeline,
    noShowAt,
    autoReassign: () =>
      (plan ??= planAutoReassignments({
        consultations: db.consultations.all(),
        shifts: db.shifts.all(),
        doctorOf: (id) => db.doctors.get(id),
        timeline,
        noShowAt,
      })),
  };
  return d.context;
}

/**
 * Every consultation that has arrived, as of `now` exactly: a closed one reads the same at any
 * clock (kept per write), the few open ones are judged again for each clock, so a system action
 * (refund, auto-reassign) shows from its instant on whatever was read earlier in the minute.
 */
function consultationsView(db: Database, now: number): Consultation[] {
  const d = derivedOf(db);
  if (d.view?.version !== d.version) {
    const closed: Consultation[] = [];
    const open: Consultation[] = [];
    for (const c of db.consultations.all()) (isFinalStatus(c.status) ? closed : open).push(c);
    d.view = { version: d.version, closed, open };
  }
  const view = d.view;
  if (view.at === now && view.items) return view.items;
  const items = [...view.closed];
  const ctx = contextOf(db);
  for (const c of view.open) {
    const v = viewConsultation(c, now, ctx);
    if (v) items.push(v);
  }
  view.at = now;
  view.items = items;
  return items;
}

function openLoad(db: Database, now: number): Map<string, number> {
  const load = new Map<string, number>();
  for (const c of consultationsView(db, now)) {
    if ((c.status === 'assigned' || c.status === 'in_progress') && c.doctorId)
      load.set(c.doctorId, (load.get(c.doctorId) ?? 0) + 1);
  }
  return load;
}

function breachLog(db: Database, now: number): BreachLogItem[] {
  const d = derivedOf(db);
  const key = `${d.version}|${Math.floor(now / MIN)}`;
  if (d.breaches?.key === key) return d.breaches.items;
  const items: BreachLogItem[] = [];
  for (const c of consultationsView(db, now)) {
    for (const b of c.breaches) {
      items.push({
        ...b,
        departmentId: c.departmentId,
        ...(c.doctorId ? { doctorId: c.doctorId } : {}),
        version: c.version,
      });
    }
  }
  const waivers = waiversOf(db);
  const ctx = contextOf(db);
  const shifts = db.shifts.all();
  const shiftAt = (s: ShiftRecord, at: number) => viewShift(s, at, ctx);
  items.push(
    ...shiftNoShowBreaches(shifts, now, shiftAt, ctx.rules, waivers, ctx.noShowAt),
    ...coverageGapBreaches(db.departments.all(), shifts, now, shiftAt, ctx.rules, waivers),
    ...doctorWeeklyBreaches(weeklyViews(db, now), db.doctors.all()),
  );
  d.breaches = { key, items };
  return items;
}

function waiversOf(db: Database) {
  return new Map(db.breachWaivers.all().map((w) => [w.id, w]));
}

/**
 * Every doctor's last whole weeks under DOCTOR_WEEKLY. Recomputed each hour: a week's last
 * consultations may close up to a day after it ended.
 */
function weeklyViews(db: Database, now: number): Map<string, DoctorWeeklyView> {
  const d = derivedOf(db);
  const key = `${d.version}|${Math.floor(now / (60 * MIN))}`;
  if (d.weekly?.key === key) return d.weekly.views;
  const views = doctorWeeklyViews(
    consultationsView(db, now),
    db.doctors.all(),
    now,
    contextOf(db).rules,
    waiversOf(db),
  );
  d.weekly = { key, views };
  return views;
}

/**
 * Computes what the roster's first reads derive from 52,000 consultations (the consultations as of
 * now, the breach log, the weekly evaluation), so the first visit finds them ready.
 */
export function warmDoctorViews(db: Database): void {
  breachLog(db, db.now());
}

/** A doctor as the API shows them: with the sla_risk flag the weekly evaluation raises. */
function viewDoctor(db: Database, doctor: Doctor, now: number): Doctor {
  return withSlaRiskFlag(doctor, weeklyViews(db, now).get(doctor.id));
}

// ----------------------------------------------------------------------------------------------
// Writes

function audit(
  db: Database,
  user: User,
  requestId: string,
  action: string,
  resource: { type: string; id: string },
  extra: { reason?: string; before?: Record<string, unknown>; after?: Record<string, unknown> } = {},
) {
  writeAudit(db, { actor: user, action, resource, result: 'success', requestId, ...extra });
}

/** A schedule rule broken: 409 with the rule, the fields to mark, and every problem found. */
function scheduleConflict(problems: ScheduleProblem[]): HttpError {
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
  return new HttpError(409, 'CONFLICT', problems.map((p) => p.message).join(' '), fieldErrors, {
    rule: problems[0]?.rule,
    problems,
  });
}

/** A refusal by rule (reassign, waive): 409 naming the rule so the UI can word it. */
function ruleConflict(rule: string, message: string, field?: string): HttpError {
  return new HttpError(409, 'CONFLICT', message, field ? { [field]: [message] } : undefined, { rule });
}

function weekRange(weekStart: string): { from: number; to: number } {
  const from = cstDayStartMs(weekStart);
  return { from, to: from + WEEK };
}

const onDutyQuerySchema = z.object({ departmentId: z.string().optional() });
const weekdayOf = (ms: number) => (Math.floor((ms + 8 * 3_600_000) / DAY) + 3) % 7;

const PATIENT_LINES = [
  {
    'zh-CN': '医生您好，最近三天一直咳嗽，晚上更厉害。',
    'en-US': 'Hello doctor, I have been coughing for three days, worse at night.',
  },
  { 'zh-CN': '有点低烧，37.8 度。', 'en-US': 'A slight fever, 37.8 °C.' },
  {
    'zh-CN': '之前的药吃完了，想续方。',
    'en-US': 'I have finished my previous medicine and would like a renewal.',
  },
];
const DOCTOR_LINES = [
  {
    'zh-CN': '您好，请问有没有胸闷或者气短？',
    'en-US': 'Hello, do you feel chest tightness or shortness of breath?',
  },
  {
    'zh-CN': '建议多喝水，注意休息，如高烧不退请线下就诊。',
    'en-US': 'Drink plenty of water and rest; see a doctor in person if the fever persists.',
  },
];

export function doctorHandlers(server: Server, api: string) {
  const { db } = server;
  const viewPermission = (u: User) => can(u, 'sla.view') || can(u, 'doctor.view');

  const loadDoctor = (id: string) => {
    const doctor = db.doctors.get(id);
    if (!doctor) throw notFound('Doctor');
    return doctor;
  };
  const allShiftViews = (now: number) => {
    const ctx = contextOf(db);
    return db.shifts.all().map((s) => viewShift(s, now, ctx));
  };
  const onDuty = (now: number, departmentId?: string) =>
    onDutyDoctorIds(db.shifts.all(), now, departmentId, contextOf(db).noShowAt);

  return [
    ...breachRulesHandlers(server, api, () => invalidate(db)),

    http.get(
      `${api}/doctors/departments`,
      endpoint(
        server,
        { permission: viewPermission, action: 'doctor.view', response: departmentListSchema },
        () => ({ items: db.departments.all() }),
      ),
    ),

    http.get(
      `${api}/doctors/doctors`,
      endpoint(
        server,
        {
          permission: 'doctor.view',
          action: 'doctor.view',
          query: doctorListQuerySchema,
          response: doctorPageSchema,
        },
        ({ query, locale }) => {
          const now = db.now();
          return listPage(
            db.doctors.all().map((d) => viewDoctor(db, d, now)),
            query,
            {
              search: (d) => [d.name['zh-CN'], d.name['en-US'], d.licenseNo, d.id],
              filters: [
                query.status && ((d) => query.status?.includes(d.status) ?? true),
                query.title && ((d) => query.title?.includes(d.title) ?? true),
                query.departmentId !== undefined
                  ? (d) => d.departmentIds.includes(query.departmentId ?? '')
                  : undefined,
                query.flag &&
                  ((d) =>
                    (d.flags ?? []).some(
                      (f) => f.resolvedAt === undefined && (query.flag?.includes(f.type) ?? false),
                    )),
              ],
              sortBy: {
                name: (d) => d.name[locale],
                title: (d) => d.title,
                ratingAvg: (d) => d.ratingAvg,
                licenseExpiry: (d) => d.licenseExpiry,
              },
              defaultSort: 'name:asc',
            },
          );
        },
      ),
    ),

    http.get(
      `${api}/doctors/doctors/:id`,
      endpoint(
        server,
        { permission: 'doctor.view', action: 'doctor.view', response: doctorSchema },
        ({ params }) => viewDoctor(db, loadDoctor(params.id ?? ''), db.now()),
      ),
    ),

    // §1.4 DOCTOR_WEEKLY: the doctor's last whole weeks and what they call for.
    http.get(
      `${api}/doctors/doctors/:id/weekly`,
      endpoint(
        server,
        { permission: 'sla.view', action: 'sla.view', response: doctorWeeklyReportSchema },
        ({ params }) => {
          const doctor = loadDoctor(params.id ?? '');
          const view = weeklyViews(db, db.now()).get(doctor.id);
          if (!view) throw notFound('Doctor');
          return {
            doctorId: doctor.id,
            weeks: view.weeks,
            evaluation: view.evaluation,
            thresholds: contextOf(db).rules.doctorWeekly,
          };
        },
      ),
    ),

    // --- SLA metrics ---------------------------------------------------------------------------
    http.get(
      `${api}/doctors/metrics`,
      endpoint(
        server,
        {
          permission: 'sla.view',
          action: 'sla.view',
          query: slaMetricsQuerySchema,
          response: slaDashboardSchema,
        },
        ({ query }) => {
          const now = db.now();
          // Nothing is counted from the future; the minute grain lets a running period be cached.
          const minute = Math.floor(now / MIN) * MIN;
          const from = toMs(query.from);
          const to = Math.max(from, Math.min(toMs(query.to), minute));
          const d = derivedOf(db);
          const key = `${from}|${to}|${query.departmentId ?? ''}|${query.doctorId ?? ''}|${minute}`;
          const cached = d.dashboards.get(key);
          if (cached) return cached;
          const rows = consultationsView(db, now);
          const period = { from, to };
          const filters = {
            ...(query.departmentId ? { departmentId: query.departmentId } : {}),
            ...(query.doctorId ? { doctorId: query.doctorId } : {}),
          };
          // The Pareto ranks every rule: the breaches of shifts, departments and doctors raised in
          // the period join the consultations' own.
          const others = breachLog(db, now).filter((b) => {
            const at = toMs(b.at);
            return (
              b.subjectType !== 'consultation' &&
              at >= from &&
              at < to &&
              (!query.departmentId || b.departmentId === query.departmentId) &&
              (!query.doctorId || b.doctorId === query.doctorId)
            );
          });
          const result: SlaDashboard = {
            from: toIsoCst(from),
            to: toIsoCst(to),
            metrics: computeSlaMetrics(rows, period, filters),
            series: groupSlaMetrics(rows, period, filters, others),
            computedAt: toIsoCst(now),
          };
          if (d.dashboards.size > 50) d.dashboards.clear();
          d.dashboards.set(key, result);
          return result;
        },
      ),
    ),

    // --- live queue ----------------------------------------------------------------------------
    http.get(
      `${api}/doctors/consultations/queue`,
      endpoint(
        server,
        { permission: 'sla.view', action: 'sla.view', query: queueQuerySchema, response: queueSchema },
        ({ query }) => {
          const now = db.now();
          const { rules } = contextOf(db);
          const items: QueueItem[] = [];
          for (const c of consultationsView(db, now)) {
            if (c.firstResponseAt || isFinalStatus(c.status)) continue;
            if (query.departmentId && c.departmentId !== query.departmentId) continue;
            const sla = evaluateConsultationSla(c, now, rules);
            if (!sla) continue;
            const doctor = c.doctorId ? db.doctors.get(c.doctorId) : undefined;
            items.push({
              // §6.4: the queue never carries a patient's name, whoever asks.
              consultation: {
                ...c,
                patient: {
                  ...c.patient,
                  name: {
                    'zh-CN': maskName(c.patient.name['zh-CN']),
                    'en-US': maskName(c.patient.name['en-US']),
                  },
                },
              },
              sla,
              ...(doctor ? { doctorName: doctor.name } : {}),
            });
          }
          items.sort((a, b) => b.sla.elapsedSeconds - a.sla.elapsedSeconds);
          const departments = db.departments
            .all()
            .filter((dep) => !query.departmentId || dep.id === query.departmentId)
            .map((dep) => {
              const waiting = items.filter((i) => i.consultation.departmentId === dep.id);
              return {
                departmentId: dep.id,
                waiting: waiting.length,
                breached: waiting.filter((i) => i.sla.level === 'breach' || i.sla.level === 'critical')
                  .length,
                onDuty: onDuty(now, dep.id).size,
                required: dep.minOnDutyPerSlot,
              };
            });
          return { now: toIsoCst(now), items, departments, rules };
        },
      ),
    ),

    http.get(
      `${api}/doctors/on-duty`,
      endpoint(
        server,
        { permission: 'sla.view', action: 'sla.view', query: onDutyQuerySchema, response: onDutyListSchema },
        ({ query }) => {
          const now = db.now();
          const load = openLoad(db, now);
          const ids = onDuty(now, query.departmentId);
          const items = [...ids]
            .map((id) => db.doctors.get(id))
            .filter((d): d is Doctor => d !== undefined)
            .map((d) => ({
              id: d.id,
              name: d.name,
              departmentIds: d.departmentIds,
              load: load.get(d.id) ?? 0,
              maxConcurrent: d.maxConcurrent,
            }))
            .sort((a, b) => a.load - b.load || (a.id < b.id ? -1 : 1));
          return { items };
        },
      ),
    ),

    http.post(
      `${api}/doctors/consultations/:id/reassign`,
      endpoint(
        server,
        {
          permission: 'reassign',
          action: 'consultation.reassign',
          body: reassignInputSchema,
          response: consultationSchema,
        },
        ({ params, body, user, requestId }) => {
          const now = db.now();
          const stored = db.consultations.get(params.id ?? '');
          const current = stored && viewConsultation(stored, now, contextOf(db));
          if (!current) throw notFound('Consultation');
          if (body.version !== current.version)
            throw conflict('The consultation changed since you loaded it.', { current });
          if (!canTransition(current.status, 'assigned', 'ops'))
            throw invalidTransition(current.status, 'reassign');
          if (current.doctorId === body.toDoctorId)
            throw badRequest({ toDoctorId: ['The consultation is already with this doctor.'] });
          const doctor = db.doctors.get(body.toDoctorId);
          if (!doctor) throw badRequest({ toDoctorId: ['No such doctor.'] });
          if (doctor.status !== 'active')
            throw ruleConflict('doctor_inactive', `The doctor is ${doctor.status}.`, 'toDoctorId');
          if (!doctor.departmentIds.includes(current.departmentId))
            throw ruleConflict(
              'not_licensed',
              'The doctor is not licensed for this department.',
              'toDoctorId',
            );
          if (!onDuty(now).has(doctor.id))
            throw ruleConflict(
              'not_checked_in',
              'The doctor is not checked in to a shift now.',
              'toDoctorId',
            );
          const load = openLoad(db, now).get(doctor.id) ?? 0;
          if (load >= doctor.maxConcurrent)
            throw ruleConflict(
              'max_concurrency',
              `The doctor already holds ${load} consultations, the maximum of ${doctor.maxConcurrent}.`,
              'toDoctorId',
            );
          const at = toIsoCst(now);
          const next: Consultation = {
            ...current,
            status: 'assigned',
            doctorId: doctor.id,
            assignedAt: current.assignedAt ?? at,
            reassignments: current.doctorId
              ? [
                  ...current.reassignments,
                  { from: current.doctorId, to: doctor.id, at, by: user.id, reason: body.reason },
                ]
              : current.reassignments,
            history: [
              ...current.history,
              {
                from: current.status,
                to: 'assigned',
                at,
                actorId: user.id,
                actorRole: user.role,
                reason: body.reason,
              },
            ],
            version: current.version + 1,
          };
          db.consultations.put(next);
          invalidate(db);
          audit(
            db,
            user,
            requestId,
            'consultation.reassign',
            { type: 'consultation', id: next.id },
            {
              reason: body.reason,
              before: { status: current.status, doctorId: current.doctorId },
              after: { status: next.status, doctorId: next.doctorId },
            },
          );
          return next;
        },
      ),
    ),

    http.get(
      `${api}/doctors/consultations/:id/transcript`,
      endpoint(
        server,
        {
          // §6.2 transcript.view is MED*: a licensed physician, with a reason (the query's).
          permission: 'transcript.view',
          action: 'transcript.view',
          query: transcriptQuerySchema,
          response: transcriptSchema,
        },
        ({ params, query, user, requestId, locale }) => {
          const now = db.now();
          const stored = db.consultations.get(params.id ?? '');
          const c = stored && viewConsultation(stored, now, contextOf(db));
          if (!c) throw notFound('Consultation');
          const doctor = c.doctorId ? db.doctors.get(c.doctorId) : undefined;
          writeAudit(db, {
            actor: user,
            action: 'transcript.view',
            resource: { type: 'consultation', id: c.id },
            result: 'success',
            requestId,
            reason: query.reason,
            piiFields: ['chat'],
          });
          const queued = toMs(c.queuedAt);
          const seed = Number(c.id.replace(/\D/g, '')) || 0;
          const messages: z.input<typeof transcriptSchema>['messages'] = [
            {
              at: c.queuedAt,
              author: 'patient',
              text: PATIENT_LINES[seed % PATIENT_LINES.length]?.[locale] ?? '',
            },
          ];
          if (c.firstResponseAt) {
            const first = toMs(c.firstResponseAt);
            messages.push({ at: c.firstResponseAt, author: 'doctor', text: DOCTOR_LINES[0]?.[locale] ?? '' });
            messages.push({
              at: toIsoCst(Math.max(first, queued) + 2 * MIN),
              author: 'patient',
              text: PATIENT_LINES[(seed + 1) % PATIENT_LINES.length]?.[locale] ?? '',
            });
            if (c.closedAt)
              messages.push({ at: c.closedAt, author: 'doctor', text: DOCTOR_LINES[1]?.[locale] ?? '' });
          }
          return {
            consultationId: c.id,
            // §6.4: the chat is opened, not the patient's identity.
            patient: {
              name: {
                'zh-CN': maskName(c.patient.name['zh-CN']),
                'en-US': maskName(c.patient.name['en-US']),
              },
            },
            ...(doctor ? { doctorName: doctor.name } : {}),
            openedAt: toIsoCst(now),
            messages,
          };
        },
      ),
    ),

    // --- roster --------------------------------------------------------------------------------
    http.get(
      `${api}/doctors/shifts`,
      endpoint(
        server,
        {
          permission: viewPermission,
          action: 'sla.view',
          query: shiftListQuerySchema,
          response: shiftListSchema,
        },
        ({ query }) => {
          const now = db.now();
          const { from, to } = weekRange(query.weekStart);
          const items = allShiftViews(now)
            .filter((s) => {
              const start = toMs(s.start);
              return (
                start >= from && start < to && (!query.departmentId || s.departmentId === query.departmentId)
              );
            })
            .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
          return { items };
        },
      ),
    ),

    http.post(
      `${api}/doctors/shifts`,
      endpoint(
        server,
        {
          permission: 'schedule.edit',
          action: 'shift.create',
          body: shiftCreateInputSchema,
          response: shiftSchema,
          status: 201,
        },
        ({ body, user, requestId }) => {
          const now = db.now();
          if (!db.departments.get(body.departmentId))
            throw badRequest({ departmentId: ['No such department.'] });
          const doctor = db.doctors.get(body.doctorId);
          if (!doctor) throw badRequest({ doctorId: ['No such doctor.'] });
          const shift: ShiftRecord = {
            id: `sh_${ulid(now)}`,
            doctorId: doctor.id,
            departmentId: body.departmentId,
            start: body.start,
            end: body.end,
            type: body.type,
            capacity: body.capacity ?? doctor.maxConcurrent,
            status: 'draft',
            version: 1,
          };
          const problems = scheduleProblems(shift, doctor, allShiftViews(now), now);
          if (problems.length > 0) throw scheduleConflict(problems);
          db.shifts.put(shift);
          invalidate(db);
          audit(
            db,
            user,
            requestId,
            'shift.create',
            { type: 'shift', id: shift.id },
            {
              after: {
                doctorId: shift.doctorId,
                departmentId: shift.departmentId,
                start: shift.start,
                end: shift.end,
              },
            },
          );
          return shift;
        },
      ),
    ),

    http.patch(
      `${api}/doctors/shifts/:id`,
      endpoint(
        server,
        {
          permission: 'schedule.edit',
          action: 'shift.move',
          body: shiftPatchInputSchema,
          response: shiftSchema,
        },
        ({ params, body, user, requestId }) => {
          const now = db.now();
          const stored = db.shifts.get(params.id ?? '');
          if (!stored) throw notFound('Shift');
          const current = viewShift(stored, now, contextOf(db));
          if (body.version !== current.version)
            throw conflict('The shift changed since you loaded it.', { current });
          if (current.status !== 'draft' && current.status !== 'published')
            throw ruleConflict('not_editable', `A ${current.status} shift cannot be moved.`);
          const doctor = db.doctors.get(body.doctorId ?? current.doctorId);
          if (!doctor) throw badRequest({ doctorId: ['No such doctor.'] });
          const next: ShiftRecord = {
            ...stored,
            doctorId: doctor.id,
            start: body.start ?? current.start,
            end: body.end ?? current.end,
            version: current.version + 1,
          };
          if (toMs(next.end) <= toMs(next.start)) throw badRequest({ end: ['end must be after start'] });
          const problems = scheduleProblems(next, doctor, allShiftViews(now), now);
          if (problems.length > 0) throw scheduleConflict(problems);
          db.shifts.put(next);
          invalidate(db);
          audit(
            db,
            user,
            requestId,
            'shift.move',
            { type: 'shift', id: next.id },
            {
              before: { doctorId: current.doctorId, start: current.start, end: current.end },
              after: { doctorId: next.doctorId, start: next.start, end: next.end },
            },
          );
          return next;
        },
      ),
    ),

    http.post(
      `${api}/doctors/shifts/:id/cancel`,
      endpoint(
        server,
        {
          permission: 'schedule.edit',
          action: 'shift.cancel',
          body: shiftCancelInputSchema,
          response: shiftSchema,
        },
        ({ params, body, user, requestId }) => {
          const now = db.now();
          const stored = db.shifts.get(params.id ?? '');
          if (!stored) throw notFound('Shift');
          const current = viewShift(stored, now, contextOf(db));
          if (body.version !== current.version)
            throw conflict('The shift changed since you loaded it.', { current });
          if (current.status !== 'draft' && current.status !== 'published')
            throw invalidTransition(current.status, 'cancel');
          const next: ShiftRecord = { ...stored, status: 'cancelled', version: current.version + 1 };
          db.shifts.put(next);
          invalidate(db);
          audit(
            db,
            user,
            requestId,
            'shift.cancel',
            { type: 'shift', id: next.id },
            {
              reason: body.reason,
              before: { status: current.status },
              after: { status: 'cancelled' },
            },
          );
          return next;
        },
      ),
    ),

    http.post(
      `${api}/doctors/shifts/copy-week`,
      endpoint(
        server,
        {
          permission: 'schedule.edit',
          action: 'shift.copy_week',
          body: copyWeekInputSchema,
          response: copyWeekResultSchema,
        },
        ({ body, user, requestId }) => {
          const now = db.now();
          if (body.fromWeekStart === body.toWeekStart)
            throw badRequest({ toWeekStart: ['Copy to another week.'] });
          const source = weekRange(body.fromWeekStart);
          const offset = cstDayStartMs(body.toWeekStart) - source.from;
          const views = allShiftViews(now);
          const toCopy = views.filter((s) => {
            const start = toMs(s.start);
            return (
              start >= source.from &&
              start < source.to &&
              s.status !== 'cancelled' &&
              (!body.departmentId || s.departmentId === body.departmentId)
            );
          });
          const skipped: { shiftId: string; message: string }[] = [];
          let created = 0;
          for (const s of toCopy) {
            const doctor = db.doctors.get(s.doctorId);
            const copy: ShiftRecord = {
              id: `sh_${ulid(now)}`,
              doctorId: s.doctorId,
              departmentId: s.departmentId,
              start: toIsoCst(toMs(s.start) + offset),
              end: toIsoCst(toMs(s.end) + offset),
              type: s.type,
              capacity: s.capacity,
              status: 'draft',
              version: 1,
            };
            const problems = doctor ? scheduleProblems(copy, doctor, views, now) : [];
            if (!doctor || problems.length > 0) {
              skipped.push({
                shiftId: s.id,
                message: problems.map((p) => p.message).join(' ') || 'No such doctor.',
              });
              continue;
            }
            db.shifts.put(copy);
            views.push(copy);
            created++;
          }
          invalidate(db);
          audit(
            db,
            user,
            requestId,
            'shift.copy_week',
            { type: 'roster', id: body.toWeekStart },
            {
              after: { fromWeekStart: body.fromWeekStart, created, skipped: skipped.length },
            },
          );
          return { created, skipped };
        },
      ),
    ),

    http.post(
      `${api}/doctors/shifts/publish`,
      endpoint(
        server,
        {
          permission: 'schedule.edit',
          action: 'shift.publish',
          body: publishInputSchema,
          response: publishResultSchema,
        },
        ({ body, user, requestId }) => {
          const { from, to } = weekRange(body.weekStart);
          let published = 0;
          for (const s of db.shifts.all()) {
            const start = toMs(s.start);
            if (s.status !== 'draft' || start < from || start >= to) continue;
            if (body.departmentId && s.departmentId !== body.departmentId) continue;
            // The mock's doctors come to published shifts on time.
            db.shifts.put({
              ...s,
              status: 'published',
              plan: { checkInAfterMin: 0 },
              version: s.version + 1,
            });
            published++;
          }
          invalidate(db);
          audit(
            db,
            user,
            requestId,
            'shift.publish',
            { type: 'roster', id: body.weekStart },
            {
              after: { departmentId: body.departmentId ?? 'all', published },
            },
          );
          return { published };
        },
      ),
    ),

    http.get(
      `${api}/doctors/coverage`,
      endpoint(
        server,
        {
          permission: viewPermission,
          action: 'sla.view',
          query: coverageQuerySchema,
          response: coverageMapSchema,
        },
        ({ query }) => {
          const now = db.now();
          const { from, to } = weekRange(query.weekStart);
          // Planned coverage: drafts and worked (completed) shifts count like published ones.
          const planned = allShiftViews(now)
            .filter((s) => toMs(s.end) > from && toMs(s.start) < to)
            .map((s) =>
              s.status === 'draft' || s.status === 'completed' ? { ...s, status: 'published' as const } : s,
            );
          const slotRules = { ...contextOf(db).rules, coverageGap: { lookaheadSeconds: 1 } };
          const departments = db.departments
            .all()
            .filter((dep) => !query.departmentId || dep.id === query.departmentId)
            .map((dep) => {
              const shifts = planned.filter((s) => s.departmentId === dep.id);
              const cells: CoverageCell[] = [];
              let gapSlots = 0;
              for (let slot = from; slot < to; slot += 2 * COVERAGE_SLOT_MS) {
                const halves = [slot, slot + COVERAGE_SLOT_MS].map(
                  (s) => evaluateCoverage([dep], shifts, s, slotRules)[0]?.onDuty ?? 0,
                );
                gapSlots += halves.filter((h) => h < dep.minOnDutyPerSlot).length;
                const onDuty = Math.min(...halves);
                cells.push({
                  weekday: weekdayOf(slot),
                  hour: new Date(slot + 8 * 3_600_000).getUTCHours(),
                  onDuty,
                  required: dep.minOnDutyPerSlot,
                  level: onDuty < dep.minOnDutyPerSlot ? 'breach' : 'ok',
                });
              }
              return { departmentId: dep.id, required: dep.minOnDutyPerSlot, gapSlots, cells };
            });
          return { weekStart: query.weekStart, departments };
        },
      ),
    ),

    // --- breaches and doctor actions -------------------------------------------------------------
    http.get(
      `${api}/doctors/breaches`,
      endpoint(
        server,
        {
          permission: 'sla.view',
          action: 'sla.view',
          query: breachListQuerySchema,
          response: breachPageSchema,
        },
        ({ query }) =>
          listPage(breachLog(db, db.now()), query, {
            search: (b) => [b.subjectId, b.doctorId ?? ''],
            filters: [
              query.rule && ((b) => b.rule === query.rule),
              query.level && ((b) => b.level === query.level),
              query.departmentId !== undefined ? (b) => b.departmentId === query.departmentId : undefined,
              query.doctorId !== undefined ? (b) => b.doctorId === query.doctorId : undefined,
              query.waived !== undefined
                ? (b) => (b.waived !== undefined) === (query.waived === 'true')
                : undefined,
            ],
            sortBy: {
              at: (b) => b.at,
              rule: (b) => SLA_RULES.indexOf(b.rule),
              level: (b) => ['warn', 'breach', 'critical'].indexOf(b.level),
            },
            defaultSort: 'at:desc',
          }),
      ),
    ),

    http.post(
      `${api}/doctors/breaches/:id/waive`,
      endpoint(
        server,
        {
          permission: 'breach.waive',
          action: 'breach.waive',
          body: waiveInputSchema,
          response: breachLogItemSchema,
        },
        ({ params, body, user, requestId }) => {
          const now = db.now();
          const current = breachLog(db, now).find((b) => b.id === params.id);
          if (!current) throw notFound('Breach');
          if (body.version !== undefined && body.version !== current.version)
            throw conflict('The breach changed since you loaded it.', { current });
          if (current.waived) throw ruleConflict('already_waived', 'The breach is already waived.');
          const waived = { by: user.id, reason: body.reason, at: toIsoCst(now) };
          let version = current.version;
          if (current.subjectType === 'consultation') {
            const stored = db.consultations.get(current.subjectId);
            const view = stored && viewConsultation(stored, now, contextOf(db));
            if (!stored || !view) throw notFound('Breach');
            const { departmentId: _d, doctorId: _doc, version: _v, ...breach } = current;
            // A breach the clock computed is stored once waived, so the waiver survives the clock.
            const breaches = [...stored.breaches.filter((b) => b.id !== current.id), { ...breach, waived }];
            version = stored.version + 1;
            db.consultations.put({ ...stored, breaches, version });
          } else {
            db.breachWaivers.put({ id: current.id, ...waived });
          }
          invalidate(db);
          audit(
            db,
            user,
            requestId,
            'breach.waive',
            { type: 'breach', id: current.id },
            {
              reason: body.reason,
              after: { rule: current.rule, subjectId: current.subjectId },
            },
          );
          return { ...current, waived, version };
        },
      ),
    ),

    http.post(
      `${api}/doctors/doctors/:id/flag`,
      endpoint(
        server,
        {
          permission: 'doctor.flag',
          action: 'doctor.flag',
          body: doctorFlagInputSchema,
          response: doctorSchema,
        },
        ({ params, body, user, requestId }) => {
          const now = db.now();
          const doctor = loadDoctor(params.id ?? '');
          if (body.version !== doctor.version)
            throw conflict('The doctor changed since you loaded it.', { current: doctor });
          const flag = {
            id: `flg_${ulid(now)}`,
            type: body.type,
            note: body.reason,
            by: user.id,
            at: toIsoCst(now),
          };
          const next: Doctor = {
            ...doctor,
            flags: [...(doctor.flags ?? []), flag],
            version: doctor.version + 1,
          };
          db.doctors.put(next);
          audit(
            db,
            user,
            requestId,
            'doctor.flag',
            { type: 'doctor', id: doctor.id },
            {
              reason: body.reason,
              after: { flag: flag.type },
            },
          );
          return viewDoctor(db, next, now);
        },
      ),
    ),

    http.post(
      `${api}/doctors/doctors/:id/suspend`,
      endpoint(
        server,
        {
          permission: 'doctor.suspend',
          action: 'doctor.suspend',
          body: doctorSuspendInputSchema,
          response: doctorSchema,
        },
        ({ params, body, user, requestId }) => {
          const doctor = loadDoctor(params.id ?? '');
          if (body.version !== doctor.version)
            throw conflict('The doctor changed since you loaded it.', { current: doctor });
          if (doctor.status !== 'active' && doctor.status !== 'onboarding')
            throw invalidTransition(doctor.status, 'suspend');
          const next: Doctor = { ...doctor, status: 'suspended', version: doctor.version + 1 };
          db.doctors.put(next);
          invalidate(db);
          audit(
            db,
            user,
            requestId,
            'doctor.suspend',
            { type: 'doctor', id: doctor.id },
            {
              reason: body.reason,
              before: { status: doctor.status },
              after: { status: 'suspended' },
            },
          );
          return viewDoctor(db, next, db.now());
        },
      ),
    ),
  ];
}
