import { toIsoCst } from '../common';
import { consultationSchema, type Consultation } from './consultation';

/** Monday 2026-11-23 09:00 in Beijing: the zero of every fixture clock. */
export const T0 = Date.parse('2026-11-23T09:00:00+08:00');

/** The fixture clock `seconds` after T0, as the API writes it. */
export function at(seconds: number): string {
  return toIsoCst(T0 + seconds * 1000);
}

/**
 * A consultation queued at `queuedAfter` seconds past T0. `frt` answers it that many seconds after
 * queueing; `outcome` closes it `closeAfter` seconds after queueing. Parsed by the real schema, so a
 * fixture the API could never send fails the test that builds it.
 */
export function consultation(
  options: {
    id?: string;
    queuedAfter?: number;
    frt?: number;
    assignedAfter?: number;
    outcome?: 'completed' | 'timeout' | 'no_response_refund' | 'patient_cancel' | 'offline_referral';
    closeAfter?: number;
  } & Partial<Omit<Consultation, 'status' | 'closeReason' | 'closedAt'>> = {},
): Consultation {
  const { id = 'con_1', queuedAfter = 0, frt, outcome, ...rest } = options;
  const { assignedAfter: givenAssignedAfter, closeAfter: givenCloseAfter, ...fields } = rest;
  const assignedAfter = givenAssignedAfter ?? (frt === undefined ? undefined : Math.min(frt, 30));
  const closeAfter = givenCloseAfter ?? (frt ?? 0) + 600;
  const q = (s: number) => at(queuedAfter + s);

  const status: Consultation['status'] =
    outcome === undefined
      ? frt !== undefined
        ? 'in_progress'
        : assignedAfter !== undefined
          ? 'assigned'
          : 'queued'
      : {
          completed: 'completed' as const,
          timeout: 'completed' as const,
          no_response_refund: 'refunded' as const,
          patient_cancel: 'cancelled' as const,
          offline_referral: 'terminated' as const,
        }[outcome];

  return consultationSchema.parse({
    id,
    patient: { name: { 'zh-CN': '张*', 'en-US': 'Z*' }, ageBand: '30–39' },
    departmentId: 'dep_gp',
    doctorId: assignedAfter === undefined ? undefined : 'doc_a',
    channel: 'text',
    kind: 'fast',
    priority: 'normal',
    status,
    queuedAt: q(0),
    assignedAt: assignedAfter === undefined ? undefined : q(assignedAfter),
    firstResponseAt: frt === undefined ? undefined : q(frt),
    closedAt: outcome === undefined ? undefined : q(closeAfter),
    closeReason: outcome,
    rxIds: [],
    rxRejectedCount: 0,
    reassignments: [],
    breaches: [],
    history: [],
    version: 0,
    ...fields,
  });
}
