import { z } from 'zod';
import { isoDateTimeSchema } from '../common';
import { userSchema } from './roles';

export * from './roles';
export * from './permissions';

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, 'required').max(64),
  password: z.string().min(1, 'required').max(128),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionSchema = z.object({
  token: z.string(),
  expiresAt: isoDateTimeSchema,
  user: userSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const meResponseSchema = z.object({ user: userSchema, expiresAt: isoDateTimeSchema });

/** DOMAIN.md §6.1: a session ends after 30 minutes without a request. */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;

/** Mock mode only: the accounts the login page offers (GET /api/v1/__mock/demo-accounts). */
export const demoAccountsSchema = z.object({ password: z.string(), users: z.array(userSchema) });
