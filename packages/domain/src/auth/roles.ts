import { z } from 'zod';

/** DOMAIN.md §6.1 */
export const ROLES = ['ADM', 'MED', 'CMP', 'MOD', 'PHA', 'INS', 'AUD'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles whose data is limited to their own organisations (DOMAIN.md §6.3). */
export const PARTNER_ROLES: readonly Role[] = ['PHA', 'INS'];

export const reviewLevelSchema = z.enum(['L1', 'L2']);
export type ReviewLevel = z.infer<typeof reviewLevelSchema>;

export const userAttributesSchema = z.object({
  licensedPhysician: z.boolean().optional(),
  licensedPharmacist: z.boolean().optional(),
  reviewLevel: reviewLevelSchema.optional(),
});
export type UserAttributes = z.infer<typeof userAttributesSchema>;

export const orgSchema = z.object({
  id: z.string(),
  kind: z.enum(['platform', 'pharmacy', 'insurer']),
  name: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
});
export type Org = z.infer<typeof orgSchema>;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
  role: roleSchema,
  orgIds: z.array(z.string()),
  storeIds: z.array(z.string()).optional(),
  attributes: userAttributesSchema,
});
export type User = z.infer<typeof userSchema>;
