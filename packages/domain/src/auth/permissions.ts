import type { ReviewLevel, Role, User, UserAttributes } from './roles';

/**
 * The permission matrix of DOMAIN.md §6.2, as data: both the UI (what to show)
 * and the mock API (what to allow) read it.
 *
 * Cell codes: Y all data · O own org · R read only · - none; a trailing * means
 * the grant holds only under the permission's condition (see CONDITIONS).
 */
type Cell = 'Y' | 'Y*' | 'O' | 'O*' | 'R' | '-';
type Row = readonly [Cell, Cell, Cell, Cell, Cell, Cell, Cell];

//                                      ADM   MED   CMP   MOD   PHA   INS   AUD
const MATRIX = {
  'sla.view': /*                     */ ['Y', 'Y', 'R', '-', '-', '-', 'R'],
  'doctor.view': /*                  */ ['Y', 'Y', 'R', '-', '-', '-', 'R'],
  'schedule.edit': /*                */ ['Y', 'Y', '-', '-', '-', '-', '-'],
  reassign: /*                       */ ['Y', 'Y', '-', '-', '-', '-', '-'],
  'doctor.flag': /*                  */ ['Y', 'Y', '-', '-', '-', '-', '-'],
  'doctor.suspend': /*               */ ['Y', 'Y', '-', '-', '-', '-', '-'],
  'breach.waive': /*                 */ ['Y*', 'Y*', '-', '-', '-', '-', '-'],
  // §1.4 "admin-editable defaults": the thresholds every SLA clock runs on; a reason is required.
  'breach.rules.manage': /*          */ ['Y*', '-', '-', '-', '-', '-', '-'],
  'transcript.view': /*              */ ['-', 'Y*', '-', '-', '-', '-', '-'],
  'content.review.medical': /*       */ ['-', 'Y*', '-', '-', '-', '-', '-'],
  'order.view': /*                   */ ['Y', 'Y', 'R', '-', 'O', '-', 'R'],
  'order.accept': /*                 */ ['Y*', '-', '-', '-', 'O', '-', '-'],
  'order.pick': /*                   */ ['Y*', '-', '-', '-', 'O', '-', '-'],
  'order.ready': /*                  */ ['Y*', '-', '-', '-', 'O', '-', '-'],
  'order.handover': /*               */ ['Y*', '-', '-', '-', 'O', '-', '-'],
  'rx.review': /*                    */ ['-', 'Y*', '-', '-', 'O*', '-', '-'],
  'order.cancel': /*                 */ ['Y', 'Y', '-', '-', 'O', '-', '-'],
  'refund.decide': /*                */ ['Y', 'Y', '-', '-', 'O', '-', '-'],
  'order.exception': /*              */ ['Y', 'Y', '-', '-', 'O', '-', '-'],
  'store.manage': /*                 */ ['Y', '-', '-', '-', 'O', '-', 'R'],
  'product.edit': /*                 */ ['-', '-', '-', '-', '-', 'O', '-'],
  'discount.edit': /*                */ ['-', '-', '-', '-', '-', 'O', '-'],
  'claim.decide': /*                 */ ['-', '-', '-', '-', '-', 'O', '-'],
  'policy.view': /*                  */ ['R', '-', '-', '-', '-', 'O', 'R'],
  'member.view': /*                  */ ['R', '-', '-', '-', '-', 'O', 'R'],
  'claim.view': /*                   */ ['R', '-', '-', '-', '-', 'O', 'R'],
  'settlement.view': /*              */ ['R', '-', '-', '-', '-', 'O', 'R'],
  'content.view': /*                 */ ['Y', 'Y', 'Y', '-', '-', '-', 'R'],
  'content.review.first': /*         */ ['-', '-', 'Y*', '-', '-', '-', '-'],
  'content.review.compliance': /*    */ ['-', '-', 'Y*', '-', '-', '-', '-'],
  'rule.manage': /*                  */ ['-', '-', 'Y*', '-', '-', '-', '-'],
  'content.takedown': /*             */ ['Y', '-', 'Y', '-', '-', '-', '-'],
  'community.queue.view': /*         */ ['Y', '-', 'R', 'Y', '-', '-', 'R'],
  'community.hide': /*               */ ['Y', '-', '-', 'Y', '-', '-', '-'],
  'community.delete': /*             */ ['Y', '-', '-', 'Y', '-', '-', '-'],
  'community.warn': /*               */ ['Y', '-', '-', 'Y', '-', '-', '-'],
  'community.mute': /*               */ ['Y', '-', '-', 'Y', '-', '-', '-'],
  'community.ban': /*                */ ['Y', '-', '-', 'Y*', '-', '-', '-'],
  'appeal.decide': /*                */ ['Y', '-', '-', 'Y*', '-', '-', '-'],
  'wordlist.manage': /*              */ ['Y', '-', 'Y', 'Y', '-', '-', '-'],
  'user.manage': /*                  */ ['Y', '-', '-', '-', '-', '-', '-'],
  'role.assign': /*                  */ ['Y', '-', '-', '-', '-', '-', '-'],
  'audit.view': /*                   */ ['R', '-', '-', '-', '-', '-', 'Y'],
  'audit.export': /*                 */ ['R', '-', '-', '-', '-', '-', 'Y'],
  'pii.reveal': /*                   */ ['Y*', 'Y*', '-', '-', 'O*', '-', '-'],
} as const satisfies Record<string, Row>;

export type Permission = keyof typeof MATRIX;
export const PERMISSIONS = Object.keys(MATRIX) as Permission[];
const ROLE_COLUMNS: readonly Role[] = ['ADM', 'MED', 'CMP', 'MOD', 'PHA', 'INS', 'AUD'];

/** Permissions that only look at data; for them an R cell is a full grant. */
const VIEW_PERMISSIONS = new Set<Permission>([
  'sla.view',
  'doctor.view',
  'order.view',
  'policy.view',
  'member.view',
  'claim.view',
  'settlement.view',
  'content.view',
  'community.queue.view',
  'audit.view',
]);

/**
 * What a starred cell needs. `anyAttribute`: the user must hold one of them;
 * `reviewLevel`: the least compliance-reviewer level, a minimum and not an exact
 * match — levels are ordered L1 < L2, so an L2 reviewer may also do what an L1
 * reviewer does (first review), while an L1 reviewer may not do compliance review
 * or manage rules; `reason`: the command must carry a reason (checked when the
 * action is taken, not when it is shown).
 */
export interface Condition {
  anyAttribute?: readonly (keyof Pick<UserAttributes, 'licensedPhysician' | 'licensedPharmacist'>)[];
  reviewLevel?: ReviewLevel;
  reason?: boolean;
}

/** Review levels, lowest first: a level includes every level before it. */
const REVIEW_LEVEL_ORDER: readonly ReviewLevel[] = ['L1', 'L2'];

/** Does `held` reach at least `required`? No level reaches nothing. */
export function meetsReviewLevel(held: ReviewLevel | undefined, required: ReviewLevel): boolean {
  return held !== undefined && REVIEW_LEVEL_ORDER.indexOf(held) >= REVIEW_LEVEL_ORDER.indexOf(required);
}
export const CONDITIONS: Partial<Record<Permission, Condition>> = {
  'breach.waive': { reason: true },
  'breach.rules.manage': { reason: true },
  // Chats are clinical records (§1.2, §6.4): opened by a licensed physician of MED, with a reason.
  'transcript.view': { anyAttribute: ['licensedPhysician'], reason: true },
  'content.review.medical': { anyAttribute: ['licensedPhysician', 'licensedPharmacist'] },
  'order.accept': { reason: true },
  'order.pick': { reason: true },
  'order.ready': { reason: true },
  'order.handover': { reason: true },
  'rx.review': { anyAttribute: ['licensedPharmacist'] },
  'content.review.first': { reviewLevel: 'L1' },
  'content.review.compliance': { reviewLevel: 'L2' },
  'rule.manage': { reviewLevel: 'L2' },
  'community.ban': { reason: true },
  'appeal.decide': { reason: true },
  'pii.reveal': { reason: true },
};

/** all: every record · own: the user's organisations only · read: may look, not act · none */
export type AccessLevel = 'all' | 'own' | 'read' | 'none';

export interface Grant {
  access: AccessLevel;
  /** The cell is starred: the permission's condition applies. */
  conditional: boolean;
}

export function grantOf(role: Role, permission: Permission): Grant {
  const cell: Cell = MATRIX[permission][ROLE_COLUMNS.indexOf(role)] ?? '-';
  const conditional = cell.endsWith('*');
  switch (cell) {
    case 'Y':
    case 'Y*':
      return { access: 'all', conditional };
    case 'O':
    case 'O*':
      return { access: 'own', conditional };
    case 'R':
      return { access: 'read', conditional };
    default:
      return { access: 'none', conditional };
  }
}

type Subject = Pick<User, 'role' | 'attributes'>;

function meetsAttributes(user: Subject, permission: Permission): boolean {
  const condition = CONDITIONS[permission];
  if (!condition) return true;
  if (condition.anyAttribute && !condition.anyAttribute.some((a) => user.attributes[a] === true))
    return false;
  if (condition.reviewLevel && !meetsReviewLevel(user.attributes.reviewLevel, condition.reviewLevel))
    return false;
  return true;
}

/**
 * May the user do this? For view permissions a read grant counts; for actions
 * it does not. Starred cells also need the user's attributes; a reason, where
 * required, is checked by the command itself (see `needsReason`).
 */
export function can(user: Subject | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  const { access, conditional } = grantOf(user.role, permission);
  if (access === 'none') return false;
  if (access === 'read' && !VIEW_PERMISSIONS.has(permission)) return false;
  return !conditional || meetsAttributes(user, permission);
}

/** May the user see the screen behind this permission, even read-only? */
export function canSee(user: Subject | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  return grantOf(user.role, permission).access !== 'none';
}

/** Is the user's grant limited to their own organisations? */
export function isOrgScoped(user: Subject, permission: Permission): boolean {
  return grantOf(user.role, permission).access === 'own';
}

export function needsReason(role: Role, permission: Permission): boolean {
  return grantOf(role, permission).conditional && CONDITIONS[permission]?.reason === true;
}
