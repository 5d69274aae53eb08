import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { OrderListPage } from './order-list';

const backend = setupMockApi();

describe('OrderListPage', () => {
  it("shows a partner pharmacy only its own organisation's orders, paged by the server", async () => {
    await renderWithProviders(<OrderListPage />, backend, { as: 'pharmacy.a', route: '/orders' });
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('link').length).toBe(20));
    const ownIds = new Set(
      backend.db.orders
        .all()
        .filter((o) => o.orgId === 'org_pha_a')
        .map((o) => o.id),
    );
    for (const link of within(table).getAllByRole('link'))
      expect(ownIds.has(link.textContent ?? '')).toBe(true);
    expect(screen.getByText(`共 ${ownIds.size} 条`)).toBeTruthy();
  });

  it('applies filters kept in the URL on the server', async () => {
    await renderWithProviders(<OrderListPage />, backend, {
      as: 'medops',
      route: '/orders?status=refunded&hasRx=true',
    });
    const expected = backend.db.orders.all().filter((o) => o.status === 'refunded' && o.hasRx).length;
    expect(await screen.findByText(`共 ${expected} 条`)).toBeTruthy();
    expect(screen.getAllByText('已退款').length).toBeGreaterThan(0);
  });

  it('shows the error state with a retry when the API fails', async () => {
    backend.scenario.set({ latencyMs: 0, failureRate: 1 });
    try {
      await renderWithProviders(<OrderListPage />, backend, { as: 'medops', route: '/orders' });
      expect(await screen.findByRole('button', { name: /重试/ })).toBeTruthy();
      expect(screen.getByText('服务暂时不可用，请稍后重试。')).toBeTruthy();
    } finally {
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
    }
  });
});
