import { useQuery } from '@tanstack/react-query';
import { api } from '@careops/api';
import { contentItemDetailSchema, contentVersionSchema, ruleListSchema } from '@careops/domain/content';
import { itemKeys } from './items';

/** The item with its version summaries and every review task (the workspace's context). */
export function useContentDetail(itemId: string) {
  return useQuery({
    queryKey: itemKeys.detail(itemId),
    queryFn: ({ signal }) =>
      api.get(`/content/items/${encodeURIComponent(itemId)}`, contentItemDetailSchema, { signal }),
    enabled: itemId !== '',
  });
}

export const versionKeys = {
  one: (itemId: string, versionNo: number) => ['content', 'versions', itemId, versionNo] as const,
};

/** One version's text and hits; a version never changes once submitted. */
export function useContentVersion(itemId: string, versionNo: number | undefined) {
  return useQuery({
    queryKey: versionKeys.one(itemId, versionNo ?? 0),
    queryFn: ({ signal }) =>
      api.get(
        `/content/items/${encodeURIComponent(itemId)}/versions/${String(versionNo ?? 0)}`,
        contentVersionSchema,
        { signal },
      ),
    enabled: itemId !== '' && versionNo !== undefined,
    staleTime: Infinity,
  });
}

export function useRules() {
  return useQuery({
    queryKey: ['content', 'rules'] as const,
    queryFn: ({ signal }) => api.get('/content/rules', ruleListSchema, { signal }),
    staleTime: 5 * 60_000,
  });
}
