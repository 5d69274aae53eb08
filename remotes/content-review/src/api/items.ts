import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, type QueryParams } from '@careops/api';
import { auditPageSchema } from '@careops/domain/audit';
import {
  contentItemDetailSchema,
  contentItemSchema,
  contentPageSchema,
  contentVersionSchema,
  takedownCommandSchema,
  type ContentItem,
} from '@careops/domain/content';
import type { z } from 'zod';

export const itemKeys = {
  all: ['content', 'items'] as const,
  list: (query: QueryParams) => [...itemKeys.all, 'list', query] as const,
  detail: (id: string) => [...itemKeys.all, 'detail', id] as const,
  audit: (id: string) => [...itemKeys.all, 'audit', id] as const,
  version: (id: string, versionNo: number) => [...itemKeys.all, 'version', id, versionNo] as const,
};

export const contentItemsQuery = (query: QueryParams) =>
  queryOptions({
    queryKey: itemKeys.list(query),
    queryFn: ({ signal }) => api.get('/content/items', contentPageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });

export function useContentItems(query: QueryParams) {
  return useQuery(contentItemsQuery(query));
}

const fetchDetail = (id: string, signal: AbortSignal) =>
  api.get(`/content/items/${encodeURIComponent(id)}`, contentItemDetailSchema, { signal });

export function useContentItem(id: string) {
  return useQuery({
    queryKey: itemKeys.detail(id),
    queryFn: ({ signal }) => fetchDetail(id, signal),
    select: (detail) => detail.item,
  });
}

/** The item with its versions and every review task (same cache entry as `useContentItem`). */
export function useContentItemDetail(id: string) {
  return useQuery({
    queryKey: itemKeys.detail(id),
    queryFn: ({ signal }) => fetchDetail(id, signal),
  });
}

/** One version with its text and stored rule hits. */
export function useContentVersion(id: string, versionNo: number | undefined) {
  return useQuery({
    enabled: versionNo !== undefined,
    queryKey: itemKeys.version(id, versionNo ?? 0),
    queryFn: ({ signal }) =>
      api.get(
        `/content/items/${encodeURIComponent(id)}/versions/${String(versionNo ?? 0)}`,
        contentVersionSchema,
        { signal },
      ),
  });
}

/** The read-only audit trail of one item, oldest first (an item's trail stays well under a page of 100). */
export function useContentAudit(id: string) {
  return useQuery({
    queryKey: itemKeys.audit(id),
    queryFn: ({ signal }) =>
      api.get(`/content/items/${encodeURIComponent(id)}/audit`, auditPageSchema, {
        query: { pageSize: 100, sort: 'ts:asc' },
        signal,
      }),
  });
}

export type TakedownCommand = z.input<typeof takedownCommandSchema>;

export function useTakedown() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: TakedownCommand }) =>
      api.post(
        `/content/items/${encodeURIComponent(id)}/takedown`,
        takedownCommandSchema.parse(command),
        contentItemSchema,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: itemKeys.all }),
  });
}

/** The item as it is now, from a 409 answer (`details.current`), when the server sent it. */
export function conflictingItem(error: unknown): ContentItem | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  const parsed = contentItemSchema.safeParse(error.details['current']);
  return parsed.success ? parsed.data : null;
}
