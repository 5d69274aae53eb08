import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, isApiError } from '@careops/api';
import type { storeListSchema } from '@careops/domain/pharmacy';
import { storeSchema, type Store, type StoreAction, type StorePatch } from '@careops/domain/pharmacy';

/** The same key as `useStores` (api/orders.ts), so an edit shows in every store picker at once. */
export const storeKeys = { all: ['pharmacy', 'stores'] as const };

type StoreList = z.infer<typeof storeListSchema>;

function replaceStore(queryClient: QueryClient, next: Store) {
  queryClient.setQueryData<StoreList>(storeKeys.all, (list) =>
    list ? { items: list.items.map((s) => (s.id === next.id ? next : s)) } : list,
  );
}

/** The store a 409 CONFLICT carries (`details.current`), when it parses as one. */
export function conflictingStore(error: unknown): Store | undefined {
  if (!isApiError(error, 'CONFLICT')) return undefined;
  const parsed = storeSchema.safeParse(error.details.current);
  return parsed.success ? parsed.data : undefined;
}

function onSettled(queryClient: QueryClient) {
  return {
    onSuccess: (next: Store) => {
      replaceStore(queryClient, next);
      // A paused store or a new radius changes which orders it may take: the board and lists refetch.
      void queryClient.invalidateQueries({ queryKey: ['pharmacy'] });
    },
    onError: (error: unknown) => {
      const fresh = conflictingStore(error);
      if (fresh) replaceStore(queryClient, fresh);
    },
  };
}

/** PATCH /pharmacy/stores/:id — pessimistic: the server checks the version and the 5 km limit. */
export function useUpdateStore() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: StorePatch }) =>
      api.patch(`/pharmacy/stores/${encodeURIComponent(id)}`, patch, storeSchema),
    ...onSettled(queryClient),
  });
}

/** POST /pharmacy/stores/:id/pause {version, reason} and …/resume {version}. */
export function useStoreCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ store, action, reason }: { store: Store; action: StoreAction; reason?: string }) =>
      api.post(
        `/pharmacy/stores/${encodeURIComponent(store.id)}/${action}`,
        { version: store.version, ...(reason ? { reason } : {}) },
        storeSchema,
      ),
    ...onSettled(queryClient),
  });
}
