import { describe, expect, it } from 'vitest';
import {
  can,
  canSee,
  grantOf,
  isOrgScoped,
  meetsReviewLevel,
  needsReason,
  PERMISSIONS,
  type Permission,
} from './permissions';
import { ROLES, type Role, type User } from './roles';

const user = (role: Role, attributes: User['attributes'] = {}) => ({ role, attributes });

/** The nav permission of each remote, as the registry names it. */
const REMOTE_PERMISSIONS: Record<string, Permission> = {
  doctors: 'doctor.view',
  pharmacy: 'order.view',
  insurance: 'claim.view',
  content: 'content.view',
  community: 'community.queue.view',
};
const remotesOf = (role: Role) =>
  Object.entries(REMOTE_PERMISSIONS)
    .filter(([, p]) => can(user(role), p))
    .map(([r]) => r);

describe('permission matrix (DOMAIN.md §6.2)', () => {
  it('gives every role the remotes of its work, and partners only their own', () => {
    expect(remotesOf('ADM')).toEqual(['doctors', 'pharmacy', 'insurance', 'content', 'community']);
    expect(remotesOf('MED')).toEqual(['doctors', 'pharmacy', 'content']);
    expect(remotesOf('CMP')).toEqual(['doctors', 'pharmacy', 'content', 'community']);
    expect(remotesOf('MOD')).toEqual(['community']);
    expect(remotesOf('PHA')).toEqual(['pharmacy']);
    expect(remotesOf('INS')).toEqual(['insurance']);
    expect(remotesOf('AUD')).toEqual(['doctors', 'pharmacy', 'insurance', 'content', 'community']);
  });

  it('never lets a read-only grant perform an action', () => {
    expect(grantOf('AUD', 'store.manage').access).toBe('read');
    expect(can(user('AUD'), 'store.manage')).toBe(false);
    expect(canSee(user('AUD'), 'store.manage')).toBe(true);
    expect(can(user('ADM'), 'audit.export')).toBe(false);
    expect(can(user('ADM'), 'audit.view')).toBe(true);
    expect(can(user('AUD'), 'audit.export')).toBe(true);
  });

  it('grants the auditor no write permission at all', () => {
    const writes = PERMISSIONS.filter((p) => can(user('AUD'), p) && grantOf('AUD', p).access !== 'read');
    expect(writes).toEqual(['audit.view', 'audit.export']);
  });

  it('limits partners to their own organisation for everything they may do', () => {
    for (const role of ['PHA', 'INS'] as const) {
      for (const p of PERMISSIONS.filter((p) => canSee(user(role), p)))
        expect(isOrgScoped(user(role), p)).toBe(true);
    }
    expect(isOrgScoped(user('ADM'), 'order.view')).toBe(false);
  });

  it('requires the attribute of a starred cell', () => {
    expect(can(user('MED'), 'rx.review')).toBe(false);
    expect(can(user('MED', { licensedPharmacist: true }), 'rx.review')).toBe(true);
    expect(can(user('PHA', { licensedPharmacist: true }), 'rx.review')).toBe(true);
    expect(can(user('MED', { licensedPhysician: true }), 'content.review.medical')).toBe(true);
    expect(can(user('MED'), 'content.review.medical')).toBe(false);
  });

  it('opens chat transcripts to a licensed physician of MED only, with a reason', () => {
    expect(can(user('MED', { licensedPhysician: true }), 'transcript.view')).toBe(true);
    expect(needsReason('MED', 'transcript.view')).toBe(true);
    expect(can(user('MED'), 'transcript.view')).toBe(false);
    expect(can(user('MED', { licensedPharmacist: true }), 'transcript.view')).toBe(false);
    for (const role of ['ADM', 'CMP', 'AUD'] as const)
      expect(can(user(role, { licensedPhysician: true }), 'transcript.view')).toBe(false);
  });

  it('treats the review level as a minimum: L2 also does L1 work, never the reverse', () => {
    const l1 = user('CMP', { reviewLevel: 'L1' });
    const l2 = user('CMP', { reviewLevel: 'L2' });
    // L1: first review only.
    expect(can(l1, 'content.review.first')).toBe(true);
    expect(can(l1, 'content.review.compliance')).toBe(false);
    expect(can(l1, 'rule.manage')).toBe(false);
    // L2: first review too, compliance review and the rule library.
    expect(can(l2, 'content.review.first')).toBe(true);
    expect(can(l2, 'content.review.compliance')).toBe(true);
    expect(can(l2, 'rule.manage')).toBe(true);
    // No level: none of them; and a level outside the compliance role grants nothing.
    expect(can(user('CMP'), 'content.review.first')).toBe(false);
    expect(can(user('CMP'), 'content.review.compliance')).toBe(false);
    expect(can(user('MED', { reviewLevel: 'L2' }), 'content.review.first')).toBe(false);
    expect(can(user('ADM', { reviewLevel: 'L2' }), 'rule.manage')).toBe(false);
    expect(meetsReviewLevel('L2', 'L1')).toBe(true);
    expect(meetsReviewLevel('L1', 'L1')).toBe(true);
    expect(meetsReviewLevel('L1', 'L2')).toBe(false);
    expect(meetsReviewLevel(undefined, 'L1')).toBe(false);
  });

  it('marks the actions that need a reason', () => {
    expect(needsReason('MED', 'pii.reveal')).toBe(true);
    expect(needsReason('ADM', 'breach.waive')).toBe(true);
    expect(needsReason('MOD', 'community.ban')).toBe(true);
    expect(needsReason('ADM', 'community.ban')).toBe(false);
    expect(needsReason('ADM', 'order.cancel')).toBe(false);
  });

  it('lets only the platform admin edit the breach rules, with a reason (§1.4 admin-editable)', () => {
    expect(ROLES.filter((role) => can(user(role), 'breach.rules.manage'))).toEqual(['ADM']);
    expect(needsReason('ADM', 'breach.rules.manage')).toBe(true);
    // Who sees the SLA screens may read the rules; only ADM changes them.
    for (const role of ['MED', 'CMP', 'AUD'] as const) {
      expect(can(user(role), 'sla.view')).toBe(true);
      expect(can(user(role), 'breach.rules.manage')).toBe(false);
    }
  });

  it('has a cell for every role and permission', () => {
    for (const role of ROLES)
      for (const p of PERMISSIONS) expect(['all', 'own', 'read', 'none']).toContain(grantOf(role, p).access);
    expect(can(null, 'order.view')).toBe(false);
  });
});
