import { z } from 'zod';
import {
  isoDateTimeSchema,
  listQuerySchema,
  localizedTextSchema,
  multiEnumSchema,
  pageSchema,
  sortSchema,
} from '../common';

/** DOMAIN.md §5.1 */
export const REPORT_REASONS = [
  'misinformation',
  'drug_selling',
  'spam',
  'contact_leak',
  'harassment',
  'privacy',
  'self_harm',
  'other',
] as const;
export const CASE_PRIORITIES = ['p1', 'p2', 'p3'] as const;
export const CASE_STATUSES = ['open', 'in_review', 'resolved', 'appealed', 'closed'] as const;

export const moderationCaseSchema = z.object({
  id: z.string(),
  userId: z.string(),
  /** Moderators see nicknames only (DOMAIN.md §6.4). */
  userNickname: z.string(),
  circleId: z.string(),
  circleName: localizedTextSchema,
  /** User-written text: render as text, never as HTML. */
  excerpt: z.string(),
  reasons: z.array(z.enum(REPORT_REASONS)),
  reportCount: z.number().int().min(0),
  priority: z.enum(CASE_PRIORITIES),
  status: z.enum(CASE_STATUSES),
  assigneeId: z.string().optional(),
  createdAt: isoDateTimeSchema,
  dueAt: isoDateTimeSchema,
  version: z.number().int().min(0),
});
export type ModerationCase = z.infer<typeof moderationCaseSchema>;

export const CASE_SORT_FIELDS = ['createdAt', 'dueAt', 'priority', 'reportCount'] as const;
export const caseListQuerySchema = listQuerySchema.extend({
  sort: sortSchema(CASE_SORT_FIELDS),
  status: multiEnumSchema(CASE_STATUSES),
  priority: multiEnumSchema(CASE_PRIORITIES),
  reason: z.enum(REPORT_REASONS).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;
export const casePageSchema = pageSchema(moderationCaseSchema);
