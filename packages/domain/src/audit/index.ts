import { z } from 'zod';
import { isoDateTimeSchema, pageSchema } from '../common';
import { roleSchema } from '../auth/roles';
import { sha256Hex } from './sha256';

export { sha256Hex };

/** DOMAIN.md §6.5 */
export const auditEventSchema = z.object({
  id: z.string(),
  ts: isoDateTimeSchema,
  actor: z.object({
    userId: z.string(),
    role: roleSchema.or(z.literal('anonymous')),
    orgId: z.string().optional(),
    ip: z.string(),
    client: z.string(),
  }),
  action: z.string(),
  resource: z.object({ type: z.string(), id: z.string(), orgId: z.string().optional() }),
  before: z.record(z.string(), z.unknown()).optional(),
  after: z.record(z.string(), z.unknown()).optional(),
  reason: z.string().optional(),
  result: z.enum(['success', 'denied', 'error']),
  requestId: z.string(),
  piiFields: z.array(z.string()).optional(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditPageSchema = pageSchema(auditEventSchema);

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an event covers every field but `hash` itself, chained to the previous event. */
export function hashAuditEvent(event: Omit<AuditEvent, 'hash'>): string {
  const { prevHash, ...rest } = event;
  return sha256Hex(prevHash + canonicalJson(rest));
}

/** JSON with object keys sorted at every depth, so equal events hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Index of the first event whose hash or link is wrong, or -1 when the chain holds. */
export function verifyAuditChain(events: readonly AuditEvent[]): number {
  let prev = GENESIS_HASH;
  for (const [i, event] of events.entries()) {
    const { hash, ...rest } = event;
    if (event.prevHash !== prev || hashAuditEvent(rest) !== hash) return i;
    prev = hash;
  }
  return -1;
}
