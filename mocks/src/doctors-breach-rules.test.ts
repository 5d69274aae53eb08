import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_BREACH_RULES,
  breachPageSchema,
  breachRulesRecordSchema,
  doctorSchema,
  onDutyListSchema,
  queueSchema,
  shiftListSchema,
  type BreachRules,
  type Consultation,
} from '@careops/domain/doctors';
import { breachRulesTimeline } from './handlers/breach-rules';
import { materializeShift, type ShiftRecord } from './seed/doctor-activity';
import { planAutoReassignments } from './handlers/auto-reassign';
import { TEST_API_BASE, errorOf, setupTestApi } from './testing';

/*
 * §1.4 breach rules as an admin-edited, versioned record, and the auto-reassignment at the
 * critical step, against the mock API with a controlled clock. The seed is laid out around
 * Monday 2026-11-23 10:00 CST; the clock starts 30 s later, as the e2e journeys do.
 */

const ANCHOR = Date.parse('2026-11-23T10:00:00+08:00');
const MIN = 60_000;
let now = ANCHOR + 30_000;
const { db, call } = setupTestApi({ now: () => now });

beforeAll(() => {
  // Seeding 50,000 consultations takes a moment: not inside the first test's time limit.
  db.consultations.all();
  db.shifts.all();
}, 60_000);

const iso = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';

async function queueAt(ms: number) {
  now = ms;
  const res = await call('medops', 'GET', '/doctors/consultations/queue');
  expect(res.status).toBe(200);
  return queueSchema.parse(res.body);
}
async function inQueueAt(ms: number, id: string) {
  return (await queueAt(ms)).items.find((i) => i.consultation.id === id);
}
async function onDutyAt(ms: number, departmentId: string) {
  now = ms;
  const res = await call('medops', 'GET', `/doctors/on-duty?departmentId=${departmentId}`);
  return onDutyListSchema.parse(res.body).items;
}
const frtBreachOf = (c: Consultation | undefined) => c?.breaches.find((b) => b.rule.startsWith('FRT_'));

/** Assigned, normal priority, nobody has answered, going critical (30 min) inside [from, to). */
function assignedGoingCritical(from: number, to: number): { c: Consultation; criticalAt: number } {
  const found = db.consultations
    .all()
    .filter(
      (c) =>
        c.status === 'assigned' &&
        c.priority === 'normal' &&
        c.firstResponseAt === undefined &&
        Date.parse(c.queuedAt) + 30 * MIN >= from &&
        Date.parse(c.queuedAt) + 30 * MIN < to,
    )
    .sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : 1))[0];
  if (!found) throw new Error('the seed has no assigned consultation going critical then');
  return { c: found, criticalAt: Date.parse(found.queuedAt) + 30 * MIN };
}

const ADMIN_EDIT: BreachRules = {
  ...DEFAULT_BREACH_RULES,
  frtNormal: {
    ...DEFAULT_BREACH_RULES.frtNormal,
    warnSeconds: 5 * 60,
    breachSeconds: 8 * 60,
    criticalSeconds: 20 * 60,
  },
  shiftNoShow: { warnSeconds: 60, breachSeconds: 120 },
};

describe('auto-reassign at the critical step (§1.4), applied on read', () => {
  it('moves an unanswered consultation to the least-loaded doctor on duty once the clock passes 30 min', async () => {
    const { c, criticalAt } = assignedGoingCritical(now, now + 10 * MIN);
    const from = c.doctorId;

    // One second before: still with its doctor, nothing done by the system.
    const before = await inQueueAt(criticalAt - 1000, c.id);
    expect(before?.consultation.doctorId).toBe(from);
    expect(before?.consultation.reassignments).toEqual([]);
    expect(before?.sla.actions).toEqual([]);
    // Who should get it: on duty in the department, not its doctor, with room, least loaded, then id.
    const expected = (await onDutyAt(criticalAt - 1000, c.departmentId)).find(
      (d) => d.id !== from && d.load < d.maxConcurrent,
    );
    expect(expected).toBeDefined();

    const after = await inQueueAt(criticalAt + 1000, c.id);
    expect(after?.sla.level).toBe('critical');
    expect(after?.consultation).toMatchObject({
      status: 'assigned',
      doctorId: expected?.id,
      version: c.version + 1,
    });
    expect(after?.consultation.reassignments.at(-1)).toMatchObject({
      from,
      to: expected?.id,
      at: iso(criticalAt),
      by: 'system',
    });
    expect(after?.consultation.history.at(-1)).toMatchObject({
      from: 'assigned',
      to: 'assigned',
      at: iso(criticalAt),
      actorId: 'system',
      actorRole: 'system',
    });
    // The alarm is answered: the clock asks for no second reassignment.
    expect(after?.sla.actions).not.toContain('auto_reassign');
    expect(frtBreachOf(after?.consultation)?.autoReassign).toEqual({
      outcome: 'reassigned',
      at: iso(criticalAt),
      fromDoctorId: from,
      toDoctorId: expected?.id,
    });
    // The new doctor carries it in the on-duty loads.
    const load = (await onDutyAt(criticalAt + 1000, c.departmentId)).find((d) => d.id === expected?.id);
    expect(load?.load).toBe((expected?.load ?? 0) + 1);

    // The breach log says so too.
    now = criticalAt + 1000;
    const log = breachPageSchema.parse(
      (await call('auditor', 'GET', `/doctors/breaches?q=${c.id}&pageSize=5`)).body,
    );
    expect(log.items.find((b) => b.subjectId === c.id)?.autoReassign?.outcome).toBe('reassigned');
  });

  it('is the same decision for any clock past it, and none before it, in any order of reads', async () => {
    const { c, criticalAt } = assignedGoingCritical(ANCHOR + 10 * MIN, ANCHOR + 20 * MIN);
    const late = await inQueueAt(criticalAt + 25 * MIN, c.id);
    const early = await inQueueAt(criticalAt + 2000, c.id);
    const rewound = await inQueueAt(criticalAt - 60_000, c.id);
    expect(late?.consultation.doctorId).toBeDefined();
    expect(late?.consultation.doctorId).not.toBe(c.doctorId);
    expect(early?.consultation.doctorId).toBe(late?.consultation.doctorId);
    expect(early?.consultation.reassignments).toEqual(late?.consultation.reassignments);
    expect(rewound?.consultation.doctorId).toBe(c.doctorId);
    // A function of the stored data and the rules alone: planned from scratch, the same move.
    const plan = planAutoReassignments({
      consultations: db.consultations.all(),
      shifts: db.shifts.all(),
      doctorOf: (id) => db.doctors.get(id),
      timeline: breachRulesTimeline(db),
      noShowAt: (start) => start + 10 * MIN,
    });
    expect(plan.get(c.id)).toMatchObject({
      outcome: 'reassigned',
      at: criticalAt,
      toDoctorId: late?.consultation.doctorId,
    });
    // Past 60 min it is refunded from its new doctor, the move kept in its history.
    const refunded = await inQueueAt(criticalAt + 31 * MIN, c.id);
    expect(refunded).toBeUndefined();
    now = criticalAt + 31 * MIN;
    const log = breachPageSchema.parse((await call('medops', 'GET', `/doctors/breaches?q=${c.id}`)).body);
    expect(log.items.find((b) => b.subjectId === c.id)).toMatchObject({
      level: 'critical',
      autoReassign: { outcome: 'reassigned', toDoctorId: late?.consultation.doctorId },
    });
  });

  it('leaves a consultation nobody was assigned to where it is, and the breach says so', async () => {
    const q = await queueAt(ANCHOR + 5 * MIN);
    const queued = q.items.find(
      (i) => i.consultation.status === 'queued' && i.sla.level === 'critical' && !i.consultation.doctorId,
    );
    expect(queued).toBeDefined();
    expect(queued?.consultation.reassignments).toEqual([]);
    expect(queued?.sla.actions).toContain('auto_reassign');
    expect(frtBreachOf(queued?.consultation)?.autoReassign?.outcome).toBe('not_assigned');
  });
});

describe('GET and PUT /doctors/breach-rules', () => {
  it('shows the shipped defaults as version 1 to everyone who sees the SLA screens', async () => {
    now = ANCHOR + 30_000;
    for (const username of ['admin', 'medops', 'reviewer.l1', 'auditor']) {
      const res = await call(username, 'GET', '/doctors/breach-rules');
      expect(res.status).toBe(200);
      const record = breachRulesRecordSchema.parse(res.body);
      expect(record).toMatchObject({ version: 1, updatedBy: 'system', rules: DEFAULT_BREACH_RULES });
    }
    expect((await call('moderator', 'GET', '/doctors/breach-rules')).status).toBe(403);
  });

  it('refuses anyone but the platform admin with 403, auditing the denial', async () => {
    for (const username of ['medops', 'reviewer.l2', 'auditor']) {
      const res = await call(username, 'PUT', '/doctors/breach-rules', {
        version: 1,
        rules: ADMIN_EDIT,
        reason: 'peak season',
      });
      expect(res.status).toBe(403);
      expect(db.audit.all().at(-1)).toMatchObject({ action: 'breach.rules.update', result: 'denied' });
    }
    expect(
      breachRulesRecordSchema.parse((await call('admin', 'GET', '/doctors/breach-rules')).body).version,
    ).toBe(1);
  });

  it('answers 400 with the field of every rule broken: order, bounds, the reason, no change', async () => {
    const outOfOrder = await call('admin', 'PUT', '/doctors/breach-rules', {
      version: 1,
      reason: 'x',
      rules: { ...ADMIN_EDIT, frtFastLane: { ...ADMIN_EDIT.frtFastLane, breachSeconds: 120 } },
    });
    expect(outOfOrder.status).toBe(400);
    expect(Object.keys(errorOf(outOfOrder.body).fieldErrors ?? {})).toEqual([
      'rules.frtFastLane.breachSeconds',
    ]);

    const outOfBounds = await call('admin', 'PUT', '/doctors/breach-rules', {
      version: 1,
      reason: ' ',
      rules: { ...ADMIN_EDIT, doctorWeekly: { ...ADMIN_EDIT.doctorWeekly, riskAfterWeeks: 0 } },
    });
    expect(Object.keys(errorOf(outOfBounds.body).fieldErrors ?? {}).sort()).toEqual([
      'reason',
      'rules.doctorWeekly.riskAfterWeeks',
    ]);

    const unchanged = await call('admin', 'PUT', '/doctors/breach-rules', {
      version: 1,
      reason: 'no-op',
      rules: DEFAULT_BREACH_RULES,
    });
    expect(unchanged.status).toBe(400);
    expect(errorOf(unchanged.body).fieldErrors?._).toBeDefined();
  });

  it('saves an admin edit as version 2, audited with the reason and only what changed', async () => {
    now = ANCHOR + 8 * MIN;
    const res = await call('admin', 'PUT', '/doctors/breach-rules', {
      version: 1,
      rules: ADMIN_EDIT,
      reason: 'Peak season: answer sooner',
    });
    expect(res.status).toBe(200);
    const saved = breachRulesRecordSchema.parse(res.body);
    expect(saved).toMatchObject({
      version: 2,
      updatedBy: 'usr_admin',
      updatedAt: iso(now),
      reason: 'Peak season: answer sooner',
      rules: ADMIN_EDIT,
    });
    expect(saved.updatedByName?.['zh-CN']).toContain('周敏');
    const event = db.audit.all().at(-1);
    expect(event).toMatchObject({
      action: 'breach.rules.update',
      result: 'success',
      reason: 'Peak season: answer sooner',
      resource: { type: 'breach_rules', id: 'doctors' },
      before: {
        'frtNormal.warnSeconds': 600,
        'frtNormal.breachSeconds': 900,
        'frtNormal.criticalSeconds': 1800,
        'shiftNoShow.warnSeconds': 300,
        'shiftNoShow.breachSeconds': 600,
        version: 1,
      },
      after: {
        'frtNormal.warnSeconds': 300,
        'frtNormal.breachSeconds': 480,
        'frtNormal.criticalSeconds': 1200,
        'shiftNoShow.warnSeconds': 60,
        'shiftNoShow.breachSeconds': 120,
        version: 2,
      },
    });
    expect(Object.keys(event?.after ?? {})).toHaveLength(6);

    // The read-only roles see the new values.
    const read = breachRulesRecordSchema.parse((await call('auditor', 'GET', '/doctors/breach-rules')).body);
    expect(read).toMatchObject({ version: 2, rules: ADMIN_EDIT });
  });

  it('answers a stale version with 409 and the record as it is now, never overwriting it', async () => {
    const res = await call('admin', 'PUT', '/doctors/breach-rules', {
      version: 1,
      rules: { ...ADMIN_EDIT, doctorIdle: { warnSeconds: 20 * 60, breachSeconds: 40 * 60 } },
      reason: 'based on an old copy',
    });
    expect(res.status).toBe(409);
    const error = errorOf(res.body);
    expect(error.code).toBe('CONFLICT');
    expect(breachRulesRecordSchema.parse(error.details?.current)).toMatchObject({
      version: 2,
      rules: ADMIN_EDIT,
    });
    const read = breachRulesRecordSchema.parse((await call('medops', 'GET', '/doctors/breach-rules')).body);
    expect(read.rules.doctorIdle).toEqual(DEFAULT_BREACH_RULES.doctorIdle);
  });
});

describe('every evaluation runs on the rules in force', () => {
  const editAt = ANCHOR + 8 * MIN;

  it('the queue judges its clocks, and hands the browser the same rules for its countdowns', async () => {
    const q = await queueAt(editAt + 1000);
    expect(q.rules).toEqual(ADMIN_EDIT);
    const nine = q.items.find(
      (i) =>
        i.consultation.priority === 'normal' &&
        i.sla.elapsedSeconds > 8 * 60 &&
        i.sla.elapsedSeconds < 10 * 60,
    );
    // Under the defaults 8–10 min is still ok; under the edit it is past the 8-min breach step.
    expect(nine?.sla.level).toBe('breach');
  });

  it('a stricter critical step reassigns at the moment of the edit a consultation already past it', async () => {
    // 20–30 min old at the edit: critical under the new 20 min, not yet under the old 30.
    const found = db.consultations
      .all()
      .find(
        (c) =>
          c.status === 'assigned' &&
          c.priority === 'normal' &&
          !c.firstResponseAt &&
          editAt - Date.parse(c.queuedAt) > 20 * MIN &&
          editAt - Date.parse(c.queuedAt) < 30 * MIN,
      );
    expect(found).toBeDefined();
    const before = await inQueueAt(editAt - 1000, found?.id ?? '');
    expect(before?.consultation.doctorId).toBe(found?.doctorId);
    const after = await inQueueAt(editAt + 1000, found?.id ?? '');
    expect(after?.consultation.reassignments.at(-1)).toMatchObject({ by: 'system', at: iso(editAt) });
    expect(after?.consultation.doctorId).not.toBe(found?.doctorId);
  });

  it('marks a shift no_show at the edited step, and the breach log dates it there', async () => {
    // A published 16:00 shift whose doctor comes 3–4 min late: on time under the defaults' 10 min.
    const late = db.shifts
      .all()
      .find(
        (s: ShiftRecord) =>
          s.start === '2026-11-23T16:00:00+08:00' &&
          (s.plan?.checkInAfterMin ?? 0) >= 3 &&
          s.status === 'published',
      );
    expect(late).toBeDefined();
    if (!late) return;
    const start = Date.parse(late.start);
    expect(materializeShift(late, start + 5 * MIN).status).toBe('checked_in');

    now = start + 3 * MIN;
    const week = shiftListSchema.parse(
      (await call('medops', 'GET', `/doctors/shifts?weekStart=2026-11-23&departmentId=${late.departmentId}`))
        .body,
    );
    expect(week.items.find((s) => s.id === late.id)?.status).toBe('no_show');
    const log = breachPageSchema.parse(
      (await call('medops', 'GET', `/doctors/breaches?rule=SHIFT_NO_SHOW&q=${late.doctorId}&pageSize=50`))
        .body,
    );
    expect(log.items.find((b) => b.subjectId === late.id)?.at).toBe(iso(start + 2 * MIN));
  });
});

describe('auto-reassign with nobody to take it', () => {
  it('keeps the consultation with its doctor and records that no doctor was available', async () => {
    // Restore the default critical step (30 min) so the case below is judged as in §1.4.
    now = ANCHOR + 9 * MIN;
    const current = breachRulesRecordSchema.parse((await call('admin', 'GET', '/doctors/breach-rules')).body);
    const put = await call('admin', 'PUT', '/doctors/breach-rules', {
      version: current.version,
      rules: DEFAULT_BREACH_RULES,
      reason: 'Back to the defaults',
    });
    expect(put.status).toBe(200);

    const { c, criticalAt } = assignedGoingCritical(ANCHOR + 20 * MIN, ANCHOR + 40 * MIN);
    // Everyone else on duty in the department is suspended before the clock goes critical.
    for (const d of await onDutyAt(criticalAt - 60_000, c.departmentId)) {
      if (d.id === c.doctorId) continue;
      const doctor = doctorSchema.parse((await call('admin', 'GET', `/doctors/doctors/${d.id}`)).body);
      const res = await call('admin', 'POST', `/doctors/doctors/${d.id}/suspend`, {
        version: doctor.version,
        reason: 'Licence check',
      });
      expect(res.status).toBe(200);
    }
    const item = await inQueueAt(criticalAt + 1000, c.id);
    expect(item?.consultation.doctorId).toBe(c.doctorId);
    expect(item?.consultation.reassignments).toEqual([]);
    expect(item?.sla.actions).toContain('auto_reassign');
    expect(frtBreachOf(item?.consultation)?.autoReassign).toEqual({
      outcome: 'no_doctor_available',
      at: iso(criticalAt),
      fromDoctorId: c.doctorId,
    });
  });
});

describe('reset demo data', () => {
  it('brings the shipped defaults back, and every clock runs on them again', async () => {
    now = ANCHOR + 10 * MIN;
    expect(
      breachRulesRecordSchema.parse((await call('admin', 'GET', '/doctors/breach-rules')).body).version,
    ).toBe(3);
    // Judged once with the edited rules, so a cache would remember them.
    await queueAt(ANCHOR + 10 * MIN);
    // Reset ends every session: the next call signs in again.
    await fetch(`${TEST_API_BASE}/__mock/reset`, { method: 'POST' });
    const record = breachRulesRecordSchema.parse((await call('medops', 'GET', '/doctors/breach-rules')).body);
    expect(record).toMatchObject({ version: 1, rules: DEFAULT_BREACH_RULES });
    expect((await queueAt(ANCHOR + 10 * MIN)).rules).toEqual(DEFAULT_BREACH_RULES);
  });
});
