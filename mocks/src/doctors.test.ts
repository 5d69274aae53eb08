import { beforeAll, describe, expect, it } from 'vitest';
import { cpuTime } from '@careops/domain/testing';
import {
  breachPageSchema,
  computeSlaMetrics,
  consultationSchema,
  coverageMapSchema,
  doctorSchema,
  onDutyListSchema,
  queueSchema,
  shiftListSchema,
  shiftSchema,
  slaDashboardSchema,
  transcriptSchema,
  type QueueItem,
} from '@careops/domain/doctors';
import { errorOf, setupTestApi } from './testing';
import { seedDoctorActivity } from './seed/doctor-activity';
import { DEFAULT_SEED } from './db/database';

// Monday 2026-11-23 10:20 CST; the seed is laid out around 10:00.
const START = Date.parse('2026-11-23T10:20:00+08:00');
const ANCHOR = Date.parse('2026-11-23T10:00:00+08:00');
let now = START;
const { db, call } = setupTestApi({ now: () => now });

const iso = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';

async function queue(departmentId?: string) {
  const res = await call(
    'medops',
    'GET',
    `/doctors/consultations/queue${departmentId ? `?departmentId=${departmentId}` : ''}`,
  );
  expect(res.status).toBe(200);
  return queueSchema.parse(res.body);
}
async function onDuty(departmentId: string) {
  const res = await call('medops', 'GET', `/doctors/on-duty?departmentId=${departmentId}`);
  return onDutyListSchema.parse(res.body).items;
}

describe('GET /doctors/metrics', () => {
  it('answers computeSlaMetrics over the same seed rows, fast, and from cache the second time', async () => {
    const from = ANCHOR - 8 * 86_400_000;
    const to = ANCHOR - 86_400_000;
    const rows = seedDoctorActivity(DEFAULT_SEED, ANCHOR).consultations;
    const expected = computeSlaMetrics(rows, { from, to });

    const path = `/doctors/metrics?from=${encodeURIComponent(iso(from))}&to=${encodeURIComponent(iso(to))}`;
    // The first call also seeds the table: that is timed separately.
    await call(
      'medops',
      'GET',
      `/doctors/metrics?from=${encodeURIComponent(iso(from))}&to=${encodeURIComponent(iso(from + 1000))}`,
    );
    const { result: res, ms: cold } = await cpuTime(() => call('medops', 'GET', path));
    const { ms: warm } = await cpuTime(() => call('medops', 'GET', path));
    console.info(
      `[metrics] 7-day period: ${cold.toFixed(0)} ms uncached, ${warm.toFixed(0)} ms cached, of CPU`,
    );
    expect(res.status).toBe(200);
    const dashboard = slaDashboardSchema.parse(res.body);
    expect(dashboard.metrics).toEqual(expected);
    expect(cold).toBeLessThan(1_000);

    // Hand count of the cohort: queued in [from, to).
    const cohort = rows.filter((c) => Date.parse(c.queuedAt) >= from && Date.parse(c.queuedAt) < to);
    expect(dashboard.metrics.queued).toBe(cohort.length);
    expect(dashboard.series.frtByHour).toHaveLength(24);
    // 10:00 to 10:00 a week later touches eight calendar days.
    expect(dashboard.series.satisfactionByDay).toHaveLength(8);
  });

  it('filters by department and never counts the future', async () => {
    const from = ANCHOR - 86_400_000;
    const res = await call(
      'reviewer.l1',
      'GET',
      `/doctors/metrics?from=${encodeURIComponent(iso(from))}&to=${encodeURIComponent(iso(ANCHOR + 10 * 3_600_000))}&departmentId=dep_psy`,
    );
    const dashboard = slaDashboardSchema.parse(res.body);
    expect(Date.parse(dashboard.to)).toBe(START);
    expect(dashboard.series.rate15ByDepartment.map((d) => d.departmentId)).toEqual(['dep_psy']);
  });

  it('refuses a period longer than 31 days', async () => {
    const res = await call(
      'medops',
      'GET',
      `/doctors/metrics?from=${encodeURIComponent(iso(ANCHOR - 40 * 86_400_000))}&to=${encodeURIComponent(iso(ANCHOR))}`,
    );
    expect(res.status).toBe(400);
  });
});

describe('live queue', () => {
  it('lists waiting consultations with masked patients, longest wait first, and depth vs on duty', async () => {
    const q = await queue();
    expect(q.items.length).toBeGreaterThan(10);
    for (const item of q.items) {
      expect(item.consultation.patient.name['zh-CN']).toMatch(/^.\*+$/u);
      expect(item.consultation.firstResponseAt).toBeUndefined();
    }
    const waits = q.items.map((i) => i.sla.elapsedSeconds);
    expect(waits).toEqual([...waits].sort((a, b) => b - a));
    expect(q.items.some((i) => i.sla.level === 'warn')).toBe(true);
    expect(q.items.some((i) => i.sla.level === 'breach' || i.sla.level === 'critical')).toBe(true);
    expect(q.departments).toHaveLength(6);
    const gp = q.departments.find((d) => d.departmentId === 'dep_gp');
    expect(gp?.required).toBe(6);
    expect(gp?.onDuty).toBeGreaterThan(0);
  });

  it('moves a consultation up the levels as the server clock passes, and refunds it at 60 min', async () => {
    const before = await queue();
    const item = before.items.find(
      (i) => i.sla.rule === 'FRT_NORMAL' && i.sla.level === 'ok' && i.sla.elapsedSeconds < 300,
    );
    expect(item).toBeDefined();
    const id = item?.consultation.id;
    const queuedAt = Date.parse(item?.consultation.queuedAt ?? '');
    try {
      now = queuedAt + 16 * 60_000;
      expect((await queue()).items.find((i) => i.consultation.id === id)?.sla.level).toBe('breach');
      now = queuedAt + 61 * 60_000;
      expect((await queue()).items.find((i) => i.consultation.id === id)).toBeUndefined();
    } finally {
      now = START;
    }
  });
});

describe('POST /doctors/consultations/:id/reassign', () => {
  let target: QueueItem;
  let dept = '';
  beforeAll(async () => {
    const q = await queue();
    // The department with the most waiting, so there is room for the load test below.
    const busiest = [...q.departments].sort((a, b) => b.waiting - a.waiting)[0];
    const breached = q.items.find(
      (i) =>
        i.consultation.departmentId === busiest?.departmentId &&
        (i.sla.level === 'breach' || i.sla.level === 'critical'),
    );
    if (!breached) throw new Error('the seed has no breached consultation');
    target = breached;
    dept = breached.consultation.departmentId;
  });

  it('reassigns to a checked-in, licensed doctor with room, with the reason audited', async () => {
    const doctor = (await onDuty(dept)).find(
      (d) =>
        d.id !== target.consultation.doctorId && d.load < d.maxConcurrent && d.departmentIds.includes(dept),
    );
    expect(doctor).toBeDefined();
    const res = await call('medops', 'POST', `/doctors/consultations/${target.consultation.id}/reassign`, {
      version: target.consultation.version,
      toDoctorId: doctor?.id,
      reason: 'Doctor offline',
    });
    expect(res.status).toBe(200);
    const c = consultationSchema.parse(res.body);
    expect(c.status).toBe('assigned');
    expect(c.doctorId).toBe(doctor?.id);
    expect(c.version).toBe(target.consultation.version + 1);
    expect(c.history.at(-1)).toMatchObject({ to: 'assigned', actorRole: 'MED', reason: 'Doctor offline' });
    const event = db.audit.all().at(-1);
    expect(event).toMatchObject({
      action: 'consultation.reassign',
      reason: 'Doctor offline',
      result: 'success',
    });
    expect(event?.resource.id).toBe(c.id);

    // The same version again is stale now: 409 with the fresh record.
    const stale = await call('medops', 'POST', `/doctors/consultations/${target.consultation.id}/reassign`, {
      version: target.consultation.version,
      toDoctorId: target.consultation.doctorId ?? 'doc_0001',
      reason: 'again',
    });
    expect(stale.status).toBe(409);
    const error = errorOf(stale.body);
    expect(error.code).toBe('CONFLICT');
    expect(consultationSchema.parse(error.details?.current).version).toBe(c.version);
  });

  it('needs a reason', async () => {
    const res = await call('medops', 'POST', `/doctors/consultations/${target.consultation.id}/reassign`, {
      version: 0,
      toDoctorId: 'doc_0001',
      reason: '  ',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(errorOf(res.body).fieldErrors ?? {})).toContain('reason');
  });

  it('refuses a doctor not licensed for the department, not checked in, or at max concurrency', async () => {
    const q = await queue(dept);
    const item = q.items.find((i) => i.consultation.id !== target.consultation.id);
    if (!item) throw new Error('no second waiting consultation');
    const path = `/doctors/consultations/${item.consultation.id}/reassign`;
    const base = { version: item.consultation.version, reason: 'test' };

    const elsewhere = (await onDuty(dept === 'dep_derm' ? 'dep_gp' : 'dep_derm')).find(
      (d) => !d.departmentIds.includes(dept),
    );
    let res = await call('medops', 'POST', path, { ...base, toDoctorId: elsewhere?.id });
    expect(res.status).toBe(409);
    expect(errorOf(res.body).details).toMatchObject({ rule: 'not_licensed' });

    const onDutyIds = new Set((await onDuty(dept)).map((d) => d.id));
    const offDuty = db.doctors
      .all()
      .find((d) => d.status === 'active' && d.departmentIds.includes(dept) && !onDutyIds.has(d.id));
    res = await call('medops', 'POST', path, { ...base, toDoctorId: offDuty?.id });
    expect(res.status).toBe(409);
    expect(errorOf(res.body).details).toMatchObject({ rule: 'not_checked_in' });

    // Fill one doctor up to the maximum with other waiting consultations, then one more.
    const doctor = (await onDuty(dept)).find((d) => d.departmentIds.includes(dept));
    if (!doctor) throw new Error('nobody on duty');
    const others = (await queue(dept)).items.filter((i) => i.consultation.doctorId !== doctor.id);
    const room = doctor.maxConcurrent - doctor.load;
    expect(others.length).toBeGreaterThan(room);
    for (const other of others.slice(0, room)) {
      const ok = await call('medops', 'POST', `/doctors/consultations/${other.consultation.id}/reassign`, {
        version: other.consultation.version,
        toDoctorId: doctor.id,
        reason: 'load test',
      });
      expect(ok.status).toBe(200);
    }
    const last = others[room];
    res = await call('medops', 'POST', `/doctors/consultations/${last?.consultation.id}/reassign`, {
      version: last?.consultation.version,
      toDoctorId: doctor.id,
      reason: 'one too many',
    });
    expect(res.status).toBe(409);
    expect(errorOf(res.body).details).toMatchObject({ rule: 'max_concurrency' });
    expect(errorOf(res.body).message).toContain(`maximum of ${doctor.maxConcurrent}`);
  });
});

describe('transcripts', () => {
  it('opens for the licensed physician only, auditing every opening with its reason', async () => {
    const id = (await queue()).items[0]?.consultation.id ?? '';
    const count = () =>
      db.audit.all().filter((e) => e.action === 'transcript.view' && e.result === 'success').length;
    const before = count();
    for (let i = 0; i < 2; i++) {
      const res = await call(
        'physician',
        'GET',
        `/doctors/consultations/${id}/transcript?reason=complaint%20review`,
      );
      expect(res.status).toBe(200);
      expect(transcriptSchema.parse(res.body).messages.length).toBeGreaterThan(0);
    }
    expect(count()).toBe(before + 2);
    expect(db.audit.all().at(-1)).toMatchObject({ reason: 'complaint review', piiFields: ['chat'] });
    expect((await call('physician', 'GET', `/doctors/consultations/${id}/transcript`)).status).toBe(400);
    for (const user of ['medops', 'admin', 'reviewer.l1', 'auditor']) {
      const res = await call(user, 'GET', `/doctors/consultations/${id}/transcript?reason=x`);
      expect(res.status, user).toBe(403);
      expect(db.audit.all().at(-1)).toMatchObject({ action: 'transcript.view', result: 'denied' });
    }
  });
});

describe('roster', () => {
  const weekStart = '2026-11-23';
  async function shifts() {
    return shiftListSchema.parse(
      (await call('medops', 'GET', `/doctors/shifts?weekStart=${weekStart}&departmentId=dep_gp`)).body,
    ).items;
  }
  const tuesday = (h: number) => iso(Date.parse('2026-11-24T00:00:00+08:00') + h * 3_600_000);

  it('shows the Tuesday-night gap in GP, and a new shift closes it', async () => {
    const coverage = async () =>
      coverageMapSchema.parse(
        (await call('medops', 'GET', `/doctors/coverage?weekStart=${weekStart}&departmentId=dep_gp`)).body,
      );
    const cell = (map: Awaited<ReturnType<typeof coverage>>) =>
      map.departments[0]?.cells.find((c) => c.weekday === 1 && c.hour === 3);
    expect(cell(await coverage())).toMatchObject({ onDuty: 5, required: 6, level: 'breach' });

    const busy = new Set(
      (await shifts()).filter((s) => s.start < tuesday(8) && s.end > tuesday(0)).map((s) => s.doctorId),
    );
    const doctor = db.doctors
      .all()
      .find(
        (d) =>
          d.status === 'active' &&
          d.departmentIds.includes('dep_gp') &&
          !busy.has(d.id) &&
          d.licenseExpiry > tuesday(8),
      );
    const res = await call('medops', 'POST', '/doctors/shifts', {
      doctorId: doctor?.id,
      departmentId: 'dep_gp',
      start: tuesday(0),
      end: tuesday(8),
      type: 'night',
    });
    expect(res.status).toBe(201);
    expect(shiftSchema.parse(res.body).status).toBe('draft');
    expect(cell(await coverage())).toMatchObject({ onDuty: 6, level: 'ok' });
    expect(db.audit.all().at(-1)).toMatchObject({ action: 'shift.create', result: 'success' });
  });

  it('refuses overlap, an unlicensed department, an expiring licence and capacity above the maximum', async () => {
    const existing = (await shifts()).find((s) => s.status === 'published' && s.start > tuesday(0));
    if (!existing) throw new Error('no future GP shift');
    const doctor = doctorSchema.parse(
      (await call('medops', 'GET', `/doctors/doctors/${existing.doctorId}`)).body,
    );
    const attempt = (patch: Record<string, unknown>) =>
      call('medops', 'POST', '/doctors/shifts', {
        doctorId: doctor.id,
        departmentId: 'dep_gp',
        start: existing.start,
        end: existing.end,
        type: 'regular',
        ...patch,
      });
    const ruleOf = async (p: Promise<{ status: number; body: unknown }>) => {
      const res = await p;
      expect(res.status).toBe(409);
      return (errorOf(res.body).details as { rule?: string }).rule;
    };
    expect(await ruleOf(attempt({}))).toBe('overlap');
    const otherDept = ['dep_ped', 'dep_derm', 'dep_endo'].find((d) => !doctor.departmentIds.includes(d));
    const notLicensed = await attempt({ departmentId: otherDept, start: tuesday(30), end: tuesday(31) });
    expect(
      (errorOf(notLicensed.body).details as { problems: { rule: string }[] }).problems.map((p) => p.rule),
    ).toContain('not_licensed');
    const expiry = Date.parse(doctor.licenseExpiry);
    expect(await ruleOf(attempt({ start: iso(expiry - 3_600_000), end: iso(expiry + 3_600_000) }))).toBe(
      'license_expiring',
    );
    const capacity = await attempt({
      start: tuesday(40),
      end: tuesday(41),
      capacity: doctor.maxConcurrent + 1,
    });
    expect(errorOf(capacity.body).details).toMatchObject({ rule: 'max_concurrency' });
    expect(errorOf(capacity.body).fieldErrors).toHaveProperty('capacity');
  });

  it('moves with a version, answers a stale one with the fresh shift, cancels with a reason, publishes', async () => {
    const draft = (await shifts()).find((s) => s.status === 'draft');
    if (!draft) throw new Error('the created draft is missing');
    const moved = await call('medops', 'PATCH', `/doctors/shifts/${draft.id}`, {
      version: draft.version,
      start: tuesday(1),
      end: tuesday(8),
    });
    expect(moved.status).toBe(200);
    const stale = await call('medops', 'PATCH', `/doctors/shifts/${draft.id}`, {
      version: draft.version,
      start: tuesday(2),
    });
    expect(stale.status).toBe(409);
    expect(shiftSchema.parse(errorOf(stale.body).details?.current).start).toBe(tuesday(1));

    const published = await call('medops', 'POST', '/doctors/shifts/publish', {
      weekStart,
      departmentId: 'dep_gp',
    });
    expect(published.body).toEqual({ published: 1 });
    const fresh = (await shifts()).find((s) => s.id === draft.id);
    expect(fresh?.status).toBe('published');
    expect(
      (await call('medops', 'POST', `/doctors/shifts/${draft.id}/cancel`, { version: fresh?.version }))
        .status,
    ).toBe(400);
    const cancelled = await call('medops', 'POST', `/doctors/shifts/${draft.id}/cancel`, {
      version: fresh?.version,
      reason: 'Doctor on leave',
    });
    expect(shiftSchema.parse(cancelled.body).status).toBe('cancelled');
    expect(db.audit.all().at(-1)).toMatchObject({ action: 'shift.cancel', reason: 'Doctor on leave' });
  });

  it('copies a week as drafts, skipping what breaks a rule', async () => {
    const res = await call('admin', 'POST', '/doctors/shifts/copy-week', {
      fromWeekStart: weekStart,
      toWeekStart: '2026-12-07',
      departmentId: 'dep_psy',
    });
    expect(res.status).toBe(200);
    const { created, skipped } = res.body as { created: number; skipped: unknown[] };
    const source = shiftListSchema
      .parse(
        (await call('medops', 'GET', `/doctors/shifts?weekStart=${weekStart}&departmentId=dep_psy`)).body,
      )
      .items.filter((s) => s.status !== 'cancelled');
    expect(created + skipped.length).toBe(source.length);
    expect(created).toBeGreaterThan(0);
  });
});

describe('breach log and doctor actions', () => {
  it('pages the log on the server and waives with a reason', async () => {
    const res = await call('medops', 'GET', '/doctors/breaches?pageSize=10&level=breach&waived=false');
    const page = breachPageSchema.parse(res.body);
    expect(page.items).toHaveLength(10);
    expect(page.total).toBeGreaterThan(100);
    expect(page.items.every((b) => b.level === 'breach' && !b.waived)).toBe(true);
    const b = page.items[0];
    const waived = await call('medops', 'POST', `/doctors/breaches/${b?.id}/waive`, {
      version: b?.version,
      reason: 'Outage',
    });
    expect(waived.status).toBe(200);
    expect(waived.body).toMatchObject({ waived: { reason: 'Outage', by: 'usr_medops' } });
    const again = await call('medops', 'POST', `/doctors/breaches/${b?.id}/waive`, { reason: 'twice' });
    expect(again.status).toBe(409);
    expect(db.audit.all().filter((e) => e.action === 'breach.waive' && e.result === 'success')).toHaveLength(
      1,
    );
  });

  it('flags and suspends a doctor with a reason', async () => {
    const doctor = db.doctors.all().find((d) => d.status === 'active');
    const flagged = await call('admin', 'POST', `/doctors/doctors/${doctor?.id}/flag`, {
      version: doctor?.version,
      reason: 'Repeated late replies',
    });
    const after = doctorSchema.parse(flagged.body);
    expect(after.flags?.at(-1)).toMatchObject({
      type: 'manual',
      note: 'Repeated late replies',
      by: 'usr_admin',
    });
    const suspended = await call('admin', 'POST', `/doctors/doctors/${doctor?.id}/suspend`, {
      version: after.version,
      reason: 'Review',
    });
    expect(doctorSchema.parse(suspended.body).status).toBe('suspended');
    const twice = await call('admin', 'POST', `/doctors/doctors/${doctor?.id}/suspend`, {
      version: after.version + 1,
      reason: 'Review',
    });
    expect(errorOf(twice.body).code).toBe('INVALID_TRANSITION');
  });

  it('answers 403 to every write by CMP and AUD, auditing the denial', async () => {
    const writes: [string, string][] = [
      ['POST', '/doctors/consultations/con_000001/reassign'],
      ['POST', '/doctors/shifts'],
      ['PATCH', '/doctors/shifts/sh_00001'],
      ['POST', '/doctors/shifts/sh_00001/cancel'],
      ['POST', '/doctors/shifts/copy-week'],
      ['POST', '/doctors/shifts/publish'],
      ['POST', '/doctors/breaches/x/waive'],
      ['POST', '/doctors/doctors/doc_0001/flag'],
      ['POST', '/doctors/doctors/doc_0001/suspend'],
    ];
    for (const user of ['reviewer.l1', 'auditor']) {
      for (const [method, path] of writes) {
        const res = await call(user, method, path, { version: 1, reason: 'x' });
        expect(res.status, `${user} ${method} ${path}`).toBe(403);
        expect(db.audit.all().at(-1)?.result).toBe('denied');
      }
      expect((await call(user, 'GET', '/doctors/consultations/queue')).status).toBe(200);
    }
  });
});
