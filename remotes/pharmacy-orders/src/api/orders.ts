import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '@careops/api';
import {
  orderPageSchema,
  orderSchema,
  storeListSchema,
  type Order,
  type OrderAction,
  type OrderActionInput,
} from '@careops/domain/pharmacy';

export const orderKeys = {
  all: ['pharmacy', 'orders'] as const,
  list: (query: QueryParams) => [...orderKeys.all, 'list', query] as const,
  detail: (id: string) => [...orderKeys.all, 'detail', id] as const,
};

export const ordersQuery = (query: QueryParams) =>
  queryOptions({
    queryKey: orderKeys.list(query),
    queryFn: ({ signal }) => api.get('/pharmacy/orders', orderPageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });

export function useOrders(query: QueryParams) {
  return useQuery(ordersQuery(query));
}

export function useOrder(id: string) {
  return useQuery({
    queryKey: orderKeys.detail(id),
    queryFn: ({ signal }) => api.get(`/pharmacy/orders/${encodeURIComponent(id)}`, orderSchema, { signal }),
  });
}

export const storesQuery = queryOptions({
  queryKey: ['pharmacy', 'stores'],
  queryFn: ({ signal }) => api.get('/pharmacy/stores', storeListSchema, { signal }),
  staleTime: 5 * 60_000,
});

export function useStores() {
  return useQuery(storesQuery);
}

/** An action with its own input: the union keeps each action's fields checked. */
export type OrderCommand = { [A in OrderAction]: { action: A; input: OrderActionInput<A> } }[OrderAction];

/**
 * One state transition of an order (POST …/orders/:id/:action). Pessimistic: the server decides
 * (state machine, actor, licence, version), so the cache takes the order it answers with, and
 * every list, the board and the KPIs refetch.
 */
export function useOrderAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ order, command }: { order: Pick<Order, 'id' | 'version'>; command: OrderCommand }) =>
      api.post(
        `/pharmacy/orders/${encodeURIComponent(order.id)}/${command.action}`,
        { ...command.input, version: order.version },
        orderSchema,
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(orderKeys.detail(next.id), next);
      void queryClient.invalidateQueries({ queryKey: ['pharmacy'] });
    },
  });
}
