import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '@careops/api';
import { claimPageSchema, claimSchema } from '@careops/domain/insurance';

export const claimKeys = {
  all: ['insurance', 'claims'] as const,
  list: (query: QueryParams) => [...claimKeys.all, 'list', query] as const,
  detail: (id: string) => [...claimKeys.all, 'detail', id] as const,
};

export const claimsQuery = (query: QueryParams) =>
  queryOptions({
    queryKey: claimKeys.list(query),
    queryFn: ({ signal }) => api.get('/insurance/claims', claimPageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });

/** The claim list's params: the page and the nav link's prefetch read the URL the same way. */
export const claimListOptions = {
  filters: ['status', 'mode'] as const,
  defaultSort: 'reportedAt:desc',
  prefetch: claimsQuery,
};

export function useClaims(query: QueryParams) {
  return useQuery(claimsQuery(query));
}

export function useClaim(id: string) {
  return useQuery({
    queryKey: claimKeys.detail(id),
    queryFn: ({ signal }) => api.get(`/insurance/claims/${encodeURIComponent(id)}`, claimSchema, { signal }),
  });
}
