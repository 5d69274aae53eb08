import { z } from 'zod';
import { isoDateTimeSchema, listQuerySchema, multiEnumSchema, pageSchema, sortSchema } from '../common';

/** DOMAIN.md §3.2 */
export const CLAIM_STATUSES = [
  'reported',
  'documents_pending',
  'accepted',
  'under_review',
  'investigating',
  'approved',
  'paid',
  'rejected',
  'appealed',
  'closed',
  'withdrawn',
  'advance_payment_due',
] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

export const CLAIM_MODES = ['reimbursement', 'direct_billing'] as const;

export const claimSchema = z.object({
  id: z.string(),
  claimNo: z.string(),
  insurerOrgId: z.string(),
  policyId: z.string(),
  memberId: z.string(),
  /** Masked per DOMAIN.md §6.4 */
  memberName: z.string(),
  memberBirthYear: z.number().int(),
  source: z.enum(['consultation', 'order', 'offline']),
  sourceRefId: z.string().optional(),
  mode: z.enum(CLAIM_MODES),
  icd10: z.string(),
  amounts: z.object({
    billed: z.number().int(),
    eligible: z.number().int(),
    deductible: z.number().int(),
    approved: z.number().int().optional(),
    paid: z.number().int().optional(),
  }),
  status: claimStatusSchema,
  reportedAt: isoDateTimeSchema,
  decisionDueAt: isoDateTimeSchema,
  version: z.number().int().min(0),
});
export type Claim = z.infer<typeof claimSchema>;

export const CLAIM_SORT_FIELDS = ['reportedAt', 'decisionDueAt', 'billed', 'claimNo'] as const;
export const claimListQuerySchema = listQuerySchema.extend({
  sort: sortSchema(CLAIM_SORT_FIELDS),
  status: multiEnumSchema(CLAIM_STATUSES),
  mode: z.enum(CLAIM_MODES).optional(),
});
export type ClaimListQuery = z.infer<typeof claimListQuerySchema>;
export const claimPageSchema = pageSchema(claimSchema);
