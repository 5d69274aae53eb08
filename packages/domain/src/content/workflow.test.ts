import { describe, expect, it } from 'vitest';
import type { User } from '../auth/roles';
import {
  CONTENT_ACTIONS,
  CONTENT_STATUSES,
  type ContentAction,
  type ContentItem,
  type ContentStatus,
  type ReviewStage,
  type ReviewTask,
} from './model';
import { validateDecision } from './decision';
import { decide, needsComplianceReview, transition, type ContentActor } from './workflow';

const NOW = Date.parse('2026-11-23T10:00:00+08:00'); // a Monday

const user = (
  id: string,
  role: User['role'],
  attributes: User['attributes'] = {},
  orgIds = ['org_platform'],
) => ({
  kind: 'user' as const,
  user: { id, role, orgIds, attributes },
});

const ACTORS: Record<string, ContentActor> = {
  author: { kind: 'author', id: 'author_1' },
  'other-author': { kind: 'author', id: 'author_2' },
  system: { kind: 'system' },
  'reviewer.l1': user('usr_reviewer_l1', 'CMP', { reviewLevel: 'L1' }),
  'reviewer.l2': user('usr_reviewer_l2', 'CMP', { reviewLevel: 'L2' }),
  physician: user('usr_physician', 'MED', { licensedPhysician: true }),
  pharmacist: user('usr_pharmacist', 'MED', { licensedPharmacist: true }),
  medops: user('usr_medops', 'MED'),
  admin: user('usr_admin', 'ADM'),
  auditor: user('usr_auditor', 'AUD'),
  moderator: user('usr_moderator', 'MOD'),
  'pharmacy.a': user('usr_pharmacy_a', 'PHA', {}, ['org_pha_a']),
};

function item(status: ContentStatus, overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    id: 'cnt_1',
    type: 'article',
    title: '高血压患者居家测量血压的正确方法',
    authorId: 'author_1',
    authorName: { 'zh-CN': '张医生', 'en-US': 'Dr Zhang' },
    authorType: 'doctor',
    purpose: 'science',
    audience: 'public',
    products: [],
    hasCommerceLink: false,
    status,
    currentVersionId: 'cv_1',
    currentVersionNo: 1,
    hitCounts: { block: 0, high: 0, medium: 0 },
    history: [],
    submittedAt: '2026-11-23T09:00:00+08:00',
    updatedAt: '2026-11-23T09:00:00+08:00',
    version: 3,
    ...overrides,
  };
}

const LIVE = { publishedVersionId: 'cv_0', publishedVersionNo: 1 };

// Written out from DOMAIN.md §4.2 and §6.2 by hand, not derived from the table under test.
const AUTHOR = ['author'];
const SYSTEM = ['system'];
const TAKEDOWN = ['reviewer.l1', 'reviewer.l2', 'admin'];
const STAGE_REVIEWERS = {
  // The review level is a minimum: an L2 compliance reviewer may also do first review.
  first: ['reviewer.l1', 'reviewer.l2'],
  medical: ['physician', 'pharmacist'],
  compliance: ['reviewer.l2'],
};

const ALLOWED_ALWAYS: [ContentStatus, ContentAction, string[]][] = [
  ['draft', 'submit', AUTHOR],
  ['submitted', 'screen', SYSTEM],
  ['auto_screening', 'screen', SYSTEM],
  ...(['pass', 'return', 'reject'] as const).flatMap((a): [ContentStatus, ContentAction, string[]][] => [
    ['first_review', a, STAGE_REVIEWERS.first],
    ['medical_review', a, STAGE_REVIEWERS.medical],
    ['compliance_review', a, STAGE_REVIEWERS.compliance],
  ]),
  ['approved', 'schedule', AUTHOR],
  ['approved', 'publish', [...AUTHOR, ...SYSTEM]],
  ['scheduled', 'publish', SYSTEM],
  ['returned', 'new_version', AUTHOR],
  ['auto_rejected', 'new_version', AUTHOR],
  ['approved', 'new_version', AUTHOR],
  ['scheduled', 'new_version', AUTHOR],
  ['published', 'new_version', AUTHOR],
  ['published', 'takedown', TAKEDOWN],
  ...(
    ['approved', 'scheduled', 'published', 'returned', 'rejected', 'auto_rejected', 'taken_down'] as const
  ).map((s): [ContentStatus, ContentAction, string[]] => [s, 'archive', [...AUTHOR, ...TAKEDOWN]]),
];
/** Moves that exist only while an older version is live. */
const ALLOWED_WHEN_LIVE: [ContentStatus, ContentAction, string[]][] = [
  ['rejected', 'new_version', AUTHOR],
  ...(
    [
      'submitted',
      'auto_screening',
      'auto_rejected',
      'first_review',
      'medical_review',
      'compliance_review',
      'returned',
      'rejected',
    ] as const
  ).map((s): [ContentStatus, ContentAction, string[]] => [s, 'takedown', TAKEDOWN]),
];

type Outcome = 'ok' | 'FORBIDDEN' | 'INVALID_TRANSITION';

function expected(status: ContentStatus, action: ContentAction, actor: string, live: boolean): Outcome {
  const row =
    ALLOWED_ALWAYS.find(([s, a]) => s === status && a === action) ??
    ALLOWED_WHEN_LIVE.find(([s, a]) => s === status && a === action);
  if (!row) return 'INVALID_TRANSITION';
  const liveOnly = ALLOWED_WHEN_LIVE.includes(row);
  if (liveOnly && !live) return 'INVALID_TRANSITION';
  return row[2].includes(actor) ? 'ok' : 'FORBIDDEN';
}

describe('content workflow table', () => {
  const cases = CONTENT_STATUSES.flatMap((status) =>
    CONTENT_ACTIONS.flatMap((action) =>
      Object.keys(ACTORS).flatMap((actor) => [false, true].map((live) => ({ status, action, actor, live }))),
    ),
  );

  it('covers every (state, action, actor, live) case', () => {
    // 14 states × 10 actions × 12 actors × live or not
    expect(cases).toHaveLength(3360);
  });

  it.each(CONTENT_STATUSES)('allows and refuses every move from %s as specified', (status) => {
    const mismatches: string[] = [];
    for (const c of cases.filter((x) => x.status === status)) {
      const actor = ACTORS[c.actor];
      if (!actor) throw new Error(c.actor);
      const result = transition(item(status, c.live ? LIVE : {}), c.action, actor, NOW, {
        reason: '误导性宣传',
        newVersion: { id: 'cv_2', versionNo: 2, hitCounts: { block: 0, high: 0, medium: 0 } },
      });
      const got: Outcome | string = result.ok ? 'ok' : result.code;
      const want = expected(status, c.action, c.actor, c.live);
      if (got !== want)
        mismatches.push(`${status} ${c.action} by ${c.actor}${c.live ? ' (live)' : ''}: ${got} ≠ ${want}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('appends history and bumps the version on every move', () => {
    const result = transition(item('draft'), 'submit', ACTORS.author ?? { kind: 'system' }, NOW);
    expect(result.ok && result.item.history).toEqual([
      {
        from: 'draft',
        to: 'submitted',
        action: 'submit',
        at: '2026-11-23T10:00:00+08:00',
        actorId: 'author_1',
        actorRole: 'author',
        versionNo: 1,
      },
    ]);
    expect(result.ok && result.item.version).toBe(4);
  });

  it('needs a reason to take down and records who, why and when', () => {
    const admin = ACTORS.admin ?? { kind: 'system' };
    const refused = transition(item('published', LIVE), 'takedown', admin, NOW, { reason: '  ' });
    expect(refused.ok ? 'ok' : refused.code).toBe('INVALID_DECISION');
    const done = transition(item('published', LIVE), 'takedown', admin, NOW, { reason: '发现虚假宣传' });
    expect(done.ok && done.item.takedown).toEqual({
      by: 'usr_admin',
      reason: '发现虚假宣传',
      at: '2026-11-23T10:00:00+08:00',
    });
  });

  it('makes a new version current and keeps the live one while it is reviewed', () => {
    const result = transition(
      item('published', LIVE),
      'new_version',
      ACTORS.author ?? { kind: 'system' },
      NOW,
      {
        newVersion: { id: 'cv_2', versionNo: 2, hitCounts: { block: 0, high: 1, medium: 0 } },
      },
    );
    expect(result.ok && result.item).toMatchObject({
      status: 'submitted',
      currentVersionId: 'cv_2',
      currentVersionNo: 2,
      publishedVersionId: 'cv_0',
      hitCounts: { block: 0, high: 1, medium: 0 },
      submittedAt: '2026-11-23T10:00:00+08:00',
    });
  });
});

describe('routing', () => {
  const system: ContentActor = { kind: 'system' };

  it('auto-rejects a version with a block hit and sends a clean one to first review', () => {
    const blocked = transition(
      item('auto_screening', { hitCounts: { block: 1, high: 0, medium: 2 } }),
      'screen',
      system,
      NOW,
    );
    expect(blocked.ok && blocked.to).toBe('auto_rejected');
    const clean = transition(
      item('auto_screening', { hitCounts: { block: 0, high: 3, medium: 2 } }),
      'screen',
      system,
      NOW,
    );
    expect(clean.ok && clean.to).toBe('first_review');
  });

  const physician = ACTORS.physician ?? system;
  const cases: [string, Partial<ContentItem>, ContentStatus][] = [
    ['a clean doctor article', {}, 'approved'],
    ['a pharma author', { authorType: 'pharma', orgId: 'org_pharma_1' }, 'compliance_review'],
    ['a product mention', { products: [{ skuId: 'sku_1', category: 'otc' }] }, 'compliance_review'],
    ['a commerce link', { hasCommerceLink: true }, 'compliance_review'],
    ['a live script', { type: 'live_script' }, 'compliance_review'],
    ['a high hit', { hitCounts: { block: 0, high: 1, medium: 0 } }, 'compliance_review'],
    ['only medium hits', { hitCounts: { block: 0, high: 0, medium: 4 } }, 'approved'],
    ['a clean revision of live content', LIVE, 'published'],
  ];
  it.each(cases)('medical pass routes %s to %s', (_, overrides, to) => {
    const result = transition(item('medical_review', overrides), 'pass', physician, NOW, {
      stage: 'medical',
    });
    expect(result.ok && result.to).toBe(to);
  });

  it('agrees with needsComplianceReview', () => {
    expect(needsComplianceReview(item('medical_review'))).toBe(false);
    expect(needsComplianceReview(item('medical_review', { hasCommerceLink: true }))).toBe(true);
  });

  it('replaces the live version when the last stage passes a revision', () => {
    const result = transition(
      item('compliance_review', { ...LIVE, currentVersionId: 'cv_2', currentVersionNo: 2 }),
      'pass',
      ACTORS['reviewer.l2'] ?? system,
      NOW,
    );
    expect(result.ok && result.item).toMatchObject({
      status: 'published',
      publishedVersionId: 'cv_2',
      publishedVersionNo: 2,
    });
  });
});

function task(stage: ReviewStage, overrides: Partial<ReviewTask> = {}): ReviewTask {
  return {
    id: 'tsk_1',
    contentId: 'cnt_1',
    versionId: 'cv_1',
    versionNo: 1,
    stage,
    status: 'open',
    reasonCodes: [],
    createdAt: '2026-11-23T09:00:00+08:00',
    dueAt: '2026-11-23T13:00:00+08:00',
    version: 1,
    ...overrides,
  };
}

const PASS = { decision: 'pass' as const, reasonCodes: [] };

describe('decide', () => {
  const l1 = ACTORS['reviewer.l1'] ?? { kind: 'system' };
  const physician = ACTORS.physician ?? { kind: 'system' };

  it('passes first review on to medical review, due one working day later', () => {
    const result = decide(item('first_review'), task('first'), PASS, l1, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.item.status).toBe('medical_review');
    expect(result.task).toMatchObject({
      status: 'decided',
      decision: 'pass',
      decidedBy: 'usr_reviewer_l1',
      assigneeId: 'usr_reviewer_l1',
      decidedAt: '2026-11-23T10:00:00+08:00',
      version: 2,
    });
    expect(result.next).toEqual({ stage: 'medical', dueAt: '2026-11-24T10:00:00+08:00' });
    expect(result.item.history.at(-1)).toMatchObject({
      action: 'pass',
      stage: 'first',
      actorId: 'usr_reviewer_l1',
    });
  });

  it('caps a live script’s due time 24 h before the stream', () => {
    const live = item('first_review', { type: 'live_script', liveStartAt: '2026-11-24T20:00:00+08:00' });
    const result = decide(live, task('first'), PASS, l1, NOW);
    expect(result.ok && result.next).toEqual({ stage: 'medical', dueAt: '2026-11-23T20:00:00+08:00' });
  });

  it('returns with reasons and records the comment', () => {
    const result = decide(
      item('first_review'),
      task('first'),
      { decision: 'return', reasonCodes: ['R01', 'R99'], comment: '标题夸大' },
      l1,
      NOW,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.item.status).toBe('returned');
    expect(result.next).toBeUndefined();
    expect(result.task).toMatchObject({
      decision: 'return',
      reasonCodes: ['R01', 'R99'],
      comment: '标题夸大',
    });
    expect(result.item.history.at(-1)).toMatchObject({ reasonCodes: ['R01', 'R99'], reason: '标题夸大' });
  });

  it('refuses an incomplete decision', () => {
    const r99 = decide(
      item('first_review'),
      task('first'),
      { decision: 'reject', reasonCodes: ['R99'] },
      l1,
      NOW,
    );
    expect(r99.ok ? null : [r99.code, r99.fieldErrors]).toEqual([
      'INVALID_DECISION',
      { comment: ['R99 (other) needs a comment.'] },
    ]);
    expect(validateDecision({ decision: 'return', reasonCodes: [] })).toEqual({
      reasonCodes: ['Give at least one reason to return or reject.'],
    });
    expect(validateDecision({ decision: 'return', reasonCodes: ['R42'] })).toEqual({
      reasonCodes: ['Unknown reason codes: R42'],
    });
    expect(validateDecision({ decision: 'pass', reasonCodes: [] })).toBeNull();
  });

  it('refuses a stage the reviewer may not decide', () => {
    const medops = ACTORS.medops ?? physician;
    const result = decide(item('medical_review'), task('medical'), PASS, medops, NOW);
    expect(result.ok ? null : [result.code, result.message]).toEqual([
      'FORBIDDEN',
      'Medical review needs a licensed physician or pharmacist.',
    ]);
    const l1Compliance = decide(
      item('compliance_review', { authorType: 'pharma', orgId: 'org_pharma_1' }),
      task('compliance'),
      PASS,
      l1,
      NOW,
    );
    expect(l1Compliance.ok ? null : [l1Compliance.code, l1Compliance.message]).toEqual([
      'FORBIDDEN',
      'You may not decide compliance review.',
    ]);
    // An L2 reviewer reaches the L1 level: first review is theirs too.
    const l2 = decide(item('first_review'), task('first'), PASS, ACTORS['reviewer.l2'] ?? l1, NOW);
    expect(l2.ok && l2.item.status).toBe('medical_review');
    const author = decide(item('first_review'), task('first'), PASS, ACTORS.author ?? l1, NOW);
    expect(author.ok ? null : author.code).toBe('FORBIDDEN');
  });

  it('refuses a task that is not the item’s current stage or version', () => {
    const wrongStage = decide(item('medical_review'), task('first'), PASS, l1, NOW);
    expect(wrongStage.ok ? null : wrongStage.code).toBe('INVALID_TRANSITION');
    const oldVersion = decide(
      item('first_review', { currentVersionId: 'cv_2' }),
      task('first'),
      PASS,
      l1,
      NOW,
    );
    expect(oldVersion.ok ? null : oldVersion.code).toBe('INVALID_TRANSITION');
    const decided = decide(item('first_review'), task('first', { status: 'decided' }), PASS, l1, NOW);
    expect(decided.ok ? null : decided.code).toBe('INVALID_TRANSITION');
  });

  it('keeps reviewers from the author’s organisation off the content', () => {
    const inOrg = user('usr_x', 'CMP', { reviewLevel: 'L1' }, ['org_platform', 'org_pharma_1']);
    const pharma = item('first_review', { authorType: 'pharma', orgId: 'org_pharma_1' });
    const result = decide(pharma, task('first'), PASS, inOrg, NOW);
    expect(result.ok ? null : result.code).toBe('AUTHOR_ORG');
    const own = decide(item('first_review', { authorId: 'usr_reviewer_l1' }), task('first'), PASS, l1, NOW);
    expect(own.ok ? null : own.code).toBe('AUTHOR_ORG');
    const other = decide(pharma, task('first'), PASS, l1, NOW);
    expect(other.ok).toBe(true);
  });

  it('enforces four-eyes: nobody decides two stages of one version', () => {
    // reviewer.l1 passed first review of version 1, then was promoted to L2.
    const promoted = user('usr_reviewer_l1', 'CMP', { reviewLevel: 'L2' });
    const history = [
      {
        from: 'first_review',
        to: 'medical_review',
        action: 'pass',
        at: '2026-11-23T09:30:00+08:00',
        actorId: 'usr_reviewer_l1',
        actorRole: 'CMP',
        versionNo: 1,
        stage: 'first',
      },
      {
        from: 'medical_review',
        to: 'compliance_review',
        action: 'pass',
        at: '2026-11-23T09:40:00+08:00',
        actorId: 'usr_physician',
        actorRole: 'MED',
        versionNo: 1,
        stage: 'medical',
      },
    ] as const satisfies ContentItem['history'];
    const pharma = item('compliance_review', {
      authorType: 'pharma',
      orgId: 'org_pharma_1',
      history: [...history],
    });
    const result = decide(pharma, task('compliance'), PASS, promoted, NOW);
    expect(result.ok ? null : [result.code, result.message]).toEqual([
      'FOUR_EYES',
      'Four-eyes rule: you decided the first review of version 1; another reviewer must decide this stage.',
    ]);
    // A new version is a new review: the same person may decide another stage of it.
    const v2 = item('compliance_review', {
      authorType: 'pharma',
      orgId: 'org_pharma_1',
      history: [...history],
      currentVersionId: 'cv_2',
      currentVersionNo: 2,
    });
    const again = decide(v2, task('compliance', { versionId: 'cv_2', versionNo: 2 }), PASS, promoted, NOW);
    expect(again.ok && again.item.status).toBe('approved');
  });

  it('enforces four-eyes on an L2 reviewer who did the first review of the version', () => {
    const l2 = ACTORS['reviewer.l2'] ?? l1;
    const pharma = item('first_review', { authorType: 'pharma', orgId: 'org_pharma_1' });
    const first = decide(pharma, task('first'), PASS, l2, NOW);
    if (!first.ok) throw new Error(first.message);
    const medical = decide(first.item, task('medical'), PASS, physician, NOW);
    if (!medical.ok) throw new Error(medical.message);
    expect(medical.item.status).toBe('compliance_review');
    const compliance = decide(medical.item, task('compliance'), PASS, l2, NOW);
    expect(compliance.ok ? null : compliance.code).toBe('FOUR_EYES');
  });

  it('lets only console users decide', () => {
    const result = decide(item('first_review'), task('first'), PASS, { kind: 'system' }, NOW);
    expect(result.ok ? null : result.code).toBe('FORBIDDEN');
  });
});
