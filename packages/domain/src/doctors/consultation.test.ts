import { describe, expect, it } from 'vitest';
import { CLOSE_REASONS, CONSULTATION_STATUSES, consultationSchema, isFinalStatus } from './consultation';
import { at, consultation } from './test-utils';

/** The paths zod complains about, for asserting which rule refused a record. */
function refusedAt(input: unknown): string[] {
  const result = consultationSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('consultationSchema', () => {
  const queued = consultation();
  const done = consultation({ frt: 60, outcome: 'completed', rating: 5 });

  it('accepts consultations in each kind of state', () => {
    expect(refusedAt(queued)).toEqual([]);
    expect(refusedAt(done)).toEqual([]);
    expect(refusedAt(consultation({ outcome: 'patient_cancel', closeAfter: 60 }))).toEqual([]);
  });

  it('strips identifying patient fields the API must never carry', () => {
    const leaked = {
      ...queued,
      patient: { ...queued.patient, phone: '13812341234', idCard: '110101199001011234' },
    };
    expect(consultationSchema.parse(leaked).patient).toEqual({
      name: { 'zh-CN': '张*', 'en-US': 'Z*' },
      ageBand: '30–39',
    });
  });

  it('matches every final status with its close reasons', () => {
    const allowed: Record<string, string[]> = {
      completed: ['completed', 'timeout'],
      cancelled: ['patient_cancel'],
      refunded: ['no_response_refund'],
      terminated: ['offline_referral'],
    };
    for (const status of Object.keys(allowed)) {
      for (const closeReason of CLOSE_REASONS) {
        const ok = allowed[status]?.includes(closeReason) ?? false;
        expect(refusedAt({ ...done, status, closeReason }), `${status}/${closeReason}`).toEqual(
          ok ? [] : ['closeReason'],
        );
      }
    }
    expect(refusedAt({ ...done, closedAt: undefined })).toEqual(['closedAt']);
  });

  it('keeps open consultations free of close data', () => {
    expect(refusedAt({ ...queued, closeReason: 'completed' })).toEqual(['closeReason']);
    expect(refusedAt({ ...queued, closedAt: at(60) })).toEqual(['closeReason']);
    expect(CONSULTATION_STATUSES.filter(isFinalStatus)).toEqual([
      'completed',
      'cancelled',
      'refunded',
      'terminated',
    ]);
  });

  it('needs a doctor while assigned or in progress', () => {
    expect(refusedAt({ ...queued, status: 'assigned' })).toEqual(['doctorId']);
    expect(refusedAt({ ...queued, status: 'in_progress', doctorId: 'doc_a' })).toEqual(['doctorId']);
  });

  it('allows prescriptions only on a follow-up with evidence, and no more rejections than prescriptions', () => {
    expect(refusedAt({ ...done, rxIds: ['rx_1'] })).toEqual(['followUpEvidence']);
    expect(refusedAt({ ...done, rxIds: ['rx_1'], followUpEvidence: 'emr_1', rxRejectedCount: 2 })).toEqual([
      'rxRejectedCount',
    ]);
  });

  it('refuses times before queuedAt and outside +08:00', () => {
    expect(refusedAt({ ...done, firstResponseAt: at(-1) })).toEqual(['firstResponseAt']);
    expect(refusedAt({ ...done, queuedAt: '2026-11-23T01:00:00Z' })).toEqual(['queuedAt']);
  });

  it('takes ratings 1–5 only', () => {
    expect(refusedAt({ ...done, rating: 0 })).toEqual(['rating']);
    expect(refusedAt({ ...done, rating: 4.5 })).toEqual(['rating']);
  });
});
