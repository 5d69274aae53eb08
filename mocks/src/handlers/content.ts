import { http } from 'msw';
import { contentItemSchema, contentListQuerySchema, contentPageSchema } from '@careops/domain/content';
import { endpoint, type Server } from '../http/endpoint';
import { notFound } from '../http/errors';
import { listPage } from '../http/list';

export function contentHandlers(server: Server, api: string) {
  const { db } = server;
  return [
    http.get(
      `${api}/content/items`,
      endpoint(
        server,
        {
          permission: 'content.view',
          action: 'content.view',
          query: contentListQuerySchema,
          response: contentPageSchema,
        },
        ({ query }) =>
          listPage(db.content.all(), query, {
            search: (c) => [c.title, c.id, c.authorName['zh-CN'], c.authorName['en-US']],
            filters: [
              query.status && ((c) => query.status?.includes(c.status) ?? true),
              query.type && ((c) => query.type?.includes(c.type) ?? true),
              query.authorType && ((c) => query.authorType?.includes(c.authorType) ?? true),
            ],
            sortBy: {
              submittedAt: (c) => c.submittedAt,
              updatedAt: (c) => c.updatedAt,
              title: (c) => c.title,
            },
            defaultSort: 'submittedAt:desc',
          }),
      ),
    ),
    http.get(
      `${api}/content/items/:id`,
      endpoint(
        server,
        { permission: 'content.view', action: 'content.view', response: contentItemSchema },
        ({ params }) => {
          const item = db.content.get(params.id ?? '');
          if (!item) throw notFound('Content item');
          return item;
        },
      ),
    ),
  ];
}
