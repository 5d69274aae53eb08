import { http } from 'msw';
import { toIsoCst } from '@careops/domain';
import {
  breachRulesRecordSchema,
  breachRulesUpdateInputSchema,
  type BreachRules,
  type BreachRulesRecord,
  type BreachRulesTimeline,
} from '@careops/domain/doctors';
import type { Database } from '../db/database';
import { writeAudit } from '../http/audit';
import { endpoint, type Server } from '../http/endpoint';
import { badRequest, conflict } from '../http/errors';
import { breachRulesRowId, type BreachRulesRow } from '../seed/breach-rules';

/*
 * §1.4 "admin-editable defaults": the breach rules as one versioned record. Every server
 * evaluation reads them from here — the latest version for the clocks running now, the version
 * in force at the time for a system action the clock took (see thresholdCrossedAt).
 */

function rowsOf(db: Database): BreachRulesRow[] {
  return db.breachRules.all().sort((a, b) => a.version - b.version);
}

/** The version in force now. */
export function currentBreachRulesRow(db: Database): BreachRulesRow {
  const row = rowsOf(db).at(-1);
  if (!row) throw new Error('the breach rules table is empty');
  return row;
}

/** The rules every clock running now is judged by. */
export function currentBreachRules(db: Database): BreachRules {
  return currentBreachRulesRow(db).rules;
}

/** Every version with the moment it came into force, oldest first (never earlier than the one before). */
export function breachRulesTimeline(db: Database): BreachRulesTimeline {
  let last = -Infinity;
  return rowsOf(db).map((row) => {
    last = Math.max(last, Date.parse(row.updatedAt));
    return { fromMs: last, rules: row.rules };
  });
}

function recordOf(db: Database, row: BreachRulesRow): BreachRulesRecord {
  const { id: _id, ...record } = row;
  const user = db.users.get(row.updatedBy);
  return { ...record, ...(user ? { updatedByName: user.displayName } : {}) };
}

/** Leaf values by dotted path, e.g. `frtNormal.warnSeconds`; arrays are leaves. */
function leaves(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out[prefix] = value;
  }
  return out;
}

/** Only the thresholds that changed, before and after: what the audit event shows. */
export function breachRulesDiff(before: BreachRules, after: BreachRules) {
  const a = leaves(before);
  const b = leaves(after);
  const changed = Object.keys(b).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
  return {
    before: Object.fromEntries(changed.map((key) => [key, a[key]])),
    after: Object.fromEntries(changed.map((key) => [key, b[key]])),
  };
}

/** GET and PUT /doctors/breach-rules. `onChange` drops whatever was computed with the old rules. */
export function breachRulesHandlers(server: Server, api: string, onChange: () => void) {
  const { db } = server;
  return [
    http.get(
      `${api}/doctors/breach-rules`,
      endpoint(
        server,
        { permission: 'sla.view', action: 'sla.view', response: breachRulesRecordSchema },
        () => recordOf(db, currentBreachRulesRow(db)),
      ),
    ),

    http.put(
      `${api}/doctors/breach-rules`,
      endpoint(
        server,
        {
          // ADM only (§1.4 admin-editable); a refusal is audited by the endpoint.
          permission: 'breach.rules.manage',
          action: 'breach.rules.update',
          body: breachRulesUpdateInputSchema,
          response: breachRulesRecordSchema,
        },
        ({ body, user, requestId }) => {
          const current = currentBreachRulesRow(db);
          if (body.version !== current.version)
            throw conflict('The breach rules were changed by someone else; review them and save again.', {
              current: recordOf(db, current),
            });
          const diff = breachRulesDiff(current.rules, body.rules);
          if (Object.keys(diff.after).length === 0)
            throw badRequest({ _: ['Nothing to change.'] }, 'The edit changes nothing.');
          const version = current.version + 1;
          const row: BreachRulesRow = {
            id: breachRulesRowId(version),
            version,
            rules: body.rules,
            updatedAt: toIsoCst(db.now()),
            updatedBy: user.id,
            reason: body.reason,
          };
          db.breachRules.put(row);
          onChange();
          writeAudit(db, {
            actor: user,
            action: 'breach.rules.update',
            resource: { type: 'breach_rules', id: 'doctors' },
            result: 'success',
            requestId,
            reason: body.reason,
            before: { ...diff.before, version: current.version },
            after: { ...diff.after, version },
          });
          return recordOf(db, row);
        },
      ),
    ),
  ];
}
