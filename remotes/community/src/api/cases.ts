import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '@careops/api';
import { casePageSchema, moderationCaseSchema } from '@careops/domain/community';

export const caseKeys = {
  all: ['community', 'cases'] as const,
  list: (query: QueryParams) => [...caseKeys.all, 'list', query] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
};

export const casesQuery = (query: QueryParams) =>
  queryOptions({
    queryKey: caseKeys.list(query),
    queryFn: ({ signal }) => api.get('/community/cases', casePageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });

/** The case list's params: the page and the nav link's prefetch read the URL the same way. */
export const caseListOptions = {
  filters: ['status', 'priority', 'reason'] as const,
  defaultSort: 'dueAt:asc',
  prefetch: casesQuery,
};

export function useCases(query: QueryParams) {
  return useQuery(casesQuery(query));
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) =>
      api.get(`/community/cases/${encodeURIComponent(id)}`, moderationCaseSchema, { signal }),
  });
}
