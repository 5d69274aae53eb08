import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/roles';
import { CONSULTATION_ACTORS, CONSULTATION_STATUSES } from './consultation';
import {
  CONSULTATION_TRANSITIONS,
  canTransition,
  consultationActorForRole,
  findTransition,
  nextStates,
} from './machine';

// Written out from DOMAIN.md §1.2 by hand, not derived from the table under test.
const ALLOWED = new Set([
  'queued>assigned:dispatcher',
  'queued>assigned:ops',
  'assigned>in_progress:doctor',
  'assigned>assigned:ops',
  'assigned>assigned:system',
  'in_progress>assigned:ops',
  'in_progress>assigned:system',
  'queued>refunded:system',
  'assigned>refunded:system',
  'queued>cancelled:patient',
  'in_progress>completed:doctor',
  'in_progress>completed:system',
  'in_progress>terminated:doctor',
]);

describe('consultation state machine', () => {
  const triples = CONSULTATION_STATUSES.flatMap((from) =>
    CONSULTATION_STATUSES.flatMap((to) => CONSULTATION_ACTORS.map((actor) => ({ from, to, actor }))),
  );

  it('covers every (from, to, actor) triple', () => {
    // 7 statuses × 7 statuses × 5 actors
    expect(triples).toHaveLength(245);
  });

  it.each(triples)('$from → $to by $actor', ({ from, to, actor }) => {
    expect(canTransition(from, to, actor)).toBe(ALLOWED.has(`${from}>${to}:${actor}`));
  });

  it('has no move out of a final status', () => {
    for (const status of ['completed', 'cancelled', 'refunded', 'terminated'] as const) {
      for (const actor of CONSULTATION_ACTORS) expect(nextStates(status, actor)).toEqual([]);
    }
  });

  it('lists the next states per actor', () => {
    expect(nextStates('queued', 'system')).toEqual(['refunded']);
    expect(nextStates('queued', 'patient')).toEqual(['cancelled']);
    expect(nextStates('assigned', 'system')).toEqual(['assigned', 'refunded']);
    expect(nextStates('in_progress', 'doctor')).toEqual(['completed', 'terminated']);
    expect(nextStates('in_progress', 'ops')).toEqual(['assigned']);
    expect(nextStates('assigned', 'patient')).toEqual([]);
  });

  it('requires a reason for reassignment only', () => {
    expect(findTransition('assigned', 'assigned', 'ops')?.reasonRequired).toBe(true);
    expect(findTransition('in_progress', 'assigned', 'system')?.reasonRequired).toBe(true);
    const others = CONSULTATION_TRANSITIONS.filter((t) => t.to !== 'assigned' || t.from === 'queued');
    expect(others.every((t) => !t.reasonRequired)).toBe(true);
  });

  it('lets only ADM and MED act as ops', () => {
    expect(ROLES.filter((r) => consultationActorForRole(r) === 'ops')).toEqual(['ADM', 'MED']);
    expect(consultationActorForRole('AUD')).toBeUndefined();
  });
});
