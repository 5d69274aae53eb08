import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider, queryOptions } from '@tanstack/react-query';
import { MemoryRouter, useLocation } from '@careops/router';
import type { QueryParams } from './client';
import { prefetchList, useListParams } from './list-params';

function setup(initial: string, prefetch?: (query: QueryParams) => ReturnType<typeof listQuery>) {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[initial]}>{children}</MemoryRouter>
    </QueryClientProvider>
  );
  const hook = renderHook(
    () => ({
      list: useListParams({
        filters: ['status', 'storeId'] as const,
        defaultSort: 'paidAt:desc',
        ...(prefetch ? { prefetch } : {}),
      }),
      location: useLocation(),
    }),
    { wrapper },
  );
  return { ...hook, queryClient };
}

const fetchList = vi.fn(async (query: QueryParams) => ({ items: [], query }));
const listQuery = (query: QueryParams) =>
  queryOptions({ queryKey: ['things', query], queryFn: () => fetchList(query) });

describe('useListParams', () => {
  it('reads paging, sort, search and filters from the URL, with defaults', () => {
    const { result } = setup('/orders?page=3&status=paid&q=ord_1');
    expect(result.current.list.params).toEqual({
      page: 3,
      pageSize: 20,
      sort: 'paidAt:desc',
      q: 'ord_1',
      filters: { status: 'paid', storeId: undefined },
    });
    expect(result.current.list.query).toMatchObject({
      page: 3,
      status: 'paid',
      q: 'ord_1',
      sort: 'paidAt:desc',
    });
  });

  it('ignores nonsense paging values', () => {
    const { result } = setup('/orders?page=-2&pageSize=abc');
    expect(result.current.list.params).toMatchObject({ page: 1, pageSize: 20 });
  });

  it('goes back to page 1 when a filter changes and keeps defaults out of the URL', () => {
    const { result } = setup('/orders?page=4');
    act(() => result.current.list.update({ filters: { storeId: 'sto_a01' } }));
    expect(result.current.location.search).toBe('?storeId=sto_a01');
    act(() => result.current.list.update({ page: 2 }));
    expect(result.current.location.search).toBe('?storeId=sto_a01&page=2');
    act(() => result.current.list.update({ sort: 'paidAt:desc', filters: { storeId: undefined } }));
    expect(result.current.location.search).toBe('');
  });

  it('starts the request for the next params as they change, with the query the page will ask for', async () => {
    fetchList.mockClear();
    const { result, queryClient } = setup('/orders?page=4&status=paid', listQuery);
    act(() => result.current.list.update({ sort: 'paidAt:asc' }));
    const next = {
      page: 1,
      pageSize: 20,
      sort: 'paidAt:asc',
      q: undefined,
      status: 'paid',
      storeId: undefined,
    };
    expect(fetchList).toHaveBeenCalledWith(next);
    expect(result.current.list.query).toEqual(next);
    await vi.waitFor(() =>
      expect(queryClient.getQueryData(listQuery(result.current.list.query).queryKey)).toBeTruthy(),
    );
  });

  it('prefetches, before the page exists, exactly the request the page then makes', async () => {
    fetchList.mockClear();
    const queryClient = new QueryClient();
    const options = {
      filters: ['status', 'storeId'] as const,
      defaultSort: 'paidAt:desc',
      prefetch: listQuery,
    };
    prefetchList(queryClient, options, new URLSearchParams('status=paid&pageSize=50'));
    await vi.waitFor(() => expect(fetchList).toHaveBeenCalledTimes(1));
    const { result } = setup('/orders?status=paid&pageSize=50');
    expect(fetchList).toHaveBeenCalledWith(result.current.list.query);
    expect(queryClient.getQueryState(listQuery(result.current.list.query).queryKey)).toBeDefined();
  });
});
