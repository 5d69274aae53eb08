import { toIsoCst, type LocalizedText } from '@careops/domain';
import type { User } from '@careops/domain/auth';
import {
  compareHits,
  countHits,
  diffText,
  dueAt,
  scanContent,
  screenedText,
  transition,
  type ContentActor,
  type ContentItem,
  type ContentVersion,
  type Refusal,
  type ReviewStage,
  type ReviewTask,
  type RuleRecord,
  type ScanContext,
} from '@careops/domain/content';
import type { Database } from '../db/database';
import { ulid } from '../db/ulid';
import { writeAudit } from '../http/audit';
import { HttpError, conflict } from '../http/errors';

/** Rule-set version 1 is the default library; every saved rule edit bumps it by one. */
export function ruleSetVersion(db: Database): number {
  return 1 + db.contentRuleHistory.all().length;
}

export function currentRules(db: Database): RuleRecord[] {
  return db.contentRules.all();
}

export function scanContextOf(item: ContentItem): ScanContext {
  return {
    type: item.type,
    purpose: item.purpose,
    audience: item.audience,
    authorType: item.authorType,
    products: item.products.map(({ skuId: _skuId, ...product }) => product),
    hasCommerceLink: item.hasCommerceLink,
  };
}

export function userName(db: Database, id: string | undefined): LocalizedText | undefined {
  return id ? db.users.get(id)?.displayName : undefined;
}

/** A workflow refusal as the API answers it: 403 for who-may-not, 409 for when-may-not, 400 for what. */
export function refusalError(refusal: Refusal): HttpError {
  switch (refusal.code) {
    case 'FORBIDDEN':
    case 'FOUR_EYES':
    case 'AUTHOR_ORG':
      return new HttpError(403, 'FORBIDDEN', refusal.message, undefined, { reason: refusal.code });
    case 'INVALID_DECISION':
      return new HttpError(400, 'VALIDATION_FAILED', refusal.message, refusal.fieldErrors);
    case 'INVALID_TRANSITION':
      return new HttpError(409, 'INVALID_TRANSITION', refusal.message);
  }
}

export const staleVersion = (what: string, current: Record<string, unknown>) =>
  conflict(`The ${what} was changed by someone else; reload and try again.`, { current });

/** The fields of an item an audit event before/after shows. */
export const itemState = (item: ContentItem) => ({
  status: item.status,
  version: item.version,
  currentVersionNo: item.currentVersionNo,
  ...(item.publishedVersionNo ? { publishedVersionNo: item.publishedVersionNo } : {}),
});

export interface AuditContext {
  db: Database;
  user: User;
  requestId: string;
  client?: string;
}

export function auditContent(
  ctx: AuditContext,
  action: string,
  item: ContentItem,
  details: { before?: Record<string, unknown>; after?: Record<string, unknown>; reason?: string | undefined },
  result: 'success' | 'denied' = 'success',
): void {
  writeAudit(ctx.db, {
    actor: ctx.user,
    action,
    resource: { type: 'content', id: item.id, ...(item.orgId ? { orgId: item.orgId } : {}) },
    result,
    requestId: ctx.requestId,
    ...(ctx.client ? { client: ctx.client } : {}),
    ...(details.reason ? { reason: details.reason } : {}),
    ...(details.before ? { before: details.before } : {}),
    ...(details.after ? { after: details.after } : {}),
  });
}

/** A refusal of who may act (permission, four-eyes, author's org) is audited as a denial; others are just answered. */
export function deny(ctx: AuditContext, action: string, item: ContentItem, refusal: Refusal): HttpError {
  const error = refusalError(refusal);
  if (error.status === 403) {
    auditContent(ctx, action, item, { after: { refusal: refusal.code, message: refusal.message } }, 'denied');
  }
  return error;
}

export function versionsOf(db: Database, contentId: string): ContentVersion[] {
  return db.contentVersions
    .all()
    .filter((v) => v.contentId === contentId)
    .sort((a, b) => a.versionNo - b.versionNo);
}

export function tasksOf(db: Database, contentId: string): ReviewTask[] {
  return db.contentTasks
    .all()
    .filter((t) => t.contentId === contentId)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

export function openTask(db: Database, item: ContentItem, stage: ReviewStage, now: number): ReviewTask {
  return db.contentTasks.put({
    id: `tsk_${ulid(now).toLowerCase()}`,
    contentId: item.id,
    versionId: item.currentVersionId,
    versionNo: item.currentVersionNo,
    stage,
    status: 'open',
    reasonCodes: [],
    createdAt: toIsoCst(now),
    dueAt: dueAt(stage, now, { liveStartAt: item.liveStartAt }),
    version: 0,
  });
}

/** Open tasks end when the content leaves review another way (takedown). */
export function cancelOpenTasks(db: Database, contentId: string): void {
  for (const task of tasksOf(db, contentId)) {
    if (task.status !== 'open') continue;
    const { claimedBy: _c, claimedAt: _a, ...rest } = task;
    db.contentTasks.put({ ...rest, status: 'cancelled', version: task.version + 1 });
  }
}

/** A version as screened now with the current rule set, compared with the version before it. */
export function buildVersion(
  db: Database,
  item: ContentItem,
  input: {
    id: string;
    versionNo: number;
    body: string;
    transcript?: string | undefined;
    submittedBy: string;
  },
  now: number,
  previous?: ContentVersion,
): ContentVersion {
  const text = screenedText(input);
  const hits = scanContent(text, scanContextOf(item), { rules: currentRules(db) });
  const compared = previous
    ? compareHits(previous.ruleHits, hits, diffText(screenedText(previous), text))
    : { hits: hits.map((h) => ({ ...h, status: 'new' as const })), resolved: [] };
  return {
    id: input.id,
    contentId: item.id,
    versionNo: input.versionNo,
    body: input.body,
    ...(input.transcript ? { transcript: input.transcript } : {}),
    submittedBy: input.submittedBy,
    submittedAt: toIsoCst(now),
    ruleHits: compared.hits,
    resolvedHits: compared.resolved,
    ruleSetVersion: ruleSetVersion(db),
  };
}

/**
 * Auto-screening of the item's current version (§4.2): submitted → auto_screening → first_review,
 * or auto_rejected on a `block` hit. Audited with the rule-set version; opens the first-review task.
 */
export function screen(ctx: AuditContext, item: ContentItem, version: ContentVersion, now: number) {
  const system: ContentActor = { kind: 'system' };
  const started = transition(item, 'screen', system, now);
  if (!started.ok) throw refusalError(started);
  const done = transition(started.item, 'screen', system, now);
  if (!done.ok) throw refusalError(done);
  const screened = ctx.db.content.put(done.item);
  auditContent(ctx, 'content.screen', screened, {
    before: { status: item.status },
    after: {
      status: screened.status,
      versionNo: version.versionNo,
      ruleSetVersion: version.ruleSetVersion,
      hitCounts: countHits(version.ruleHits),
      ruleIds: [...new Set(version.ruleHits.map((h) => h.ruleId))],
    },
  });
  const task = screened.status === 'first_review' ? openTask(ctx.db, screened, 'first', now) : undefined;
  return { item: screened, task };
}

export function assertNotClaimedByOther(db: Database, task: ReviewTask, user: User): void {
  if (task.claimedBy && task.claimedBy !== user.id) {
    const name = userName(db, task.claimedBy);
    throw conflict(`The task is claimed by ${name?.['en-US'] ?? task.claimedBy}.`, {
      current: task,
      claimedBy: { id: task.claimedBy, ...(name ? { name } : {}) },
    });
  }
}
