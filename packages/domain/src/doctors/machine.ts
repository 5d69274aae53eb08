import type { Role } from '../auth/roles';
import type { ConsultationActor, ConsultationStatus } from './consultation';

export interface ConsultationTransition {
  from: ConsultationStatus;
  to: ConsultationStatus;
  actors: readonly ConsultationActor[];
  /** Ops must give a reason, which is audited (§1.4 ops actions). */
  reasonRequired: boolean;
}

/**
 * DOMAIN.md §1.2, every allowed move and who may make it; anything else is 409 INVALID_TRANSITION.
 * Preconditions that need more than the two states (doctor checked in and below maxConcurrent,
 * 60 min without a reply, 24 h since the last message) are the caller's to check.
 */
export const CONSULTATION_TRANSITIONS: readonly ConsultationTransition[] = [
  { from: 'queued', to: 'assigned', actors: ['dispatcher', 'ops'], reasonRequired: false },
  { from: 'assigned', to: 'in_progress', actors: ['doctor'], reasonRequired: false },
  // Reassignment to another doctor; the patient is notified.
  { from: 'assigned', to: 'assigned', actors: ['ops', 'system'], reasonRequired: true },
  { from: 'in_progress', to: 'assigned', actors: ['ops', 'system'], reasonRequired: true },
  { from: 'queued', to: 'refunded', actors: ['system'], reasonRequired: false },
  { from: 'assigned', to: 'refunded', actors: ['system'], reasonRequired: false },
  { from: 'queued', to: 'cancelled', actors: ['patient'], reasonRequired: false },
  { from: 'in_progress', to: 'completed', actors: ['doctor', 'system'], reasonRequired: false },
  // First visit or unsuitable for online care: referred offline.
  { from: 'in_progress', to: 'terminated', actors: ['doctor'], reasonRequired: false },
];

export function findTransition(
  from: ConsultationStatus,
  to: ConsultationStatus,
  actor: ConsultationActor,
): ConsultationTransition | undefined {
  return CONSULTATION_TRANSITIONS.find((t) => t.from === from && t.to === to && t.actors.includes(actor));
}

export function canTransition(
  from: ConsultationStatus,
  to: ConsultationStatus,
  actor: ConsultationActor,
): boolean {
  return findTransition(from, to, actor) !== undefined;
}

/** The statuses `actor` may move a consultation in `status` to, in table order. */
export function nextStates(status: ConsultationStatus, actor: ConsultationActor): ConsultationStatus[] {
  return CONSULTATION_TRANSITIONS.filter((t) => t.from === status && t.actors.includes(actor)).map(
    (t) => t.to,
  );
}

/** A console user acts on consultations as "ops" only with role ADM or MED (§6.1). */
export function consultationActorForRole(role: Role): ConsultationActor | undefined {
  return role === 'ADM' || role === 'MED' ? 'ops' : undefined;
}
