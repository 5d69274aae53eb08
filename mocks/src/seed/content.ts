import { toIsoCst } from '@careops/domain';
import type { User } from '@careops/domain/auth';
import {
  DEFAULT_RULES,
  compareHits,
  countHits,
  decide,
  diffText,
  dueAt,
  scanContent,
  stageOfStatus,
  suggestReasons,
  transition,
  type ContentActor,
  type ContentItem,
  type ContentProduct,
  type ContentVersion,
  type ReviewDecision,
  type ReviewStage,
  type ReviewTask,
  type RuleHit,
  type RuleRecord,
  type ScanContext,
} from '@careops/domain/content';
import { createRandom, type Random } from './random';
import { personName } from './names';
import { DEMO_USERS } from './orgs';
import {
  AD_LABEL,
  BLOCK_SENTENCES,
  HIGH_SENTENCES,
  MEDIUM_SENTENCES,
  PRODUCTS,
  PROMO_TITLES,
  REVIEW_COMMENTS,
  TAKEDOWN_REASONS,
  TOPICS,
  promoSentences,
} from './content-text';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface ContentSeed {
  items: ContentItem[];
  versions: ContentVersion[];
  tasks: ReviewTask[];
}

/** The rule-set version the seed was screened with: the default library. */
export const SEED_RULE_SET_VERSION = 1;

function demoUser(username: string): User {
  const found = DEMO_USERS.find((u) => u.username === username);
  if (!found) throw new Error(`seed needs demo user ${username}`);
  return found;
}

const REVIEWERS: Record<ReviewStage, readonly User[]> = {
  first: [demoUser('reviewer.l1')],
  medical: [demoUser('physician'), demoUser('pharmacist')],
  compliance: [demoUser('reviewer.l2')],
};
const TAKEDOWN_BY: readonly User[] = [demoUser('reviewer.l2'), demoUser('admin')];

type Outcome = 'auto_rejected' | 'returned' | 'rejected' | 'approved' | 'published' | `open:${ReviewStage}`;

type Target =
  | 'first_review'
  | 'medical_review'
  | 'compliance_review'
  | 'auto_rejected'
  | 'returned'
  | 'rejected'
  | 'approved'
  | 'published'
  | 'taken_down'
  | 'archived';

/** Scans are the seed's cost (~0.5 ms each); the two passes of `simulate` share them. */
type ScanCache = Map<string, RuleHit[]>;

function scan(cache: ScanCache, text: string, context: ScanContext): RuleHit[] {
  const key = `${JSON.stringify(context)}\u0000${text}`;
  let hits = cache.get(key);
  if (!hits) cache.set(key, (hits = scanContent(text, context)));
  return hits;
}

interface Meta {
  no: number;
  type: ContentItem['type'];
  authorType: ContentItem['authorType'];
  authorId: string;
  authorName: ContentItem['authorName'];
  orgId?: string;
  purpose: ContentItem['purpose'];
  audience: ContentItem['audience'];
  products: ContentProduct[];
  hasCommerceLink: boolean;
  title: string;
  titleEn: string;
  topic: (typeof TOPICS)[number];
  target: Target;
  /** A published item with a newer version under review. */
  liveRevision: boolean;
  outcomes: Outcome[];
}

function planItem(no: number, r: Random): Meta {
  const authorType = r.weighted([
    ['doctor', 45],
    ['pharmacist', 20],
    ['pharma', 15],
    ['editor', 20],
  ] as const);
  const pharma = authorType === 'pharma';
  const type = r.weighted([
    ['article', 60],
    ['video', 20],
    ['live_script', 8],
    ['poster', 12],
  ] as const);
  const topic = r.pick(TOPICS);
  const promo = pharma ? r.pick(PROMO_TITLES) : undefined;
  const products = pharma
    ? [r.pick(PRODUCTS)]
    : authorType === 'pharmacist' && r.chance(0.2)
      ? [r.pick(PRODUCTS)]
      : [];
  const issue = r.chance(0.3) ? r.int(2, 5) : 0;
  const target = r.weighted([
    ['first_review', 12],
    ['medical_review', 8],
    ['compliance_review', 6],
    ['auto_rejected', 5],
    ['returned', 6],
    ['rejected', 4],
    ['approved', 4],
    ['published', 48],
    ['taken_down', 3],
    ['archived', 4],
  ] as const);
  const inReview = target === 'first_review' || target === 'medical_review' || target === 'compliance_review';
  const liveRevision = inReview && r.chance(0.2);
  const earlier = Array.from(
    {
      length: r.weighted([
        [0, 60],
        [1, 30],
        [2, 10],
      ] as const),
    },
    (): Outcome => (r.chance(0.25) ? 'auto_rejected' : 'returned'),
  );
  const last: Outcome[] = inReview
    ? [...(liveRevision ? (['published'] as const) : []), `open:${stageOfStatus(target) ?? 'first'}`]
    : target === 'taken_down' || target === 'archived'
      ? ['published']
      : [target];
  return {
    no,
    type,
    authorType,
    authorId: `${authorType}_${r.int(1, 80)}`,
    authorName: personName(r),
    ...(pharma ? { orgId: `org_pharma_${r.int(1, 5)}` } : {}),
    purpose: pharma || products.length ? 'product_promo' : r.pick(['science', 'disease_education'] as const),
    audience: r.chance(0.85) ? 'public' : 'professional',
    products,
    hasCommerceLink: pharma && r.chance(0.6),
    title: `${promo?.title ?? topic.title}${issue ? `（第${issue}期）` : ''}`,
    titleEn: `${promo?.titleEn ?? topic.titleEn}${issue ? ` (part ${issue})` : ''}`,
    topic,
    target,
    liveRevision,
    // 1–3 versions in all.
    outcomes: [...earlier.slice(0, 3 - last.length), ...last],
  };
}

/** A body as paragraphs of sentences, so revisions edit sentences and diffs look like real edits. */
type Body = string[][];
const render = (body: Body) => body.map((p) => p.join('')).join('\n\n');

function firstBody(meta: Meta, r: Random): Body {
  const clean = [...meta.topic.sentences];
  const paragraphs: Body = [clean.slice(0, 2), clean.slice(2, 4), clean.slice(4)];
  const product = meta.products[0];
  if (product) paragraphs.push(promoSentences(product));
  if (meta.hasCommerceLink) paragraphs.push([`【${AD_LABEL}】点击下方链接了解详情。`]);
  // Most first drafts carry something a reviewer would query.
  if (r.chance(0.5)) paragraphs[1]?.push(r.pick(HIGH_SENTENCES));
  if (r.chance(0.3)) paragraphs[0]?.push(r.pick(MEDIUM_SENTENCES));
  return paragraphs;
}

function withBlock(body: Body, r: Random): Body {
  const copy = body.map((p) => [...p]);
  copy[r.int(0, Math.min(2, copy.length - 1))]?.push(r.pick(BLOCK_SENTENCES));
  return copy;
}

/** What an author does with returned text: drop flagged sentences, sometimes reword one line. */
function revise(body: Body, r: Random): Body {
  const flagged = new Set<string>([...BLOCK_SENTENCES, ...(r.chance(0.7) ? HIGH_SENTENCES : [])]);
  const copy = body.map((p) => p.filter((s) => !flagged.has(s)));
  if (r.chance(0.5)) copy[0]?.push('本文内容仅供健康科普参考，不能替代医生面诊。');
  return copy;
}

interface Built extends ContentSeed {
  end: number;
}

function simulate(meta: Meta, seed: number, start: number, cache: ScanCache): Built {
  const r = createRandom(seed);
  const context: ScanContext = {
    type: meta.type,
    purpose: meta.purpose,
    audience: meta.audience,
    authorType: meta.authorType,
    products: meta.products.map(({ skuId: _skuId, ...p }) => p),
    hasCommerceLink: meta.hasCommerceLink,
  };
  const id = `cnt_${String(meta.no).padStart(5, '0')}`;
  const author: ContentActor = { kind: 'author', id: meta.authorId };
  const system: ContentActor = { kind: 'system' };
  const versions: ContentVersion[] = [];
  const tasks: ReviewTask[] = [];
  let t = start;
  let body = firstBody(meta, r);
  let item: ContentItem | undefined;
  const liveStartAt =
    meta.type === 'live_script'
      ? toIsoCst(Math.floor((start + r.int(3, 12) * DAY) / HOUR) * HOUR)
      : undefined;
  const must = (result: ReturnType<typeof transition>): ContentItem => {
    if (!result.ok) throw new Error(`seed ${id}: ${result.message}`);
    return result.item;
  };

  meta.outcomes.forEach((outcome, index) => {
    const versionNo = index + 1;
    const versionId = `cv_${meta.no}_${versionNo}`;
    if (index > 0) body = revise(body, r);
    if (outcome === 'auto_rejected') body = withBlock(body, r);
    let text = render(body);
    let hits = scan(cache, text, context);
    if (outcome !== 'auto_rejected' && countHits(hits).block > 0) {
      // A structural rule or a stray phrase blocks it: the author's fix is to keep only the topic text.
      body = [[...meta.topic.sentences]];
      text = render(body);
      hits = scan(cache, text, context);
    }
    const prev = versions.at(-1);
    const compared = prev
      ? compareHits(prev.ruleHits, hits, diffText(prev.body, text))
      : { hits: hits.map((h) => ({ ...h, status: 'new' as const })), resolved: [] };
    versions.push({
      id: versionId,
      contentId: id,
      versionNo,
      body: text,
      submittedBy: meta.authorId,
      submittedAt: toIsoCst(t),
      ruleHits: compared.hits,
      resolvedHits: compared.resolved,
      ruleSetVersion: SEED_RULE_SET_VERSION,
    });
    const hitCounts = countHits(hits);
    if (!item) {
      item = must(
        transition(
          {
            id,
            type: meta.type,
            title: meta.title,
            titleEn: meta.titleEn,
            authorId: meta.authorId,
            authorName: meta.authorName,
            authorType: meta.authorType,
            ...(meta.orgId ? { orgId: meta.orgId } : {}),
            purpose: meta.purpose,
            audience: meta.audience,
            products: meta.products,
            hasCommerceLink: meta.hasCommerceLink,
            ...(liveStartAt ? { liveStartAt } : {}),
            status: 'draft',
            currentVersionId: versionId,
            currentVersionNo: 1,
            hitCounts,
            history: [],
            submittedAt: toIsoCst(t),
            updatedAt: toIsoCst(t),
            version: 0,
          },
          'submit',
          author,
          t,
        ),
      );
    } else {
      item = must(
        transition(item, 'new_version', author, t, { newVersion: { id: versionId, versionNo, hitCounts } }),
      );
    }
    t += r.int(1, 3) * MINUTE;
    item = must(transition(item, 'screen', system, t));
    item = must(transition(item, 'screen', system, t));

    // Which stage ends a returned or rejected version.
    const stopAt: ReviewStage = r.pick(['first', 'first', 'medical', 'compliance'] as const);
    for (;;) {
      const stage = stageOfStatus(item.status);
      if (!stage) break;
      const task: ReviewTask = {
        id: `tsk_${meta.no}_${versionNo}_${stage}`,
        contentId: id,
        versionId,
        versionNo,
        stage,
        status: 'open',
        reasonCodes: [],
        createdAt: toIsoCst(t),
        dueAt: dueAt(stage, t, { liveStartAt: item.liveStartAt }),
        version: 0,
      };
      if (outcome === `open:${stage}`) {
        if (r.chance(0.35)) {
          const holder = r.pick(REVIEWERS[stage]);
          // Within the 10 minutes every open story ends before the seed's "now".
          const claimedAt = t + r.int(1, 10) * MINUTE;
          Object.assign(task, {
            claimedBy: holder.id,
            assigneeId: holder.id,
            claimedAt: toIsoCst(claimedAt),
            version: 1,
          });
        }
        tasks.push(task);
        return;
      }
      const ends =
        (outcome === 'returned' || outcome === 'rejected') && (stage === stopAt || stage === 'compliance');
      const decision: ReviewDecision = ends ? (outcome === 'rejected' ? 'reject' : 'return') : 'pass';
      const suggested = suggestReasons(compared.hits.map((h) => h.ruleId)).slice(0, 2);
      const reasonCodes = decision === 'pass' ? [] : suggested.length ? suggested : ['R99'];
      const comment = decision === 'pass' ? undefined : r.pick(REVIEW_COMMENTS);
      // First review takes hours, the others up to a day and a half: some finish late.
      t += (stage === 'first' ? r.int(20, 360) : r.int(60, 2160)) * MINUTE;
      const reviewer = r.pick(REVIEWERS[stage]);
      const decided = decide(
        item,
        { ...task, claimedBy: reviewer.id, assigneeId: reviewer.id, claimedAt: task.createdAt, version: 1 },
        { decision, reasonCodes, comment },
        { kind: 'user', user: reviewer },
        t,
      );
      if (!decided.ok) throw new Error(`seed ${id}: ${decided.message}`);
      item = decided.item;
      tasks.push(decided.task);
    }
    // The version left review: approved (or straight back to published for a live revision), returned, rejected, auto-rejected.
    if (item.status === 'approved' && (outcome === 'published' || index < meta.outcomes.length - 1)) {
      t += r.int(1, 48) * HOUR;
      item = must(transition(item, 'publish', system, t));
    }
    // The author's next draft, or the wait until the seed's "now".
    t += r.int(4, 72) * HOUR;
  });
  if (!item) throw new Error(`seed ${id}: no version`);
  if (meta.target === 'taken_down' && item.status === 'published') {
    const by = r.pick(TAKEDOWN_BY);
    item = must(
      transition(item, 'takedown', { kind: 'user', user: by }, t, { reason: r.pick(TAKEDOWN_REASONS) }),
    );
  }
  if (meta.target === 'archived' && item.status === 'published')
    item = must(transition(item, 'archive', author, t));
  const last = item.history.at(-1);
  return { items: [item], versions, tasks, end: last ? Date.parse(last.at) : t };
}

let memo: { key: string; data: ContentSeed } | undefined;

/**
 * 600 items laid out before `anchor` by running the real workflow (domain `transition` / `decide`)
 * over generated drafts, so history, tasks, four-eyes and hits are consistent by construction.
 * Each item is simulated twice: once to learn how long its story takes, then again ending where
 * it should (open tasks within the last four days, finished stories up to a month back).
 */
export function seedContentData(seed: number, anchor: number, count = 600): ContentSeed {
  const key = `${seed}:${anchor}:${count}`;
  if (memo?.key === key) return memo.data;
  const cache: ScanCache = new Map();
  const data: ContentSeed = { items: [], versions: [], tasks: [] };
  for (let no = 1; no <= count; no++) {
    const itemSeed = (seed ^ Math.imul(no, 0x9e3779b1)) >>> 0;
    const plan = createRandom(itemSeed);
    const meta = planItem(no, plan);
    const open = meta.outcomes.some((o) => o.startsWith('open:'));
    const endAt = anchor - (open ? plan.int(10, 96 * 60) * MINUTE : plan.int(2 * 60, 30 * 24 * 60) * MINUTE);
    const dry = simulate(meta, itemSeed + 1, anchor, cache);
    const built = simulate(meta, itemSeed + 1, anchor - (dry.end - anchor) - (anchor - endAt), cache);
    data.items.push(...built.items);
    data.versions.push(...built.versions);
    data.tasks.push(...built.tasks);
  }
  memo = { key, data };
  return data;
}

/** The rule library starts as the default rules (rule-set version 1). */
export function seedRules(): RuleRecord[] {
  return DEFAULT_RULES.map((rule) => ({ ...rule }));
}
