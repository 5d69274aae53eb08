import { z } from 'zod';
import {
  isoDateTimeSchema,
  listQuerySchema,
  localizedTextSchema,
  multiEnumSchema,
  pageSchema,
  sortSchema,
} from '../common';

/** DOMAIN.md §4.1–4.2 */
export const CONTENT_TYPES = ['article', 'video', 'live_script', 'poster'] as const;
export const AUTHOR_TYPES = ['doctor', 'pharmacist', 'pharma', 'editor'] as const;
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
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const contentItemSchema = z.object({
  id: z.string(),
  type: z.enum(CONTENT_TYPES),
  /** Author-written text: render as text, never as HTML. */
  title: z.string(),
  authorId: z.string(),
  authorName: localizedTextSchema,
  authorType: z.enum(AUTHOR_TYPES),
  orgId: z.string().optional(),
  purpose: z.enum(['science', 'disease_education', 'product_promo']),
  audience: z.enum(['public', 'professional']),
  hasCommerceLink: z.boolean(),
  status: z.enum(CONTENT_STATUSES),
  currentVersionNo: z.number().int().min(1),
  submittedAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: z.number().int().min(0),
});
export type ContentItem = z.infer<typeof contentItemSchema>;

export const CONTENT_SORT_FIELDS = ['submittedAt', 'updatedAt', 'title'] as const;
export const contentListQuerySchema = listQuerySchema.extend({
  sort: sortSchema(CONTENT_SORT_FIELDS),
  status: multiEnumSchema(CONTENT_STATUSES),
  type: multiEnumSchema(CONTENT_TYPES),
  authorType: multiEnumSchema(AUTHOR_TYPES),
});
export type ContentListQuery = z.infer<typeof contentListQuerySchema>;
export const contentPageSchema = pageSchema(contentItemSchema);

/** The compliance rule engine of DOMAIN.md §4.3. */
export * from './scan/schema';
export { scanContent, validateRulePattern, type ScanOptions } from './scan/engine';
export { DEFAULT_RULES } from './scan/rules';
