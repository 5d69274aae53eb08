import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from '@careops/router';
import { useListParams } from './list-params';

function setup(initial: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[initial]}>{children}</MemoryRouter>
  );
  return renderHook(
    () => ({
      list: useListParams({ filters: ['status', 'storeId'] as const, defaultSort: 'paidAt:desc' }),
      location: useLocation(),
    }),
    { wrapper },
  );
}

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
});
