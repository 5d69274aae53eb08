import { toIsoCst } from '../common';
import { can, type Permission } from '../auth/permissions';
import type { User } from '../auth/roles';
import {
  STAGE_STATUS,
  stageOfStatus,
  type ContentAction,
  type ContentHistoryEntry,
  type ContentItem,
  type ContentStatus,
  type HitCounts,
  type ReviewStage,
  type ReviewTask,
  STAGE_PERMISSION,
} from './model';
import { validateDecision, type DecisionInput, type RefusalCode } from './decision';
import { dueAt } from './sla';

/** Who performs a move: the author (in the author app), the platform itself, or a console user holding a permission. */
export type Performer =
  | 'author'
  | 'system'
  | Extract<
      Permission,
      'content.review.first' | 'content.review.medical' | 'content.review.compliance' | 'content.takedown'
    >;

/** Extra conditions on a move beyond its two states. */
export type TransitionGuard =
  /** The item has a published version readers still see. */
  'live';

export interface ContentTransition {
  from: ContentStatus;
  action: ContentAction;
  /** Where it may lead; with several, the routing rules of §4.2 choose (see `routeOf`). */
  to: readonly ContentStatus[];
  by: readonly Performer[];
  guard?: TransitionGuard;
  reasonRequired?: boolean;
}

const decisions = (stage: ReviewStage, next: readonly ContentStatus[]): ContentTransition[] => [
  { from: STAGE_STATUS[stage], action: 'pass', to: next, by: [STAGE_PERMISSION[stage]] },
  { from: STAGE_STATUS[stage], action: 'return', to: ['returned'], by: [STAGE_PERMISSION[stage]] },
  { from: STAGE_STATUS[stage], action: 'reject', to: ['rejected'], by: [STAGE_PERMISSION[stage]] },
];

/** States where a newer version can be under way while an older one is still live. */
const REVISION_STATES: readonly ContentStatus[] = [
  'submitted',
  'auto_screening',
  'auto_rejected',
  'first_review',
  'medical_review',
  'compliance_review',
  'returned',
  'rejected',
];

/**
 * DOMAIN.md §4.2, every allowed move; anything else is INVALID_TRANSITION.
 * - A revision of published content runs the same stages while the published version stays live;
 *   its final approval replaces the live version at once (→ published), so readers never see an
 *   unreviewed text and never lose the old one before the new one is approved.
 * - `reject` ends a version: the author may not resubmit it, except that a live item can always be
 *   revised again (the rejected revision never went live).
 * - Any edit of approved or scheduled content (promotions included) is a new version, reviewed again.
 * - Takedown needs a reason and is allowed whenever something is live.
 */
export const CONTENT_TRANSITIONS: readonly ContentTransition[] = [
  { from: 'draft', action: 'submit', to: ['submitted'], by: ['author'] },
  { from: 'submitted', action: 'screen', to: ['auto_screening'], by: ['system'] },
  { from: 'auto_screening', action: 'screen', to: ['first_review', 'auto_rejected'], by: ['system'] },
  ...decisions('first', ['medical_review']),
  ...decisions('medical', ['compliance_review', 'approved', 'published']),
  ...decisions('compliance', ['approved', 'published']),
  { from: 'approved', action: 'schedule', to: ['scheduled'], by: ['author'] },
  { from: 'approved', action: 'publish', to: ['published'], by: ['author', 'system'] },
  { from: 'scheduled', action: 'publish', to: ['published'], by: ['system'] },
  ...(['returned', 'auto_rejected', 'approved', 'scheduled', 'published'] as const).map(
    (from): ContentTransition => ({ from, action: 'new_version', to: ['submitted'], by: ['author'] }),
  ),
  { from: 'rejected', action: 'new_version', to: ['submitted'], by: ['author'], guard: 'live' },
  {
    from: 'published',
    action: 'takedown',
    to: ['taken_down'],
    by: ['content.takedown'],
    reasonRequired: true,
  },
  ...REVISION_STATES.map((from): ContentTransition => ({
    from,
    action: 'takedown',
    to: ['taken_down'],
    by: ['content.takedown'],
    guard: 'live',
    reasonRequired: true,
  })),
  ...(
    ['approved', 'scheduled', 'published', 'returned', 'rejected', 'auto_rejected', 'taken_down'] as const
  ).map((from): ContentTransition => ({
    from,
    action: 'archive',
    to: ['archived'],
    by: ['author', 'content.takedown'],
  })),
];

export function findContentTransition(
  from: ContentStatus,
  action: ContentAction,
): ContentTransition | undefined {
  return CONTENT_TRANSITIONS.find((t) => t.from === from && t.action === action);
}

/** A console user, the author (in the author app), or the platform. */
export type ContentActor =
  | { kind: 'system' }
  | { kind: 'author'; id: string }
  | { kind: 'user'; user: Pick<User, 'id' | 'role' | 'orgIds' | 'attributes'> };

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

const refuse = (code: RefusalCode, message: string, fieldErrors?: Record<string, string[]>): Refusal => ({
  ok: false,
  code,
  message,
  ...(fieldErrors ? { fieldErrors } : {}),
});

export function isLive(item: Pick<ContentItem, 'publishedVersionId' | 'status'>): boolean {
  return item.publishedVersionId !== undefined && item.status !== 'taken_down' && item.status !== 'archived';
}

/**
 * §4.2: compliance review is needed for pharma authors, product mentions, commerce links, live
 * scripts, or any `high` hit in the version under review; otherwise medical review is the last stage.
 */
export function needsComplianceReview(
  item: Pick<ContentItem, 'authorType' | 'products' | 'hasCommerceLink' | 'type' | 'hitCounts'>,
): boolean {
  return (
    item.authorType === 'pharma' ||
    item.products.length > 0 ||
    item.hasCommerceLink ||
    item.type === 'live_script' ||
    item.hitCounts.high > 0
  );
}

/** Where a move with several possible targets leads for this item. */
export function routeOf(item: ContentItem, transition: ContentTransition): ContentStatus {
  const { from, action } = transition;
  const approvedTarget: ContentStatus = isLive(item) ? 'published' : 'approved';
  if (from === 'auto_screening' && action === 'screen') {
    return item.hitCounts.block > 0 ? 'auto_rejected' : 'first_review';
  }
  if (from === 'medical_review' && action === 'pass') {
    return needsComplianceReview(item) ? 'compliance_review' : approvedTarget;
  }
  if (from === 'compliance_review' && action === 'pass') return approvedTarget;
  return transition.to[0] ?? from;
}

function actorId(actor: ContentActor): string {
  return actor.kind === 'system' ? 'system' : actor.kind === 'author' ? actor.id : actor.user.id;
}
function actorRole(actor: ContentActor): string {
  return actor.kind === 'user' ? actor.user.role : actor.kind;
}

function performs(actor: ContentActor, performer: Performer, item: ContentItem): boolean {
  if (performer === 'system') return actor.kind === 'system';
  if (performer === 'author') return actor.kind === 'author' && actor.id === item.authorId;
  return actor.kind === 'user' && can(actor.user, performer);
}

export interface TransitionInput {
  /** new_version: the version that becomes current, with its screening counts. */
  newVersion?: { id: string; versionNo: number; hitCounts: HitCounts };
  stage?: ReviewStage;
  reasonCodes?: readonly string[];
  reason?: string;
}

export type TransitionResult =
  { ok: true; item: ContentItem; from: ContentStatus; to: ContentStatus } | Refusal;

/** Applies one workflow action to an item: the new item (history appended, version bumped) or why not. */
export function transition(
  item: ContentItem,
  action: ContentAction,
  actor: ContentActor,
  now: number,
  input: TransitionInput = {},
): TransitionResult {
  const t = findContentTransition(item.status, action);
  if (!t) return refuse('INVALID_TRANSITION', `Cannot ${action} content in status ${item.status}.`);
  if (t.guard === 'live' && !isLive(item)) {
    return refuse(
      'INVALID_TRANSITION',
      `Cannot ${action} content in status ${item.status}: nothing of it is live.`,
    );
  }
  if (!t.by.some((p) => performs(actor, p, item))) {
    return refuse('FORBIDDEN', `You may not ${action} this content.`);
  }
  if (t.reasonRequired && !input.reason?.trim()) {
    return refuse('INVALID_DECISION', `A reason is required to ${action} content.`, { reason: ['Required'] });
  }
  if (action === 'new_version' && !input.newVersion) {
    return refuse('INVALID_DECISION', 'A new version needs its text.', { body: ['Required'] });
  }
  const at = toIsoCst(now);
  const next: ContentItem = { ...item };
  if (action === 'new_version' && input.newVersion) {
    next.currentVersionId = input.newVersion.id;
    next.currentVersionNo = input.newVersion.versionNo;
    next.hitCounts = input.newVersion.hitCounts;
    next.submittedAt = at;
  }
  const to = routeOf(next, t);
  if (to === 'published') {
    next.publishedVersionId = next.currentVersionId;
    next.publishedVersionNo = next.currentVersionNo;
  }
  if (action === 'takedown') next.takedown = { by: actorId(actor), reason: input.reason?.trim() ?? '', at };
  const entry: ContentHistoryEntry = {
    from: item.status,
    to,
    action,
    at,
    actorId: actorId(actor),
    actorRole: actorRole(actor),
    versionNo: next.currentVersionNo,
    ...(input.stage ? { stage: input.stage } : {}),
    ...(input.reasonCodes?.length ? { reasonCodes: [...input.reasonCodes] } : {}),
    ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
  };
  next.status = to;
  next.history = [...item.history, entry];
  next.updatedAt = at;
  next.version = item.version + 1;
  return { ok: true, item: next, from: item.status, to };
}

type Reviewer = Pick<User, 'id' | 'role' | 'orgIds' | 'attributes'>;

/**
 * Why `user` may not decide `task` now, or null. Checks the stage is the item's current one, the
 * stage permission (the medical stage needs a licensed physician or pharmacist), the author's
 * organisation, and four-eyes: nobody decides two stages of one version.
 */
export function decisionRefusal(item: ContentItem, task: ReviewTask, user: Reviewer): Refusal | null {
  if (task.status !== 'open') return refuse('INVALID_TRANSITION', `The task is already ${task.status}.`);
  if (
    task.contentId !== item.id ||
    task.versionId !== item.currentVersionId ||
    stageOfStatus(item.status) !== task.stage
  ) {
    return refuse(
      'INVALID_TRANSITION',
      `The content is in status ${item.status}, not in ${task.stage} review.`,
    );
  }
  if (!can(user, STAGE_PERMISSION[task.stage])) {
    return refuse(
      'FORBIDDEN',
      task.stage === 'medical'
        ? 'Medical review needs a licensed physician or pharmacist.'
        : `You may not decide ${task.stage} review.`,
    );
  }
  if (user.id === item.authorId || (item.orgId !== undefined && user.orgIds.includes(item.orgId))) {
    return refuse('AUTHOR_ORG', 'Reviewers may not review content from their own organisation.');
  }
  const earlier = item.history.find(
    (h) =>
      h.versionNo === task.versionNo &&
      h.stage !== undefined &&
      h.stage !== task.stage &&
      h.actorId === user.id &&
      (h.action === 'pass' || h.action === 'return' || h.action === 'reject'),
  );
  if (earlier?.stage) {
    return refuse(
      'FOUR_EYES',
      `Four-eyes rule: you decided the ${earlier.stage} review of version ${task.versionNo}; another reviewer must decide this stage.`,
    );
  }
  return null;
}

export type DecideResult =
  | {
      ok: true;
      item: ContentItem;
      task: ReviewTask;
      /** The stage the version moves on to, with its due time; none after the last stage. */
      next?: { stage: ReviewStage; dueAt: string };
    }
  | Refusal;

/**
 * A reviewer's decision on a task (pure). Concurrency — the task's version and who holds its
 * claim — is the server's to check before calling this.
 */
export function decide(
  item: ContentItem,
  task: ReviewTask,
  decision: DecisionInput,
  actor: ContentActor,
  now: number,
): DecideResult {
  if (actor.kind !== 'user') return refuse('FORBIDDEN', 'Only a reviewer can decide a review task.');
  const refusal = decisionRefusal(item, task, actor.user);
  if (refusal) return refusal;
  const fieldErrors = validateDecision(decision);
  if (fieldErrors) return refuse('INVALID_DECISION', 'The decision is incomplete.', fieldErrors);
  const comment = decision.comment?.trim();
  const moved = transition(item, decision.decision, actor, now, {
    stage: task.stage,
    reasonCodes: decision.reasonCodes,
    ...(comment ? { reason: comment } : {}),
  });
  if (!moved.ok) return moved;
  const decidedAt = toIsoCst(now);
  const { claimedBy: _claimedBy, claimedAt: _claimedAt, ...rest } = task;
  const decided: ReviewTask = {
    ...rest,
    status: 'decided',
    assigneeId: actor.user.id,
    decision: decision.decision,
    decidedBy: actor.user.id,
    decidedAt,
    reasonCodes: [...decision.reasonCodes],
    ...(comment ? { comment } : {}),
    version: task.version + 1,
  };
  const nextStage = stageOfStatus(moved.to);
  return {
    ok: true,
    item: moved.item,
    task: decided,
    ...(nextStage
      ? { next: { stage: nextStage, dueAt: dueAt(nextStage, now, { liveStartAt: item.liveStartAt }) } }
      : {}),
  };
}
