import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@careops/api';
import { orderBoardSchema } from '@careops/domain/pharmacy';
import { orderKeys } from './orders';

/** Refetched every 15 s; the previous board stays on screen meanwhile, so nothing flashes or jumps. */
export function useOrderBoard(storeId: string | undefined) {
  return useQuery({
    queryKey: [...orderKeys.all, 'board', storeId ?? null] as const,
    queryFn: ({ signal }) =>
      api.get('/pharmacy/orders/board', orderBoardSchema, { query: { storeId, limit: 20 }, signal }),
    refetchInterval: 15_000,
    placeholderData: keepPreviousData,
  });
}
