import { describe, expect, it } from 'vitest';
import { cpuTime } from '@careops/domain/testing';
import {
  CONSULTATION_ACTORS,
  canTransition,
  consultationSchema,
  cstDayStartMs,
  cstWeekStartOf,
  isFinalStatus,
  shiftSchema,
  type ConsultationActor,
  type ConsultationHistoryEntry,
} from '@careops/domain/doctors';
import { DEPARTMENTS } from './seed/doctors';
import { HISTORY_END_BEFORE_ANCHOR, materializeShift, seedDoctorActivity } from './seed/doctor-activity';

// Monday 2026-11-23 10:00 CST.
const ANCHOR = Date.parse('2026-11-23T10:00:00+08:00');
const {
  result: { consultations, shifts },
  ms: seedMs,
} = await cpuTime(() => seedDoctorActivity(20261123, ANCHOR));

function actorOf(entry: ConsultationHistoryEntry): ConsultationActor {
  return (CONSULTATION_ACTORS as readonly string[]).includes(entry.actorRole)
    ? (entry.actorRole as ConsultationActor)
    : 'ops';
}

describe('doctor activity seed', () => {
  it('holds 50,000+ consultations over 30 days, built in well under two seconds', () => {
    console.info(
      `[seed] ${consultations.length} consultations, ${shifts.length} shifts in ${seedMs.toFixed(0)} ms of CPU`,
    );
    expect(consultations.length).toBeGreaterThanOrEqual(50_000);
    expect(seedMs).toBeLessThan(2_000);
    const first = Math.min(...consultations.slice(0, 100).map((c) => Date.parse(c.queuedAt)));
    expect(ANCHOR - first).toBeGreaterThan(29.9 * 86_400_000);
  });

  it('gives every consultation a history that replays through the state machine, in time order', () => {
    // Problems collected, not asserted one by one: 200,000 expect calls take longer than the replay.
    const problems: string[] = [];
    for (const c of consultations) {
      let state: string = 'queued';
      let last = Date.parse(c.queuedAt);
      for (const h of c.history) {
        if (h.from !== state) problems.push(`${c.id}: ${h.from} after ${state}`);
        if (!canTransition(h.from, h.to, actorOf(h)))
          problems.push(`${c.id}: ${h.from}→${h.to} by ${h.actorRole}`);
        const at = Date.parse(h.at);
        if (at < last) problems.push(`${c.id}: ${h.at} goes back in time`);
        last = at;
        state = h.to;
      }
      if (state !== c.status) problems.push(`${c.id}: replay ends in ${state}, status ${c.status}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('parses with the API schema (every 25th row)', () => {
    for (let i = 0; i < consultations.length; i += 25) {
      const result = consultationSchema.safeParse(consultations[i]);
      expect(result.error?.issues ?? [], consultations[i]?.id).toEqual([]);
    }
  });

  it('is busier in the morning and evening than at night', () => {
    const byHour = Array.from({ length: 24 }, () => 0);
    for (const c of consultations) {
      const hour = new Date(Date.parse(c.queuedAt) + 8 * 3_600_000).getUTCHours();
      byHour[hour] = (byHour[hour] ?? 0) + 1;
    }
    expect(byHour[10]).toBeGreaterThan(4 * (byHour[3] ?? 0));
    expect(byHour[20]).toBeGreaterThan(4 * (byHour[3] ?? 0));
  });

  it('closes all history and leaves open only the recent ones, with waits past 10, 15 and 30 min', () => {
    const historyEnd = ANCHOR - HISTORY_END_BEFORE_ANCHOR;
    const open = consultations.filter((c) => !isFinalStatus(c.status));
    expect(open.every((c) => Date.parse(c.queuedAt) > historyEnd - 0)).toBe(true);
    const waitsAtAnchor = open
      .filter((c) => !c.firstResponseAt && Date.parse(c.queuedAt) <= ANCHOR)
      .map((c) => (ANCHOR - Date.parse(c.queuedAt)) / 60_000);
    expect(waitsAtAnchor.some((m) => m > 10 && m < 15)).toBe(true);
    expect(waitsAtAnchor.some((m) => m > 15 && m < 30)).toBe(true);
    expect(waitsAtAnchor.some((m) => m > 30)).toBe(true);
    expect(consultations.filter((c) => c.priority === 'fast_lane').length).toBeGreaterThan(5_000);
    expect(consultations.filter((c) => c.reassignments.length > 0).length).toBeGreaterThan(500);
    expect(consultations.filter((c) => c.followUpTask).length).toBeGreaterThan(5_000);
    expect(consultations.filter((c) => c.complaint).length).toBeGreaterThan(10);
    expect(consultations.filter((c) => c.breaches.some((b) => b.level !== 'warn')).length).toBeGreaterThan(
      1_000,
    );
  });

  it('staffs two weeks of shifts that pass the schema, with a gap below a minimum', () => {
    for (const s of shifts) expect(shiftSchema.safeParse(s).success, s.id).toBe(true);
    const weekStart = cstDayStartMs(cstWeekStartOf(ANCHOR));
    // Tuesday 00:00–08:00 in general practice is one doctor short (the department's gap).
    const gp = DEPARTMENTS[0];
    const tuesday3am = weekStart + 86_400_000 + 3 * 3_600_000;
    const onDuty = shifts.filter(
      (s) =>
        s.departmentId === gp?.id &&
        s.type !== 'on_call' &&
        Date.parse(s.start) <= tuesday3am &&
        Date.parse(s.end) > tuesday3am,
    ).length;
    expect(onDuty).toBe((gp?.minOnDutyPerSlot ?? 0) - 1);
    expect(shifts.some((s) => materializeShift(s, ANCHOR).status === 'checked_in')).toBe(true);
  });
});
