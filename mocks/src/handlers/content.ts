import { http } from 'msw';
import { listQuerySchema, toIsoCst, type LocalizedText } from '@careops/domain';
import { can, type User } from '@careops/domain/auth';
import { auditPageSchema } from '@careops/domain/audit';
import {
  REVIEW_STAGES,
  STAGE_PERMISSION,
  STAGE_STATUS,
  contentDashboardQuerySchema,
  contentDashboardSchema,
  contentItemDetailSchema,
  contentItemSchema,
  contentListQuerySchema,
  contentPageSchema,
  contentVersionSchema,
  countHits,
  decide,
  decideCommandSchema,
  decideResultSchema,
  decisionRefusal,
  dueState,
  isLive,
  reviewTaskPageSchema,
  reviewTaskQuerySchema,
  reviewTaskRowSchema,
  reviewTaskSchema,
  ruleHistorySchema,
  ruleListSchema,
  rulePatchSchema,
  ruleRecordSchema,
  ruleTestCommandSchema,
  ruleTestResultSchema,
  scanContent,
  takedownCommandSchema,
  taskCommandSchema,
  transition,
  validateRulePattern,
  type ContentDashboard,
  type ContentItem,
  type ReviewStage,
  type ReviewTask,
  type ReviewTaskRow,
  type Rule,
  type RuleRecord,
  type TaskRefusalCode,
} from '@careops/domain/content';
import type { Database } from '../db/database';
import { ulid } from '../db/ulid';
import { endpoint, type Server } from '../http/endpoint';
import { badRequest, conflict, invalidTransition, notFound } from '../http/errors';
import { listPage } from '../http/list';
import { writeAudit } from '../http/audit';
import {
  assertNotClaimedByOther,
  auditContent,
  cancelOpenTasks,
  currentRules,
  deny,
  itemState,
  openTask,
  ruleSetVersion,
  staleVersion,
  tasksOf,
  userName,
  versionsOf,
} from './content-store';

const HOUR = 3_600_000;

/** Users who may decide at least one review stage; the others see the queues read-only. */
const decidableStages = (user: User): ReviewStage[] =>
  REVIEW_STAGES.filter((s) => can(user, STAGE_PERMISSION[s]));
const isReviewer = (user: User) => decidableStages(user).length > 0;

function getItem(db: Database, id: string | undefined): ContentItem {
  const item = db.content.get(id ?? '');
  if (!item) throw notFound('Content item');
  return item;
}

function getTask(db: Database, id: string | undefined): { task: ReviewTask; item: ContentItem } {
  const task = db.contentTasks.get(id ?? '');
  const item = task && db.content.get(task.contentId);
  if (!task || !item) throw notFound('Review task');
  return { task, item };
}

function openTasksByItem(db: Database): Map<string, ReviewTask> {
  const open = new Map<string, ReviewTask>();
  for (const t of db.contentTasks.all()) if (t.status === 'open') open.set(t.contentId, t);
  return open;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return round1(m ?? 0);
}

/** How a version's review ended, from an entry of the item's history, if it did. */
const REVIEW_ENDINGS = new Set(['approved', 'returned', 'rejected', 'auto_rejected']);

export function contentHandlers(server: Server, api: string) {
  const { db } = server;
  const view = { permission: 'content.view', action: 'content.view' } as const;

  /** Why the caller may not claim and decide the task now, as a code and an English sentence. */
  function whyNot(
    task: ReviewTask,
    item: ContentItem,
    user: User,
    claimedByName: LocalizedText | undefined,
  ): { code: TaskRefusalCode; message: string } | undefined {
    if (!isReviewer(user)) return { code: 'READ_ONLY', message: 'Read-only: you do not review content.' };
    const refusal = decisionRefusal(item, task, user);
    if (refusal) return { code: task.status === 'open' ? refusal.code : 'CLOSED', message: refusal.message };
    if (task.claimedBy !== undefined && task.claimedBy !== user.id) {
      const name = claimedByName?.['en-US'] ?? task.claimedBy;
      return { code: 'CLAIMED_BY_OTHER', message: `Claimed by ${name}.` };
    }
    return undefined;
  }

  function taskRow(task: ReviewTask, item: ContentItem, user: User, now: number): ReviewTaskRow {
    const claimedByName = userName(db, task.claimedBy);
    const why = whyNot(task, item, user, claimedByName);
    return {
      ...task,
      item: {
        title: item.title,
        ...(item.titleEn ? { titleEn: item.titleEn } : {}),
        type: item.type,
        authorType: item.authorType,
        ...(item.orgId ? { orgId: item.orgId } : {}),
        purpose: item.purpose,
        audience: item.audience,
        hasCommerceLink: item.hasCommerceLink,
        ...(item.liveStartAt ? { liveStartAt: item.liveStartAt } : {}),
        hitCounts: item.hitCounts,
        status: item.status,
      },
      dueState: dueState(task, now),
      ...(claimedByName ? { claimedByName } : {}),
      canDecide: task.status === 'open' && why === undefined,
      ...(why ? { refusal: why.message, refusalCode: why.code } : {}),
    };
  }

  return [
    // ---- Content library ----------------------------------------------------------------------
    http.get(
      `${api}/content/items`,
      endpoint(
        server,
        { ...view, query: contentListQuerySchema, response: contentPageSchema },
        ({ query }) => {
          const open = query.overdue !== undefined ? openTasksByItem(db) : undefined;
          const now = db.now();
          const stageStatuses = query.stage?.map((s): string => STAGE_STATUS[s]);
          return listPage(db.content.all(), query, {
            search: (c) => [c.title, c.titleEn ?? '', c.id, c.authorName['zh-CN'], c.authorName['en-US']],
            filters: [
              query.status && ((c) => query.status?.includes(c.status) ?? true),
              query.type && ((c) => query.type?.includes(c.type) ?? true),
              query.authorType && ((c) => query.authorType?.includes(c.authorType) ?? true),
              stageStatuses && ((c) => stageStatuses.includes(c.status)),
              query.hits && ((c) => query.hits?.some((s) => c.hitCounts[s] > 0) ?? true),
              query.live !== undefined ? (c) => isLive(c) === query.live : undefined,
              open &&
                ((c) => {
                  const task = open.get(c.id);
                  return (task !== undefined && dueState(task, now) === 'overdue') === query.overdue;
                }),
            ],
            sortBy: {
              submittedAt: (c) => c.submittedAt,
              updatedAt: (c) => c.updatedAt,
              title: (c) => c.title,
            },
            defaultSort: 'submittedAt:desc',
          });
        },
      ),
    ),
    http.get(
      `${api}/content/items/:id`,
      endpoint(server, { ...view, response: contentItemDetailSchema }, ({ params }) => {
        const item = getItem(db, params.id);
        return {
          item,
          versions: versionsOf(db, item.id).map(({ body, transcript, ruleHits, resolvedHits, ...v }) => ({
            ...v,
            length: body.length + (transcript?.length ?? 0),
            hitCounts: countHits(ruleHits),
            resolvedCount: resolvedHits.length,
          })),
          tasks: tasksOf(db, item.id),
        };
      }),
    ),
    http.get(
      `${api}/content/items/:id/versions/:versionNo`,
      endpoint(server, { ...view, response: contentVersionSchema }, ({ params }) => {
        const item = getItem(db, params.id);
        const version = versionsOf(db, item.id).find((v) => String(v.versionNo) === params.versionNo);
        if (!version) throw notFound('Content version');
        return version;
      }),
    ),
    http.get(
      `${api}/content/items/:id/audit`,
      endpoint(
        server,
        { ...view, query: listQuerySchema, response: auditPageSchema },
        ({ params, query }) => {
          const item = getItem(db, params.id);
          const events = db.audit
            .all()
            .filter((e) => e.resource.type === 'content' && e.resource.id === item.id);
          // Log order, not id order: the events of one request share a millisecond.
          const position = new Map(events.map((e, i) => [e.id, i]));
          return listPage(events, query, {
            search: (e) => [e.action, e.actor.userId],
            sortBy: { ts: (e) => position.get(e.id) },
            defaultSort: 'ts:asc',
          });
        },
      ),
    ),
    http.post(
      `${api}/content/items/:id/takedown`,
      endpoint(
        server,
        {
          permission: 'content.takedown',
          action: 'content.takedown',
          body: takedownCommandSchema,
          response: contentItemSchema,
        },
        ({ params, body, user, requestId }) => {
          const item = getItem(db, params.id);
          if (item.version !== body.version) throw staleVersion('content item', item);
          const moved = transition(item, 'takedown', { kind: 'user', user }, db.now(), {
            reason: body.reason,
          });
          if (!moved.ok) throw deny({ db, user, requestId }, 'content.takedown', item, moved);
          cancelOpenTasks(db, item.id);
          const saved = db.content.put(moved.item);
          auditContent({ db, user, requestId }, 'content.takedown', saved, {
            before: itemState(item),
            after: { ...itemState(saved), takenDownVersionNo: item.publishedVersionNo },
            reason: body.reason,
          });
          return saved;
        },
      ),
    ),

    // ---- Review queues ------------------------------------------------------------------------
    http.get(
      `${api}/content/tasks`,
      endpoint(
        server,
        { ...view, query: reviewTaskQuerySchema, response: reviewTaskPageSchema },
        ({ query, user }) => {
          const now = db.now();
          const own = decidableStages(user);
          const visible = own.length ? own : [...REVIEW_STAGES];
          const stages = query.stage ? visible.filter((s) => query.stage?.includes(s)) : visible;
          const rows: { id: string; task: ReviewTask; item: ContentItem }[] = [];
          for (const task of db.contentTasks.all()) {
            if (!stages.includes(task.stage)) continue;
            if (query.status === 'open' && task.status !== 'open') continue;
            if (query.mine && task.claimedBy !== user.id && task.assigneeId !== user.id) continue;
            if (query.overdue !== undefined && (dueState(task, now) === 'overdue') !== query.overdue)
              continue;
            const item = db.content.get(task.contentId);
            if (item) rows.push({ id: task.id, task, item });
          }
          const page = listPage(rows, query, {
            search: ({ item }) => [item.title, item.titleEn ?? '', item.id],
            sortBy: { dueAt: ({ task }) => task.dueAt, createdAt: ({ task }) => task.createdAt },
            defaultSort: 'dueAt:asc',
          });
          return { ...page, items: page.items.map(({ task, item }) => taskRow(task, item, user, now)) };
        },
      ),
    ),
    http.get(
      `${api}/content/tasks/:id`,
      endpoint(server, { ...view, response: reviewTaskRowSchema }, ({ params, user }) => {
        const { task, item } = getTask(db, params.id);
        return taskRow(task, item, user, db.now());
      }),
    ),
    http.post(
      `${api}/content/tasks/:id/claim`,
      endpoint(
        server,
        {
          permission: isReviewer,
          action: 'content.task.claim',
          body: taskCommandSchema,
          response: reviewTaskSchema,
        },
        ({ params, body, user, requestId }) => {
          const { task, item } = getTask(db, params.id);
          assertNotClaimedByOther(db, task, user);
          if (task.version !== body.version) throw staleVersion('task', task);
          const refusal = decisionRefusal(item, task, user);
          if (refusal) throw deny({ db, user, requestId }, 'content.task.claim', item, refusal);
          if (task.claimedBy === user.id) return task;
          const now = db.now();
          const claimed = db.contentTasks.put({
            ...task,
            claimedBy: user.id,
            assigneeId: user.id,
            claimedAt: toIsoCst(now),
            version: task.version + 1,
          });
          auditContent({ db, user, requestId }, 'content.task.claim', item, {
            after: { taskId: task.id, stage: task.stage, versionNo: task.versionNo, claimedBy: user.id },
          });
          return claimed;
        },
      ),
    ),
    http.post(
      `${api}/content/tasks/:id/release`,
      endpoint(
        server,
        {
          permission: isReviewer,
          action: 'content.task.release',
          body: taskCommandSchema,
          response: reviewTaskSchema,
        },
        ({ params, body, user, requestId }) => {
          const { task, item } = getTask(db, params.id);
          assertNotClaimedByOther(db, task, user);
          if (task.version !== body.version) throw staleVersion('task', task);
          if (task.status !== 'open' || !task.claimedBy)
            throw invalidTransition(task.claimedBy ? task.status : 'unclaimed', 'release');
          const { claimedBy: _c, claimedAt: _a, assigneeId: _s, ...rest } = task;
          const released = db.contentTasks.put({ ...rest, version: task.version + 1 });
          auditContent({ db, user, requestId }, 'content.task.release', item, {
            before: { taskId: task.id, claimedBy: user.id },
            after: { taskId: task.id },
          });
          return released;
        },
      ),
    ),
    http.post(
      `${api}/content/tasks/:id/decide`,
      endpoint(
        server,
        {
          permission: isReviewer,
          action: 'content.decide',
          body: decideCommandSchema,
          response: decideResultSchema,
        },
        ({ params, body, user, requestId }) => {
          const { task, item } = getTask(db, params.id);
          assertNotClaimedByOther(db, task, user);
          if (task.version !== body.version) throw staleVersion('task', task);
          if (task.status === 'open' && task.claimedBy !== user.id) {
            throw conflict('Claim the task before deciding it.', { current: task });
          }
          const now = db.now();
          const result = decide(
            item,
            task,
            { decision: body.decision, reasonCodes: body.reasonCodes, comment: body.comment },
            { kind: 'user', user },
            now,
          );
          if (!result.ok) throw deny({ db, user, requestId }, 'content.decide', item, result);
          const saved = db.content.put(result.item);
          const decided = db.contentTasks.put(result.task);
          const nextTask = result.next ? openTask(db, saved, result.next.stage, now) : undefined;
          auditContent({ db, user, requestId }, 'content.decide', saved, {
            before: itemState(item),
            after: {
              ...itemState(saved),
              taskId: task.id,
              stage: task.stage,
              versionNo: task.versionNo,
              decision: body.decision,
              reasonCodes: body.reasonCodes,
            },
            reason: body.comment,
          });
          return { item: saved, task: decided, ...(nextTask ? { nextTask } : {}) };
        },
      ),
    ),

    // ---- Rule library -------------------------------------------------------------------------
    http.get(
      `${api}/content/rules`,
      endpoint(server, { ...view, response: ruleListSchema }, () => ({
        items: currentRules(db),
        ruleSetVersion: ruleSetVersion(db),
      })),
    ),
    http.patch(
      `${api}/content/rules/:id`,
      endpoint(
        server,
        { permission: 'rule.manage', action: 'rule.edit', body: rulePatchSchema, response: ruleRecordSchema },
        ({ params, body, user, requestId, locale }) => {
          const rule = db.contentRules.get(params.id ?? '');
          if (!rule) throw notFound('Rule');
          if (rule.version !== body.version) throw staleVersion('rule', rule);
          if (body.pattern !== undefined) {
            const invalid = validateRulePattern(body.pattern, rule.kind);
            if (invalid) throw badRequest({ pattern: [invalid[locale]] });
          }
          const before = { enabled: rule.enabled, pattern: rule.pattern, severity: rule.severity };
          const after = {
            enabled: body.enabled ?? rule.enabled,
            pattern: body.pattern ?? rule.pattern,
            severity: body.severity ?? rule.severity,
          };
          if (JSON.stringify(before) === JSON.stringify(after)) {
            throw badRequest({ _: ['Nothing to change.'] }, 'The edit changes nothing.');
          }
          const now = db.now();
          const setVersion = ruleSetVersion(db) + 1;
          const saved = db.contentRules.put({
            ...rule,
            ...after,
            version: rule.version + 1,
            updatedAt: toIsoCst(now),
            updatedBy: user.id,
          });
          db.contentRuleHistory.put({
            id: `rh_${ulid(now).toLowerCase()}`,
            ruleId: rule.id,
            ruleVersion: saved.version,
            ruleSetVersion: setVersion,
            before,
            after,
            at: toIsoCst(now),
            by: user.id,
            ...(body.reason ? { reason: body.reason } : {}),
          });
          writeAudit(db, {
            actor: user,
            action: 'rule.edit',
            resource: { type: 'content_rule', id: rule.id },
            result: 'success',
            requestId,
            before: { ...before, version: rule.version },
            after: { ...after, version: saved.version, ruleSetVersion: setVersion },
            ...(body.reason ? { reason: body.reason } : {}),
          });
          return saved;
        },
      ),
    ),
    http.get(
      `${api}/content/rules/:id/history`,
      endpoint(server, { ...view, response: ruleHistorySchema }, ({ params }) => {
        if (!db.contentRules.get(params.id ?? '')) throw notFound('Rule');
        const items = db.contentRuleHistory
          .all()
          .filter((h) => h.ruleId === params.id)
          .sort((a, b) => b.ruleVersion - a.ruleVersion);
        return { items };
      }),
    ),
    http.post(
      `${api}/content/rules/test`,
      endpoint(
        server,
        { ...view, body: ruleTestCommandSchema, response: ruleTestResultSchema },
        ({ body, locale }) => {
          let rules: readonly (Rule | RuleRecord)[] = currentRules(db);
          if (body.ruleId !== undefined) {
            const rule = db.contentRules.get(body.ruleId);
            if (!rule) throw badRequest({ ruleId: ['No such rule.'] });
            rules = [{ ...rule, enabled: true, pattern: body.pattern ?? rule.pattern }];
          } else if (body.pattern !== undefined) {
            rules = [
              {
                id: 'TEST',
                name: { 'zh-CN': '试验规则', 'en-US': 'Pattern under test' },
                kind: 'regex',
                pattern: body.pattern,
                severity: 'high',
                basis: '',
                message: { 'zh-CN': '命中试验规则。', 'en-US': 'Matches the pattern under test.' },
                enabled: true,
                version: 1,
                guarded: true,
              },
            ];
          }
          if (body.pattern !== undefined) {
            const invalid = validateRulePattern(body.pattern, rules[0]?.kind ?? 'regex');
            if (invalid) throw badRequest({ pattern: [invalid[locale]] });
          }
          return {
            hits: scanContent(body.text, body.context, { rules }),
            ruleSetVersion: ruleSetVersion(db),
          };
        },
      ),
    ),

    // ---- Compliance dashboard -----------------------------------------------------------------
    http.get(
      `${api}/content/dashboard`,
      endpoint(
        server,
        { ...view, query: contentDashboardQuerySchema, response: contentDashboardSchema },
        ({ query }): ContentDashboard => {
          const now = db.now();
          const to = query.to ? Date.parse(query.to) : now;
          const from = query.from ? Date.parse(query.from) : to - 30 * 24 * HOUR;
          if (from > to) throw badRequest({ from: ['from must not be after to.'] });
          const within = (iso: string | undefined) =>
            iso !== undefined && Date.parse(iso) >= from && Date.parse(iso) <= to;
          const tasks = db.contentTasks.all();
          const decided = tasks.filter((t) => t.status === 'decided' && within(t.decidedAt));
          const hours = (t: ReviewTask) =>
            (Date.parse(t.decidedAt ?? t.createdAt) - Date.parse(t.createdAt)) / HOUR;
          const items = db.content.all();

          let firstConcluded = 0;
          let firstApproved = 0;
          let screened = 0;
          let blocked = 0;
          let takedowns = 0;
          for (const item of items) {
            const firstEnd = item.history.find(
              (h) => h.versionNo === 1 && (REVIEW_ENDINGS.has(h.to) || (h.to === 'published' && h.stage)),
            );
            if (firstEnd && within(firstEnd.at)) {
              firstConcluded++;
              if (firstEnd.to === 'approved' || firstEnd.to === 'published') firstApproved++;
            }
            for (const h of item.history) {
              if (!within(h.at)) continue;
              if (h.action === 'screen' && h.from === 'auto_screening') {
                screened++;
                if (h.to === 'auto_rejected') blocked++;
              }
              if (h.action === 'takedown') takedowns++;
            }
          }
          const ruleCounts = new Map<string, number>();
          for (const v of db.contentVersions.all()) {
            if (!within(v.submittedAt)) continue;
            for (const h of v.ruleHits) ruleCounts.set(h.ruleId, (ruleCounts.get(h.ruleId) ?? 0) + 1);
          }
          const overdue = { first: 0, medical: 0, compliance: 0 };
          for (const t of tasks)
            if (t.status === 'open' && dueState(t, now) === 'overdue') overdue[t.stage]++;
          const byReviewer = new Map<string, { first: number; medical: number; compliance: number }>();
          for (const t of decided) {
            if (!t.decidedBy) continue;
            const row = byReviewer.get(t.decidedBy) ?? { first: 0, medical: 0, compliance: 0 };
            row[t.stage]++;
            byReviewer.set(t.decidedBy, row);
          }
          return {
            from: toIsoCst(from),
            to: toIsoCst(to),
            turnaround: REVIEW_STAGES.map((stage) => {
              const values = decided.filter((t) => t.stage === stage).map(hours);
              return {
                stage,
                decided: values.length,
                medianHours: median(values),
                avgHours: values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null,
              };
            }),
            firstPassApprovalRate: firstConcluded ? firstApproved / firstConcluded : null,
            autoBlockRate: screened ? blocked / screened : null,
            screened,
            topRuleHits: [...ruleCounts]
              .map(([ruleId, count]) => ({ ruleId, count }))
              .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
              .slice(0, 10),
            overdueByStage: overdue,
            takedowns,
            reviewerThroughput: [...byReviewer]
              .map(([reviewerId, byStage]) => {
                const name = userName(db, reviewerId);
                return {
                  reviewerId,
                  ...(name ? { name } : {}),
                  decided: byStage.first + byStage.medical + byStage.compliance,
                  byStage,
                };
              })
              .sort((a, b) => b.decided - a.decided || a.reviewerId.localeCompare(b.reviewerId)),
          };
        },
      ),
    ),
  ];
}
