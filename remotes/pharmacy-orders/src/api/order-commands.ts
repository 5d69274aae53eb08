import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@careops/api';
import { orderSchema, type Order } from '@careops/domain/pharmacy';
import { orderKeys, useOrderAction, type OrderCommand } from './orders';

export type CommandOutcome =
  | { ok: true; order: Order }
  /** Someone else changed the order first: `current` is what the server holds now. */
  | { ok: false; conflict: Order; error: unknown }
  | { ok: false; conflict?: undefined; error: unknown };

/**
 * `useOrderAction` with the conflict handled once for every screen: a 409 CONFLICT puts the
 * server's current order into the cache (the screen redraws it) and refreshes the lists, so
 * nothing is overwritten on a stale version and nobody acts on a stale view.
 */
export function useRunOrderCommand() {
  const queryClient = useQueryClient();
  const mutation = useOrderAction();
  const run = async (
    order: Pick<Order, 'id' | 'version'>,
    command: OrderCommand,
  ): Promise<CommandOutcome> => {
    try {
      return { ok: true, order: await mutation.mutateAsync({ order, command }) };
    } catch (error) {
      if (isApiError(error, 'CONFLICT')) {
        const current = orderSchema.safeParse(error.details.current);
        void queryClient.invalidateQueries({ queryKey: orderKeys.all });
        if (current.success) {
          queryClient.setQueryData(orderKeys.detail(current.data.id), current.data);
          return { ok: false, conflict: current.data, error };
        }
      }
      return { ok: false, error };
    }
  };
  return { run, pending: mutation.isPending };
}
