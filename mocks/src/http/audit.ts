import { toIsoCst } from '@careops/domain';
import type { User } from '@careops/domain/auth';
import { GENESIS_HASH, hashAuditEvent, type AuditEvent } from '@careops/domain/audit';
import type { Database } from '../db/database';
import { ulid } from '../db/ulid';

export interface AuditInput {
  actor: User | null;
  action: string;
  resource: AuditEvent['resource'];
  result: AuditEvent['result'];
  requestId: string;
  client?: string;
  reason?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  piiFields?: string[];
}

/** Appends one event to the hash-chained, append-only audit log (DOMAIN.md §6.5). */
export function writeAudit(db: Database, input: AuditInput): AuditEvent {
  const last = db.audit.all().at(-1);
  const now = db.now();
  const event: Omit<AuditEvent, 'hash'> = {
    id: ulid(now),
    ts: toIsoCst(now),
    actor: {
      userId: input.actor?.id ?? 'anonymous',
      role: input.actor?.role ?? 'anonymous',
      ...(input.actor?.orgIds[0] ? { orgId: input.actor.orgIds[0] } : {}),
      ip: '127.0.0.1',
      client: input.client ?? 'careops-console',
    },
    action: input.action,
    resource: input.resource,
    result: input.result,
    requestId: input.requestId,
    prevHash: last?.hash ?? GENESIS_HASH,
    ...(input.reason ? { reason: input.reason } : {}),
    ...(input.before ? { before: input.before } : {}),
    ...(input.after ? { after: input.after } : {}),
    ...(input.piiFields ? { piiFields: input.piiFields } : {}),
  };
  return db.audit.put({ ...event, hash: hashAuditEvent(event) });
}
