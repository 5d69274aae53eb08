import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@careops/api';
import { contentDashboardSchema } from '@careops/domain/content';

export const dashboardKeys = {
  all: ['content', 'dashboard'] as const,
  range: (from: string, to: string) => [...dashboardKeys.all, from, to] as const,
};

/** GET /content/dashboard — figures over [from, to]; overdue work is counted as of now. */
export function useContentDashboard(
  range: { from: string; to: string } | undefined,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({
    enabled: enabled && range !== undefined,
    queryKey: dashboardKeys.range(range?.from ?? '', range?.to ?? ''),
    queryFn: ({ signal }) =>
      api.get('/content/dashboard', contentDashboardSchema, {
        query: { from: range?.from, to: range?.to },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
