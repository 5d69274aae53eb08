import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '@careops/api';
import { contentItemDetailSchema, contentPageSchema } from '@careops/domain/content';

export const itemKeys = {
  all: ['content', 'items'] as const,
  list: (query: QueryParams) => [...itemKeys.all, 'list', query] as const,
  detail: (id: string) => [...itemKeys.all, 'detail', id] as const,
};

export function useContentItems(query: QueryParams) {
  return useQuery({
    queryKey: itemKeys.list(query),
    queryFn: ({ signal }) => api.get('/content/items', contentPageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useContentItem(id: string) {
  return useQuery({
    queryKey: itemKeys.detail(id),
    queryFn: ({ signal }) =>
      api.get(`/content/items/${encodeURIComponent(id)}`, contentItemDetailSchema, { signal }),
    // The detail also carries versions and tasks; this page shows the item (the workspace will use the rest).
    select: (detail) => detail.item,
  });
}
