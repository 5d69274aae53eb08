import { z } from 'zod';
import {
  isoDateTimeSchema,
  listQuerySchema,
  localizedTextSchema,
  multiEnumSchema,
  pageSchema,
  queryBooleanSchema,
  sortSchema,
  versionedCommandSchema,
} from '../common';
import {
  AUDIENCES,
  AUTHOR_TYPES,
  CONTENT_STATUSES,
  CONTENT_TYPES,
  PURPOSES,
  REVIEW_STAGES,
  contentItemSchema,
  contentProductSchema,
  contentVersionSchema,
  hitCountsSchema,
  reviewDecisionSchema,
  reviewStageSchema,
  reviewTaskSchema,
} from './model';
import { ruleHitSchema, ruleSchema, ruleSeveritySchema, scanContextSchema } from './scan/schema';
import { DUE_STATES } from './sla';
import { REFUSAL_CODES, validateDecision } from './decision';

// ---- Content library -------------------------------------------------------------------------

export const CONTENT_SORT_FIELDS = ['submittedAt', 'updatedAt', 'title'] as const;
export const contentListQuerySchema = listQuerySchema.extend({
  sort: sortSchema(CONTENT_SORT_FIELDS),
  status: multiEnumSchema(CONTENT_STATUSES),
  type: multiEnumSchema(CONTENT_TYPES),
  authorType: multiEnumSchema(AUTHOR_TYPES),
  /** Items waiting in these review stages. */
  stage: multiEnumSchema(REVIEW_STAGES),
  /** Items whose open review task is past due. */
  overdue: queryBooleanSchema,
  /** Items whose current version has hits of any of these severities. */
  hits: multiEnumSchema(['block', 'high', 'medium'] as const),
  /** Items with a version readers see (including those with a newer version under review). */
  live: queryBooleanSchema,
});
export type ContentListQuery = z.infer<typeof contentListQuerySchema>;
export const contentPageSchema = pageSchema(contentItemSchema);

/** A version without its text, for the version list of the workspace. */
export const contentVersionSummarySchema = contentVersionSchema
  .omit({ body: true, transcript: true, ruleHits: true, resolvedHits: true })
  .extend({
    length: z.number().int().min(0),
    hitCounts: hitCountsSchema,
    resolvedCount: z.number().int().min(0),
  });
export type ContentVersionSummary = z.infer<typeof contentVersionSummarySchema>;

export const contentItemDetailSchema = z.object({
  item: contentItemSchema,
  versions: z.array(contentVersionSummarySchema),
  /** Every review task of every version, oldest first. */
  tasks: z.array(reviewTaskSchema),
});
export type ContentItemDetail = z.infer<typeof contentItemDetailSchema>;

export const takedownCommandSchema = versionedCommandSchema.extend({
  reason: z.string().trim().min(1).max(500),
});

// ---- Review queues ---------------------------------------------------------------------------

export const TASK_SORT_FIELDS = ['dueAt', 'createdAt'] as const;
export const reviewTaskQuerySchema = listQuerySchema.extend({
  sort: sortSchema(TASK_SORT_FIELDS),
  stage: multiEnumSchema(REVIEW_STAGES),
  /** Tasks the caller holds. */
  mine: queryBooleanSchema,
  overdue: queryBooleanSchema,
  /** Open tasks by default; `all` adds decided and cancelled ones. */
  status: z.enum(['open', 'all']).default('open'),
});
export type ReviewTaskQuery = z.infer<typeof reviewTaskQuerySchema>;

/**
 * Why a queue or task row may not be decided by the caller, as a code the UI translates: the
 * workflow's refusal codes (FORBIDDEN: not this stage or no licence; FOUR_EYES; AUTHOR_ORG;
 * INVALID_TRANSITION: the item is no longer in this stage), plus READ_ONLY (the caller reviews no
 * stage at all), CLOSED (the task is decided or cancelled) and CLAIMED_BY_OTHER.
 */
export const TASK_REFUSAL_CODES = [...REFUSAL_CODES, 'READ_ONLY', 'CLOSED', 'CLAIMED_BY_OTHER'] as const;
export const taskRefusalCodeSchema = z.enum(TASK_REFUSAL_CODES);
export type TaskRefusalCode = z.infer<typeof taskRefusalCodeSchema>;

export const reviewTaskRowSchema = reviewTaskSchema.extend({
  item: contentItemSchema.pick({
    title: true,
    titleEn: true,
    type: true,
    authorType: true,
    orgId: true,
    purpose: true,
    audience: true,
    hasCommerceLink: true,
    liveStartAt: true,
    hitCounts: true,
    status: true,
  }),
  dueState: z.enum(DUE_STATES),
  claimedByName: localizedTextSchema.optional(),
  /** Whether the caller could claim and decide it; when not, why (read-only viewers, four-eyes…). */
  canDecide: z.boolean(),
  /** Why not, in English (for logs and API users); the UI translates `refusalCode`. */
  refusal: z.string().optional(),
  refusalCode: taskRefusalCodeSchema.optional(),
});
export type ReviewTaskRow = z.infer<typeof reviewTaskRowSchema>;
export const reviewTaskPageSchema = pageSchema(reviewTaskRowSchema);

export const taskCommandSchema = versionedCommandSchema.pick({ version: true });

export const decideCommandSchema = z
  .object({
    version: z.number().int().min(0),
    decision: reviewDecisionSchema,
    reasonCodes: z.array(z.string()).max(13).default([]),
    comment: z.string().trim().max(2000).optional(),
  })
  .superRefine((input, ctx) => {
    for (const [path, messages] of Object.entries(validateDecision(input) ?? {})) {
      for (const message of messages) ctx.addIssue({ code: 'custom', path: [path], message });
    }
  });
export type DecideCommand = z.infer<typeof decideCommandSchema>;

export const decideResultSchema = z.object({
  item: contentItemSchema,
  task: reviewTaskSchema,
  /** The task of the next stage, when the version moves on. */
  nextTask: reviewTaskSchema.optional(),
});

// ---- Author portal simulation (mock only) ----------------------------------------------------

export const submissionSchema = z
  .object({
    type: z.enum(CONTENT_TYPES),
    title: z.string().trim().min(1).max(120),
    body: z.string().min(1).max(50_000),
    transcript: z.string().max(50_000).optional(),
    authorType: z.enum(AUTHOR_TYPES),
    authorId: z.string().min(1).optional(),
    authorName: z.string().min(1).optional(),
    orgId: z.string().optional(),
    purpose: z.enum(PURPOSES),
    audience: z.enum(AUDIENCES),
    products: z.array(contentProductSchema).default([]),
    hasCommerceLink: z.boolean().default(false),
    liveStartAt: isoDateTimeSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.type === 'live_script' && !s.liveStartAt) {
      ctx.addIssue({ code: 'custom', path: ['liveStartAt'], message: 'A live script needs its start time.' });
    }
    if (s.authorType === 'pharma' && !s.orgId) {
      ctx.addIssue({
        code: 'custom',
        path: ['orgId'],
        message: 'A pharma author belongs to an organisation.',
      });
    }
  });
export type Submission = z.infer<typeof submissionSchema>;

export const newVersionCommandSchema = z.object({
  body: z.string().min(1).max(50_000),
  transcript: z.string().max(50_000).optional(),
});

export const publishCommandSchema = z.object({
  version: z.number().int().min(0),
  /** A future time schedules publication; none publishes now. */
  at: isoDateTimeSchema.optional(),
});

export const submissionResultSchema = z.object({
  item: contentItemSchema,
  version: contentVersionSchema,
  /** The first-review task, unless auto-screening rejected the version. */
  task: reviewTaskSchema.optional(),
});

// ---- Rule library ----------------------------------------------------------------------------

export const ruleRecordSchema = ruleSchema.extend({
  updatedAt: isoDateTimeSchema.optional(),
  updatedBy: z.string().optional(),
});
export type RuleRecord = z.infer<typeof ruleRecordSchema>;

export const ruleListSchema = z.object({
  items: z.array(ruleRecordSchema),
  /** Bumped by every rule edit; each screened version records the one it used. */
  ruleSetVersion: z.number().int().min(1),
});

export const ruleEditableSchema = ruleSchema.pick({ enabled: true, pattern: true, severity: true });
export const rulePatchSchema = z.object({
  version: z.number().int().min(1),
  enabled: z.boolean().optional(),
  pattern: z.string().max(5000).optional(),
  severity: ruleSeveritySchema.optional(),
  reason: z.string().trim().max(500).optional(),
});

export const ruleHistoryEntrySchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  /** The rule's version after the edit. */
  ruleVersion: z.number().int().min(1),
  ruleSetVersion: z.number().int().min(1),
  before: ruleEditableSchema,
  after: ruleEditableSchema,
  at: isoDateTimeSchema,
  by: z.string(),
  reason: z.string().optional(),
});
export type RuleHistoryEntry = z.infer<typeof ruleHistoryEntrySchema>;
export const ruleHistorySchema = z.object({ items: z.array(ruleHistoryEntrySchema) });

export const ruleTestCommandSchema = z.object({
  /** A pattern to try: alone, as an ad-hoc regex rule; with `ruleId`, in place of that rule's pattern. */
  pattern: z.string().max(5000).optional(),
  /** Test this rule only; without `pattern` and `ruleId`, the whole current rule set. */
  ruleId: z.string().optional(),
  text: z.string().min(1).max(50_000),
  context: scanContextSchema.optional(),
});
export const ruleTestResultSchema = z.object({
  hits: z.array(ruleHitSchema),
  ruleSetVersion: z.number().int().min(1),
});

// ---- Compliance dashboard --------------------------------------------------------------------

export const contentDashboardQuerySchema = z.object({
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
});

const stageNumbers = z.object({ first: z.number(), medical: z.number(), compliance: z.number() });

export const contentDashboardSchema = z.object({
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
  /** Wall-clock hours from task creation to decision, for tasks decided in the period. */
  turnaround: z.array(
    z.object({
      stage: reviewStageSchema,
      decided: z.number().int().min(0),
      medianHours: z.number().nullable(),
      avgHours: z.number().nullable(),
    }),
  ),
  /** Versions whose review ended in the period that passed every stage at the first submission (0–1). */
  firstPassApprovalRate: z.number().min(0).max(1).nullable(),
  /** Versions screened in the period that auto-screening rejected (0–1). */
  autoBlockRate: z.number().min(0).max(1).nullable(),
  screened: z.number().int().min(0),
  topRuleHits: z.array(z.object({ ruleId: z.string(), count: z.number().int().min(0) })),
  /** Open tasks past due now, by stage. */
  overdueByStage: stageNumbers,
  /** Published content taken down in the period. */
  takedowns: z.number().int().min(0),
  reviewerThroughput: z.array(
    z.object({
      reviewerId: z.string(),
      name: localizedTextSchema.optional(),
      decided: z.number().int().min(0),
      byStage: stageNumbers,
    }),
  ),
});
export type ContentDashboard = z.infer<typeof contentDashboardSchema>;
