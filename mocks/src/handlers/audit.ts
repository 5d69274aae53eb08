import { http } from 'msw';
import { z } from 'zod';
import { listQuerySchema } from '@careops/domain';
import { auditPageSchema } from '@careops/domain/audit';
import { endpoint, type Server } from '../http/endpoint';
import { listPage } from '../http/list';

const auditQuerySchema = listQuerySchema.extend({
  action: z.string().optional(),
  result: z.enum(['success', 'denied', 'error']).optional(),
  actorId: z.string().optional(),
});

export function auditHandlers(server: Server, api: string) {
  const { db } = server;
  return [
    http.get(
      `${api}/audit/events`,
      endpoint(
        server,
        {
          permission: 'audit.view',
          action: 'audit.view',
          query: auditQuerySchema,
          response: auditPageSchema,
        },
        ({ query }) =>
          listPage(db.audit.all(), query, {
            search: (e) => [e.action, e.resource.id, e.actor.userId],
            filters: [
              query.action !== undefined ? (e) => e.action === query.action : undefined,
              query.result !== undefined ? (e) => e.result === query.result : undefined,
              query.actorId !== undefined ? (e) => e.actor.userId === query.actorId : undefined,
            ],
            sortBy: { ts: (e) => e.id },
            defaultSort: 'ts:desc',
          }),
      ),
    ),
  ];
}
