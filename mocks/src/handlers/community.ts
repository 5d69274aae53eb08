import { http } from 'msw';
import { caseListQuerySchema, casePageSchema, moderationCaseSchema } from '@careops/domain/community';
import { endpoint, type Server } from '../http/endpoint';
import { notFound } from '../http/errors';
import { listPage } from '../http/list';

const PRIORITY_RANK = { p1: 1, p2: 2, p3: 3 } as const;

export function communityHandlers(server: Server, api: string) {
  const { db } = server;
  return [
    http.get(
      `${api}/community/cases`,
      endpoint(
        server,
        {
          permission: 'community.queue.view',
          action: 'community.queue.view',
          query: caseListQuerySchema,
          response: casePageSchema,
        },
        ({ query }) =>
          listPage(db.cases.all(), query, {
            search: (c) => [c.id, c.userNickname, c.excerpt],
            filters: [
              query.status && ((c) => query.status?.includes(c.status) ?? true),
              query.priority && ((c) => query.priority?.includes(c.priority) ?? true),
              query.reason !== undefined ? (c) => c.reasons.includes(query.reason ?? 'other') : undefined,
            ],
            sortBy: {
              createdAt: (c) => c.createdAt,
              dueAt: (c) => c.dueAt,
              priority: (c) => PRIORITY_RANK[c.priority],
              reportCount: (c) => c.reportCount,
            },
            defaultSort: 'dueAt:asc',
          }),
      ),
    ),
    http.get(
      `${api}/community/cases/:id`,
      endpoint(
        server,
        {
          permission: 'community.queue.view',
          action: 'community.queue.view',
          response: moderationCaseSchema,
        },
        ({ params }) => {
          const found = db.cases.get(params.id ?? '');
          if (!found) throw notFound('Case');
          return found;
        },
      ),
    ),
  ];
}
