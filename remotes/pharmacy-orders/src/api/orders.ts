import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '@careops/api';
import { orderPageSchema, orderSchema, storeListSchema } from '@careops/domain/pharmacy';

export const orderKeys = {
  all: ['pharmacy', 'orders'] as const,
  list: (query: QueryParams) => [...orderKeys.all, 'list', query] as const,
  detail: (id: string) => [...orderKeys.all, 'detail', id] as const,
};

export function useOrders(query: QueryParams) {
  return useQuery({
    queryKey: orderKeys.list(query),
    queryFn: ({ signal }) => api.get('/pharmacy/orders', orderPageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOrder(id: string) {
  return useQuery({
    queryKey: orderKeys.detail(id),
    queryFn: ({ signal }) => api.get(`/pharmacy/orders/${encodeURIComponent(id)}`, orderSchema, { signal }),
  });
}

export function useStores() {
  return useQuery({
    queryKey: ['pharmacy', 'stores'],
    queryFn: ({ signal }) => api.get('/pharmacy/stores', storeListSchema, { signal }),
    staleTime: 5 * 60_000,
  });
}
