import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@careops/api';
import { kpiResponseSchema, type KpiQuery } from '@careops/domain/pharmacy';

export const kpiKeys = {
  all: ['pharmacy', 'kpis'] as const,
  query: (query: KpiQuery) => [...kpiKeys.all, query] as const,
};

/** GET /pharmacy/kpis — the server aggregates in-scope orders only (DOMAIN.md §6.3). */
export function useKpis(query: KpiQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    enabled,
    queryKey: kpiKeys.query(query),
    queryFn: ({ signal }) =>
      api.get('/pharmacy/kpis', kpiResponseSchema, {
        query: { from: query.from, to: query.to, storeId: query.storeId },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
