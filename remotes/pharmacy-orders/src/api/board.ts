import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@careops/api';
import { orderBoardSchema } from '@careops/domain/pharmacy';
import { orderKeys } from './orders';

export const orderBoardQuery = (storeId: string | undefined) =>
  queryOptions({
    queryKey: [...orderKeys.all, 'board', storeId ?? null] as const,
    queryFn: ({ signal }) =>
      api.get('/pharmacy/orders/board', orderBoardSchema, { query: { storeId, limit: 20 }, signal }),
  });

/** Refetched every 15 s; the previous board stays on screen meanwhile, so nothing flashes or jumps. */
export function useOrderBoard(storeId: string | undefined) {
  return useQuery({
    ...orderBoardQuery(storeId),
    refetchInterval: 15_000,
    placeholderData: keepPreviousData,
  });
}
