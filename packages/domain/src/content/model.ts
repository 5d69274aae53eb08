import { z } from 'zod';
import type { Permission } from '../auth/permissions';
import { isoDateTimeSchema, localizedTextSchema } from '../common';
import { PRODUCT_CATEGORIES, ruleHitSchema } from './scan/schema';

/** DOMAIN.md §4.1–4.2 */
export const CONTENT_TYPES = ['article', 'video', 'live_script', 'poster'] as const;
export const AUTHOR_TYPES = ['doctor', 'pharmacist', 'pharma', 'editor'] as const;
export const PURPOSES = ['science', 'disease_education', 'product_promo'] as const;
export const AUDIENCES = ['public', 'professional'] as const;
export const CONTENT_STATUSES = [
  'draft',
  'submitted',
  'auto_screening',
  'auto_rejected',
  'first_review',
  'medical_review',
  'compliance_review',
  'returned',
  'rejected',
  'approved',
  'scheduled',
  'published',
  'taken_down',
  'archived',
] as const;
export const contentStatusSchema = z.enum(CONTENT_STATUSES);
export type ContentStatus = z.infer<typeof contentStatusSchema>;

export const REVIEW_STAGES = ['first', 'medical', 'compliance'] as const;
export const reviewStageSchema = z.enum(REVIEW_STAGES);
export type ReviewStage = z.infer<typeof reviewStageSchema>;

/** The item status while a version waits in a stage, and back. */
export const STAGE_STATUS = {
  first: 'first_review',
  medical: 'medical_review',
  compliance: 'compliance_review',
} as const satisfies Record<ReviewStage, ContentStatus>;

export function stageOfStatus(status: ContentStatus): ReviewStage | undefined {
  return REVIEW_STAGES.find((s) => STAGE_STATUS[s] === status);
}

export const CONTENT_ACTIONS = [
  'submit',
  'screen',
  'pass',
  'return',
  'reject',
  'schedule',
  'publish',
  'takedown',
  'archive',
  'new_version',
] as const;
export const contentActionSchema = z.enum(CONTENT_ACTIONS);
export type ContentAction = z.infer<typeof contentActionSchema>;

export const REVIEW_DECISIONS = ['pass', 'return', 'reject'] as const;
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const contentProductSchema = z.object({
  skuId: z.string().min(1),
  /** As the author wrote it; the scanner looks for it in the text. */
  name: z.string().optional(),
  category: z.enum(PRODUCT_CATEGORIES),
  otcClass: z.enum(['a', 'b']).optional(),
  adApprovalNo: z.string().optional(),
});
export type ContentProduct = z.infer<typeof contentProductSchema>;

/** DOMAIN.md §0: every transition appends one entry. `versionNo` ties a decision to the version it judged. */
export const contentHistoryEntrySchema = z.object({
  from: contentStatusSchema,
  to: contentStatusSchema,
  action: contentActionSchema,
  at: isoDateTimeSchema,
  /** `system` for auto-screening and scheduled publication; the author's id for author actions. */
  actorId: z.string(),
  actorRole: z.string(),
  versionNo: z.number().int().min(1),
  stage: reviewStageSchema.optional(),
  reasonCodes: z.array(z.string()).optional(),
  reason: z.string().optional(),
});
export type ContentHistoryEntry = z.infer<typeof contentHistoryEntrySchema>;

export const hitCountsSchema = z.object({
  block: z.number().int().min(0),
  high: z.number().int().min(0),
  medium: z.number().int().min(0),
});
export type HitCounts = z.infer<typeof hitCountsSchema>;

export const takedownSchema = z.object({ by: z.string(), reason: z.string(), at: isoDateTimeSchema });

export const contentItemSchema = z.object({
  id: z.string(),
  type: z.enum(CONTENT_TYPES),
  /** Author-written text: render as text, never as HTML. */
  title: z.string(),
  /** An English rendering for the English UI; the title itself stays the author's text. */
  titleEn: z.string().optional(),
  authorId: z.string(),
  authorName: localizedTextSchema,
  authorType: z.enum(AUTHOR_TYPES),
  orgId: z.string().optional(),
  purpose: z.enum(PURPOSES),
  audience: z.enum(AUDIENCES),
  products: z.array(contentProductSchema),
  hasCommerceLink: z.boolean(),
  liveStartAt: isoDateTimeSchema.optional(),
  /** The workflow state of the current (newest) version. */
  status: contentStatusSchema,
  currentVersionId: z.string(),
  currentVersionNo: z.number().int().min(1),
  /** The version readers see; it stays live while a newer version is under review. */
  publishedVersionId: z.string().optional(),
  publishedVersionNo: z.number().int().min(1).optional(),
  /** Rule hits of the current version, by severity (list filters, routing). */
  hitCounts: hitCountsSchema,
  takedown: takedownSchema.optional(),
  history: z.array(contentHistoryEntrySchema),
  submittedAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: z.number().int().min(0),
});
export type ContentItem = z.infer<typeof contentItemSchema>;

export const HIT_STATUSES = ['new', 'resolved', 'persisting'] as const;
/** A hit as stored with a version: compared with the previous version's hits (DOMAIN.md §4.4). */
export const storedRuleHitSchema = ruleHitSchema.extend({ status: z.enum(HIT_STATUSES) });
export type StoredRuleHit = z.infer<typeof storedRuleHitSchema>;

export const contentVersionSchema = z.object({
  id: z.string(),
  contentId: z.string(),
  versionNo: z.number().int().min(1),
  /** Author text: render as text, never as HTML. */
  body: z.string(),
  /** Video ASR transcript; screened together with the body. */
  transcript: z.string().optional(),
  submittedBy: z.string(),
  submittedAt: isoDateTimeSchema,
  /** Hits in this version's text (offsets into `body`, then `transcript` after a blank line), new or persisting. */
  ruleHits: z.array(storedRuleHitSchema),
  /** Hits of the previous version gone from this one; offsets into the previous version's text. */
  resolvedHits: z.array(storedRuleHitSchema),
  /** The rule-set version auto-screening used. */
  ruleSetVersion: z.number().int().min(1),
});
export type ContentVersion = z.infer<typeof contentVersionSchema>;

export const TASK_STATUSES = ['open', 'decided', 'cancelled'] as const;

/** DOMAIN.md §4.1, plus the claim that keeps two reviewers off one task and a version for concurrency. */
export const reviewTaskSchema = z.object({
  id: z.string(),
  contentId: z.string(),
  versionId: z.string(),
  versionNo: z.number().int().min(1),
  stage: reviewStageSchema,
  status: z.enum(TASK_STATUSES),
  /** Who works (or worked) the task: set on claim, kept on decision. */
  assigneeId: z.string().optional(),
  claimedBy: z.string().optional(),
  claimedAt: isoDateTimeSchema.optional(),
  decision: reviewDecisionSchema.optional(),
  decidedBy: z.string().optional(),
  reasonCodes: z.array(z.string()),
  comment: z.string().optional(),
  createdAt: isoDateTimeSchema,
  dueAt: isoDateTimeSchema,
  decidedAt: isoDateTimeSchema.optional(),
  version: z.number().int().min(0),
});
export type ReviewTask = z.infer<typeof reviewTaskSchema>;

export function countHits(hits: readonly { severity: keyof HitCounts }[]): HitCounts {
  const counts: HitCounts = { block: 0, high: 0, medium: 0 };
  for (const h of hits) counts[h.severity] += 1;
  return counts;
}

/** What a version is screened as: body, then the transcript, one blank line apart. */
export function screenedText(version: Pick<ContentVersion, 'body' | 'transcript'>): string {
  return version.transcript ? `${version.body}\n\n${version.transcript}` : version.body;
}

/** Who decides each stage (DOMAIN.md §6.2); here rather than in the workflow, so a page that only lists tasks stays small. */
export const STAGE_PERMISSION = {
  first: 'content.review.first',
  medical: 'content.review.medical',
  compliance: 'content.review.compliance',
} as const satisfies Record<ReviewStage, Permission>;
