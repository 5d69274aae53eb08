import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ApiErrorBody } from '@careops/domain';
import { auditPageSchema, verifyAuditChain, type AuditEvent } from '@careops/domain/audit';
import {
  contentDashboardSchema,
  contentItemDetailSchema,
  contentItemSchema,
  contentPageSchema,
  contentVersionSchema,
  decideResultSchema,
  reviewTaskPageSchema,
  reviewTaskRowSchema,
  reviewTaskSchema,
  ruleHistorySchema,
  ruleListSchema,
  ruleRecordSchema,
  ruleTestResultSchema,
  submissionResultSchema,
  type ContentItem,
  type ReviewTask,
} from '@careops/domain/content';
import { errorOf, setupTestApi } from './testing';

// Monday 10:00 CST; every request moves the clock one second on, so audit events keep their order.
let clock = Date.parse('2026-11-23T10:00:00+08:00');
const api = setupTestApi({ now: () => clock });
const { db } = api;

function call(method: string, path: string, username: string, body?: unknown) {
  clock += 1000;
  return api.call(username, method, path, body);
}

async function ok<T extends z.ZodType>(
  schema: T,
  method: string,
  path: string,
  user: string,
  body?: unknown,
) {
  const res = await call(method, path, user, body);
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return schema.parse(res.body);
}

async function fails(
  status: number,
  method: string,
  path: string,
  user: string,
  body?: unknown,
): Promise<ApiErrorBody['error']> {
  const res = await call(method, path, user, body);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return errorOf(res.body);
}

const APPROVAL = '药广审(文)第251001-01123号';
const CLEAN_PROMO = [
  '换季时节，普通感冒较为常见。',
  '感冒灵颗粒用于缓解普通感冒引起的发热、头痛等症状。',
  `广告审查批准文号：${APPROVAL}。`,
  '禁忌：对本品成分过敏者禁用。不良反应：偶见胃肠道不适。',
  '请按药品说明书或者在药师指导下购买和使用。',
].join('');

function submission(overrides: Record<string, unknown> = {}) {
  return {
    type: 'article',
    title: '换季感冒别硬扛，对症用药更安心',
    body: CLEAN_PROMO,
    authorType: 'pharma',
    authorId: 'pharma_author_1',
    authorName: '康源制药 市场部',
    orgId: 'org_pharma_7',
    purpose: 'product_promo',
    audience: 'public',
    products: [
      { skuId: 'sku_ganmaoling', name: '感冒灵颗粒', category: 'otc', otcClass: 'b', adApprovalNo: APPROVAL },
    ],
    hasCommerceLink: false,
    ...overrides,
  };
}

async function submit(overrides: Record<string, unknown> = {}) {
  return ok(submissionResultSchema, 'POST', '/__mock/content/submissions', 'admin', submission(overrides));
}

/** Claims and decides the open task of an item as `user`. */
async function pass(task: ReviewTask, user: string) {
  const claimed = await ok(reviewTaskSchema, 'POST', `/content/tasks/${task.id}/claim`, user, {
    version: task.version,
  });
  return ok(decideResultSchema, 'POST', `/content/tasks/${task.id}/decide`, user, {
    version: claimed.version,
    decision: 'pass',
  });
}

async function auditOf(itemId: string): Promise<AuditEvent[]> {
  return (await ok(auditPageSchema, 'GET', `/content/items/${itemId}/audit?pageSize=100`, 'auditor')).items;
}

describe('auto-screening of submissions', () => {
  it('auto-rejects a submission with a block violation and keeps the hit with its offsets', async () => {
    const body = '关于胃炎的几点提醒。坚持使用三个月，能根治慢性胃炎，永不复发。请遵医嘱。';
    const result = await submit({
      body,
      authorType: 'doctor',
      orgId: undefined,
      purpose: 'science',
      products: [],
    });
    expect(result.item.status).toBe('auto_rejected');
    expect(result.task).toBeUndefined();
    expect(result.item.hitCounts.block).toBeGreaterThan(0);
    const hit = result.version.ruleHits.find((h) => h.ruleId === 'AD-02');
    expect(hit).toMatchObject({ severity: 'block', snippet: '根治', start: 19, end: 21, status: 'new' });
    expect(body.slice(19, 21)).toBe('根治');
    expect(result.version.ruleSetVersion).toBe(1);

    const events = await auditOf(result.item.id);
    expect(events.map((e) => e.action)).toEqual(['content.submit', 'content.screen']);
    expect(events[0]?.after).toMatchObject({ versionNo: 1, ruleSetVersion: 1, authorId: 'pharma_author_1' });
    expect(events[1]?.after).toMatchObject({ status: 'auto_rejected', ruleSetVersion: 1 });
    expect(events[1]?.after?.ruleIds).toContain('AD-02');
  });

  it('validates a submission with field errors', async () => {
    const error = await fails(
      400,
      'POST',
      '/__mock/content/submissions',
      'admin',
      submission({ type: 'live_script', title: '' }),
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['liveStartAt', 'title']);
  });
});

describe('the review workflow over the API', () => {
  let item: ContentItem;

  it('takes a clean pharma article through first, medical and compliance review to publication', async () => {
    const submitted = await submit();
    expect(submitted.item.status).toBe('first_review');
    expect(submitted.item.hitCounts.block).toBe(0);
    const first = submitted.task;
    if (!first) throw new Error('no first-review task');
    // Monday 10:00 + 4 working hours.
    expect(first).toMatchObject({ stage: 'first', status: 'open' });
    expect(first.createdAt.slice(0, 16)).toBe('2026-11-23T10:00');
    expect(Date.parse(first.dueAt) - Date.parse(first.createdAt)).toBe(4 * 3_600_000);

    const afterFirst = await pass(first, 'reviewer.l1');
    expect(afterFirst.item.status).toBe('medical_review');
    expect(afterFirst.task).toMatchObject({
      status: 'decided',
      decision: 'pass',
      decidedBy: 'usr_reviewer_l1',
    });
    const medical = afterFirst.nextTask;
    if (!medical) throw new Error('no medical task');
    expect(medical.stage).toBe('medical');

    const afterMedical = await pass(medical, 'physician');
    // A pharma author always goes to compliance review.
    expect(afterMedical.item.status).toBe('compliance_review');
    const compliance = afterMedical.nextTask;
    if (!compliance) throw new Error('no compliance task');

    const afterCompliance = await pass(compliance, 'reviewer.l2');
    expect(afterCompliance.item.status).toBe('approved');
    expect(afterCompliance.nextTask).toBeUndefined();

    item = await ok(
      contentItemSchema,
      'POST',
      `/__mock/content/items/${submitted.item.id}/publish`,
      'admin',
      {
        version: afterCompliance.item.version,
      },
    );
    expect(item).toMatchObject({
      status: 'published',
      publishedVersionNo: 1,
      publishedVersionId: submitted.version.id,
    });

    const events = await auditOf(item.id);
    expect(events.map((e) => e.action)).toEqual([
      'content.submit',
      'content.screen',
      'content.task.claim',
      'content.decide',
      'content.task.claim',
      'content.decide',
      'content.task.claim',
      'content.decide',
      'content.publish',
    ]);
    const decisions = events.filter((e) => e.action === 'content.decide');
    expect(decisions.map((e) => [e.actor.userId, e.after?.stage, e.after?.decision])).toEqual([
      ['usr_reviewer_l1', 'first', 'pass'],
      ['usr_physician', 'medical', 'pass'],
      ['usr_reviewer_l2', 'compliance', 'pass'],
    ]);
    expect(events[0]?.after?.ruleSetVersion).toBe(1);
  });

  it('keeps version 1 live while an edit is reviewed, and swaps it in on approval', async () => {
    const edited = `${CLEAN_PROMO}\n\n出现高热不退时请及时就医。`;
    const created = await ok(
      submissionResultSchema,
      'POST',
      `/__mock/content/items/${item.id}/versions`,
      'admin',
      {
        body: edited,
      },
    );
    expect(created.item).toMatchObject({
      status: 'first_review',
      currentVersionNo: 2,
      publishedVersionNo: 1,
      publishedVersionId: item.publishedVersionId,
    });
    const detail = await ok(contentItemDetailSchema, 'GET', `/content/items/${item.id}`, 'reviewer.l1');
    expect(detail.versions.map((v) => v.versionNo)).toEqual([1, 2]);
    const live = await ok(contentVersionSchema, 'GET', `/content/items/${item.id}/versions/1`, 'auditor');
    expect(live.body).toBe(CLEAN_PROMO);
    const library = await ok(
      contentPageSchema,
      'GET',
      `/content/items?live=true&stage=first&q=${item.id}`,
      'admin',
    );
    expect(library.items.map((i) => i.id)).toEqual([item.id]);

    const task = created.task;
    if (!task) throw new Error('no first-review task for version 2');
    const medical = (await pass(task, 'reviewer.l1')).nextTask;
    if (!medical) throw new Error('no medical task');
    const compliance = (await pass(medical, 'pharmacist')).nextTask;
    if (!compliance) throw new Error('no compliance task');
    const done = await pass(compliance, 'reviewer.l2');
    expect(done.item).toMatchObject({ status: 'published', publishedVersionNo: 2, currentVersionNo: 2 });
    item = done.item;
  });

  it('takes content down with a reason, audited; a stale or unauthorised takedown is refused', async () => {
    await fails(403, 'POST', `/content/items/${item.id}/takedown`, 'medops', {
      version: item.version,
      reason: 'x',
    });
    const stale = await fails(409, 'POST', `/content/items/${item.id}/takedown`, 'admin', {
      version: item.version - 1,
      reason: '用户举报',
    });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.details?.current).toMatchObject({ id: item.id, version: item.version });
    const missing = await fails(400, 'POST', `/content/items/${item.id}/takedown`, 'admin', {
      version: item.version,
    });
    expect(missing.fieldErrors?.reason).toBeDefined();

    const down = await ok(contentItemSchema, 'POST', `/content/items/${item.id}/takedown`, 'reviewer.l1', {
      version: item.version,
      reason: '用户举报：含未经审批的功效宣称',
    });
    expect(down.status).toBe('taken_down');
    expect(down.takedown).toMatchObject({ by: 'usr_reviewer_l1', reason: '用户举报：含未经审批的功效宣称' });
    const again = await fails(409, 'POST', `/content/items/${item.id}/takedown`, 'admin', {
      version: down.version,
      reason: '重复',
    });
    expect(again.code).toBe('INVALID_TRANSITION');
    // The refused second takedown is a 409, not a denial: nothing more is logged.
    const event = (await auditOf(item.id)).at(-1);
    expect(event).toMatchObject({ action: 'content.takedown', reason: '用户举报：含未经审批的功效宣称' });
    expect(event?.before).toMatchObject({ status: 'published' });
    expect(event?.after).toMatchObject({ status: 'taken_down' });
  });
});

describe('reviewer safeguards', () => {
  it('refuses a second stage of one version to the same reviewer (four-eyes) with 403', async () => {
    const { task } = await submit({ title: '四眼原则测试' });
    if (!task) throw new Error('no task');
    // An L2 compliance reviewer may also do first review…
    const medical = (await pass(task, 'reviewer.l2')).nextTask;
    if (!medical) throw new Error('no medical task');
    const compliance = (await pass(medical, 'physician')).nextTask;
    if (!compliance) throw new Error('no compliance task');
    // …but then not the compliance review of the same version.
    const refused = await fails(403, 'POST', `/content/tasks/${compliance.id}/claim`, 'reviewer.l2', {
      version: compliance.version,
    });
    expect(refused.message).toMatch(/Four-eyes rule: you decided the first review of version 1/);
    expect(refused.details?.reason).toBe('FOUR_EYES');
    const rows = await ok(
      reviewTaskPageSchema,
      'GET',
      `/content/tasks?q=${compliance.contentId}`,
      'reviewer.l2',
    );
    expect(rows.items.map((r) => [r.stage, r.canDecide, r.refusalCode])).toEqual([
      ['compliance', false, 'FOUR_EYES'],
    ]);
    expect(rows.items[0]?.refusal).toMatch(/Four-eyes/);
    const row = await ok(reviewTaskRowSchema, 'GET', `/content/tasks/${compliance.id}`, 'reviewer.l2');
    expect(row).toMatchObject({ id: compliance.id, canDecide: false, refusalCode: 'FOUR_EYES' });
    const denied = (await auditOf(compliance.contentId)).filter((e) => e.result === 'denied');
    expect(denied.map((e) => e.action)).toEqual(['content.task.claim']);
  });

  it('keeps reviewers from the author’s organisation off the content with 403', async () => {
    const { task } = await submit({ title: '同组织回避测试' });
    if (!task) throw new Error('no task');
    const l1 = db.users.find((u) => u.username === 'reviewer.l1');
    if (!l1) throw new Error('no reviewer.l1');
    db.users.put({ ...l1, orgIds: [...l1.orgIds, 'org_pharma_7'] });
    try {
      const refused = await fails(403, 'POST', `/content/tasks/${task.id}/claim`, 'reviewer.l1', {
        version: task.version,
      });
      expect(refused.details?.reason).toBe('AUTHOR_ORG');
      const row = await ok(reviewTaskRowSchema, 'GET', `/content/tasks/${task.id}`, 'reviewer.l1');
      expect(row).toMatchObject({ canDecide: false, refusalCode: 'AUTHOR_ORG' });
    } finally {
      db.users.put(l1);
    }
  });

  it('refuses the medical stage to a reviewer without a licence', async () => {
    const { task } = await submit({ title: '执业资格测试' });
    if (!task) throw new Error('no task');
    const medical = (await pass(task, 'reviewer.l1')).nextTask;
    if (!medical) throw new Error('no medical task');
    await fails(403, 'POST', `/content/tasks/${medical.id}/claim`, 'medops', { version: medical.version });
    await fails(403, 'POST', `/content/tasks/${medical.id}/claim`, 'reviewer.l2', {
      version: medical.version,
    });
  });

  it('answers 409 with the holder when a task is claimed by someone else, and for stale versions', async () => {
    const { task } = await submit({ title: '认领冲突测试' });
    if (!task) throw new Error('no task');
    const medical = (await pass(task, 'reviewer.l1')).nextTask;
    if (!medical) throw new Error('no medical task');
    const claimed = await ok(reviewTaskSchema, 'POST', `/content/tasks/${medical.id}/claim`, 'physician', {
      version: medical.version,
    });
    expect(claimed).toMatchObject({ claimedBy: 'usr_physician', version: medical.version + 1 });
    const taken = await fails(409, 'POST', `/content/tasks/${medical.id}/claim`, 'pharmacist', {
      version: claimed.version,
    });
    expect(taken.code).toBe('CONFLICT');
    expect(taken.details?.claimedBy).toMatchObject({ id: 'usr_physician' });
    expect(taken.message).toBe('The task is claimed by Guo Jianguo (physician reviewer).');
    await fails(409, 'POST', `/content/tasks/${medical.id}/decide`, 'pharmacist', {
      version: claimed.version,
      decision: 'pass',
    });

    const stale = await fails(409, 'POST', `/content/tasks/${medical.id}/decide`, 'physician', {
      version: medical.version,
      decision: 'pass',
    });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.details?.current).toMatchObject({ id: medical.id, version: claimed.version });

    const released = await ok(reviewTaskSchema, 'POST', `/content/tasks/${medical.id}/release`, 'physician', {
      version: claimed.version,
    });
    expect(released.claimedBy).toBeUndefined();
    const unclaimed = await fails(409, 'POST', `/content/tasks/${medical.id}/decide`, 'pharmacist', {
      version: released.version,
      decision: 'pass',
    });
    expect(unclaimed.message).toBe('Claim the task before deciding it.');
    const mine = await ok(reviewTaskSchema, 'POST', `/content/tasks/${medical.id}/claim`, 'pharmacist', {
      version: released.version,
    });

    const noComment = await fails(400, 'POST', `/content/tasks/${medical.id}/decide`, 'pharmacist', {
      version: mine.version,
      decision: 'return',
      reasonCodes: ['R99'],
    });
    expect(noComment.fieldErrors?.comment).toEqual(['R99 (other) needs a comment.']);
    const noReason = await fails(400, 'POST', `/content/tasks/${medical.id}/decide`, 'pharmacist', {
      version: mine.version,
      decision: 'reject',
    });
    expect(noReason.fieldErrors?.reasonCodes).toBeDefined();

    const returned = await ok(
      decideResultSchema,
      'POST',
      `/content/tasks/${medical.id}/decide`,
      'pharmacist',
      {
        version: mine.version,
        decision: 'return',
        reasonCodes: ['R09', 'R99'],
        comment: '适应症表述请与说明书一致',
      },
    );
    expect(returned.item.status).toBe('returned');
    expect(returned.task).toMatchObject({
      decision: 'return',
      reasonCodes: ['R09', 'R99'],
      comment: '适应症表述请与说明书一致',
    });
    const again = await fails(409, 'POST', `/content/tasks/${medical.id}/decide`, 'pharmacist', {
      version: returned.task.version,
      decision: 'pass',
    });
    expect(again.code).toBe('INVALID_TRANSITION');
  });
});

describe('review queues', () => {
  it('shows deciders only their stages, sorted by due time, and others everything read-only', async () => {
    const l1 = await ok(reviewTaskPageSchema, 'GET', '/content/tasks?pageSize=100', 'reviewer.l1');
    expect(new Set(l1.items.map((r) => r.stage))).toEqual(new Set(['first']));
    const due = l1.items.map((r) => r.dueAt);
    expect(due).toEqual([...due].sort());
    expect(l1.total).toBeGreaterThan(20);

    const physician = await ok(
      reviewTaskPageSchema,
      'GET',
      '/content/tasks?stage=first,medical',
      'physician',
    );
    expect(new Set(physician.items.map((r) => r.stage))).toEqual(new Set(['medical']));

    const auditor = await ok(reviewTaskPageSchema, 'GET', '/content/tasks?pageSize=100', 'auditor');
    expect(new Set(auditor.items.map((r) => r.stage)).size).toBe(3);
    expect(
      auditor.items.every(
        (r) =>
          !r.canDecide &&
          r.refusal === 'Read-only: you do not review content.' &&
          r.refusalCode === 'READ_ONLY',
      ),
    ).toBe(true);

    // The review level is a minimum: an L2 reviewer works the first-review queue too.
    const l2 = await ok(reviewTaskPageSchema, 'GET', '/content/tasks?pageSize=100', 'reviewer.l2');
    expect(new Set(l2.items.map((r) => r.stage))).toEqual(new Set(['first', 'compliance']));
    await fails(403, 'POST', `/content/tasks/${auditor.items[0]?.id ?? ''}/claim`, 'auditor', { version: 0 });
    await fails(403, 'GET', '/content/tasks', 'moderator');

    const overdue = await ok(
      reviewTaskPageSchema,
      'GET',
      '/content/tasks?overdue=true&pageSize=100',
      'admin',
    );
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((r) => r.dueState === 'overdue')).toBe(true);

    const mine = await ok(reviewTaskPageSchema, 'GET', '/content/tasks?mine=true&pageSize=100', 'physician');
    expect(mine.items.every((r) => r.claimedBy === 'usr_physician' || r.assigneeId === 'usr_physician')).toBe(
      true,
    );
  });

  it('reads one task as a queue row, with the caller’s refusal as a code', async () => {
    const { task } = await submit({ title: '单任务读取测试' });
    if (!task) throw new Error('no task');
    const row = await ok(reviewTaskRowSchema, 'GET', `/content/tasks/${task.id}`, 'reviewer.l1');
    const [listed] = (
      await ok(reviewTaskPageSchema, 'GET', `/content/tasks?q=${task.contentId}`, 'reviewer.l1')
    ).items;
    expect(row).toEqual(listed);
    expect(row).toMatchObject({ id: task.id, contentId: task.contentId, stage: 'first', canDecide: true });
    expect(row.refusalCode).toBeUndefined();
    expect(row.item.title).toBe('单任务读取测试');

    // A reviewer of another stage may read it (content.view), not decide it.
    const physician = await ok(reviewTaskRowSchema, 'GET', `/content/tasks/${task.id}`, 'physician');
    expect(physician).toMatchObject({
      canDecide: false,
      refusalCode: 'FORBIDDEN',
      refusal: 'You may not decide first review.',
    });
    const auditor = await ok(reviewTaskRowSchema, 'GET', `/content/tasks/${task.id}`, 'auditor');
    expect(auditor).toMatchObject({ canDecide: false, refusalCode: 'READ_ONLY' });

    const claimed = await ok(reviewTaskSchema, 'POST', `/content/tasks/${task.id}/claim`, 'reviewer.l1', {
      version: task.version,
    });
    const other = await ok(reviewTaskRowSchema, 'GET', `/content/tasks/${task.id}`, 'reviewer.l2');
    expect(other).toMatchObject({
      canDecide: false,
      refusalCode: 'CLAIMED_BY_OTHER',
      refusal: 'Claimed by Huang Jing (compliance L1).',
    });
    await ok(decideResultSchema, 'POST', `/content/tasks/${task.id}/decide`, 'reviewer.l1', {
      version: claimed.version,
      decision: 'pass',
    });
    const closed = await ok(reviewTaskRowSchema, 'GET', `/content/tasks/${task.id}`, 'reviewer.l2');
    expect(closed).toMatchObject({ status: 'decided', canDecide: false, refusalCode: 'CLOSED' });

    const missing = await fails(404, 'GET', '/content/tasks/tsk_missing', 'reviewer.l1');
    expect(missing.code).toBe('NOT_FOUND');
    await fails(403, 'GET', `/content/tasks/${task.id}`, 'moderator');
  });

  it('filters the library by stage, hits and overdue', async () => {
    const first = await ok(
      contentPageSchema,
      'GET',
      '/content/items?stage=first&pageSize=100',
      'reviewer.l1',
    );
    expect(first.items.every((i) => i.status === 'first_review')).toBe(true);
    const blocked = await ok(contentPageSchema, 'GET', '/content/items?hits=block&pageSize=100', 'auditor');
    expect(blocked.total).toBeGreaterThan(0);
    expect(blocked.items.every((i) => i.hitCounts.block > 0)).toBe(true);
    const late = await ok(contentPageSchema, 'GET', '/content/items?overdue=true&pageSize=100', 'admin');
    expect(
      late.items.every((i) => ['first_review', 'medical_review', 'compliance_review'].includes(i.status)),
    ).toBe(true);
  });
});

describe('rule library', () => {
  it('edits a rule: versions bump, history is kept, the edit is audited and screening changes', async () => {
    const before = await ok(ruleListSchema, 'GET', '/content/rules', 'reviewer.l1');
    const ad11 = before.items.find((r) => r.id === 'AD-11');
    expect(ad11).toMatchObject({ severity: 'high', version: 1 });
    expect(before.ruleSetVersion).toBe(1);

    const sample = `${CLEAN_PROMO}限时抢购中。`;
    const pre = await submit({ title: '规则变更前', body: sample });
    expect(pre.item.status).toBe('first_review');

    await fails(403, 'PATCH', '/content/rules/AD-11', 'reviewer.l1', { version: 1, severity: 'block' });
    const invalid = await fails(400, 'PATCH', '/content/rules/AD-11', 'reviewer.l2', {
      version: 1,
      pattern: '抢购(',
    });
    expect(invalid.fieldErrors?.pattern?.[0]).toMatch(/正则表达式无效|Invalid regular expression/);
    const edited = await ok(ruleRecordSchema, 'PATCH', '/content/rules/AD-11', 'reviewer.l2', {
      version: 1,
      severity: 'block',
      reason: '近期诱导消费投诉增多',
    });
    expect(edited).toMatchObject({ severity: 'block', version: 2, updatedBy: 'usr_reviewer_l2' });
    const stale = await fails(409, 'PATCH', '/content/rules/AD-11', 'reviewer.l2', {
      version: 1,
      enabled: false,
    });
    expect(stale.details?.current).toMatchObject({ version: 2 });

    const after = await ok(ruleListSchema, 'GET', '/content/rules', 'auditor');
    expect(after.ruleSetVersion).toBe(2);
    const history = await ok(ruleHistorySchema, 'GET', '/content/rules/AD-11/history', 'auditor');
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({
      ruleVersion: 2,
      ruleSetVersion: 2,
      before: { severity: 'high' },
      after: { severity: 'block' },
      by: 'usr_reviewer_l2',
      reason: '近期诱导消费投诉增多',
    });

    const post = await submit({ title: '规则变更后', body: sample });
    expect(post.item.status).toBe('auto_rejected');
    expect(post.version.ruleSetVersion).toBe(2);
    expect(post.version.ruleHits.find((h) => h.ruleId === 'AD-11')).toMatchObject({
      severity: 'block',
      snippet: '限时抢',
      start: CLEAN_PROMO.length,
    });
    const screenEvent = (await auditOf(post.item.id)).find((e) => e.action === 'content.screen');
    expect(screenEvent?.after).toMatchObject({ ruleSetVersion: 2, status: 'auto_rejected' });

    const audit = await ok(auditPageSchema, 'GET', '/audit/events?action=rule.edit', 'auditor');
    expect(audit.items[0]).toMatchObject({
      resource: { type: 'content_rule', id: 'AD-11' },
      before: { severity: 'high', version: 1 },
      after: { severity: 'block', version: 2, ruleSetVersion: 2 },
      reason: '近期诱导消费投诉增多',
    });
  });

  it('tests a pattern against a sample for anyone who may view content; only rule.manage saves', async () => {
    const text = '今晚直播间秒杀，手慢无。';
    const adHoc = await ok(ruleTestResultSchema, 'POST', '/content/rules/test', 'reviewer.l1', {
      pattern: '秒杀|手慢无',
      text,
    });
    expect(adHoc.hits.map((h) => [h.ruleId, h.snippet, h.start])).toEqual([
      ['TEST', '秒杀', 5],
      ['TEST', '手慢无', 8],
    ]);
    const withRule = await ok(ruleTestResultSchema, 'POST', '/content/rules/test', 'medops', {
      ruleId: 'AD-11',
      pattern: '秒杀',
      text,
    });
    expect(withRule.hits.map((h) => [h.ruleId, h.snippet])).toEqual([['AD-11', '秒杀']]);
    const bad = await fails(400, 'POST', '/content/rules/test', 'medops', { pattern: '(', text });
    expect(bad.fieldErrors?.pattern).toBeDefined();
    await fails(403, 'POST', '/content/rules/test', 'moderator', { text });
  });
});

describe('compliance dashboard', () => {
  it('reports turnaround, rates, top hits, overdue work, takedowns and throughput', async () => {
    const d = await ok(contentDashboardSchema, 'GET', '/content/dashboard', 'auditor');
    expect(d.turnaround.map((t) => t.stage)).toEqual(['first', 'medical', 'compliance']);
    for (const t of d.turnaround) {
      expect(t.decided).toBeGreaterThan(0);
      expect(t.medianHours).not.toBeNull();
    }
    expect(d.firstPassApprovalRate).toBeGreaterThan(0);
    expect(d.firstPassApprovalRate).toBeLessThan(1);
    expect(d.autoBlockRate).toBeGreaterThan(0);
    expect(d.topRuleHits.length).toBeGreaterThan(0);
    const counts = d.topRuleHits.map((h) => h.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(d.takedowns).toBeGreaterThan(0);
    expect(d.reviewerThroughput.map((r) => r.reviewerId)).toEqual(
      expect.arrayContaining(['usr_reviewer_l1', 'usr_reviewer_l2', 'usr_physician']),
    );
    const bad = await fails(
      400,
      'GET',
      '/content/dashboard?from=2026-11-23T00:00:00%2B08:00&to=2026-11-01T00:00:00%2B08:00',
      'admin',
    );
    expect(bad.fieldErrors?.from).toBeDefined();
  });

  it('leaves an intact audit chain', () => {
    // -1: no broken link.
    expect(verifyAuditChain(db.audit.all())).toBe(-1);
  });
});
