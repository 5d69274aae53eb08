import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { BOARD_COLUMNS } from '@careops/domain/pharmacy';
import '../../i18n';
import zh from '../../i18n/zh-CN.json';
import { OrderBoardPage } from './order-board';

const backend = setupMockApi();

describe('OrderBoardPage', () => {
  it('draws one headed column per board status with the seed counts, cards linking to the detail', async () => {
    await renderWithProviders(<OrderBoardPage />, backend, { as: 'medops', route: '/board' });
    for (const status of BOARD_COLUMNS) {
      const count = backend.db.orders.all().filter((o) => o.status === status).length;
      expect(
        await screen.findByRole('heading', { level: 2, name: `${zh.status[status]}（${count}）` }),
      ).toBeTruthy();
    }
    const review = screen
      .getByRole('heading', { level: 2, name: new RegExp(`^${zh.status.rx_review}（`) })
      .closest('section');
    if (!review) throw new Error('no Rx review column');
    const cards = within(review).getAllByRole('link');
    expect(cards.length).toBeGreaterThan(0);
    const first = cards[0];
    const id = first?.getAttribute('data-order-id') ?? '';
    expect(first?.getAttribute('href')).toContain(`/orders/${id}`);
    // Every Rx-review card counts down its SLA in words, not by colour alone.
    expect(within(review).getAllByText(/^处方审核 · |^送达 · /).length).toBeGreaterThan(0);
  });

  it("keeps a partner's board to its own stores and the store filter in the URL", async () => {
    await renderWithProviders(<OrderBoardPage />, backend, {
      as: 'pharmacy.a',
      route: '/board?storeId=sto_a01',
    });
    const expected = backend.db.orders
      .all()
      .filter((o) => o.storeId === 'sto_a01' && o.status === 'awaiting_acceptance').length;
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: `${zh.status.awaiting_acceptance}（${expected}）`,
      }),
    ).toBeTruthy();
    const ids = new Set(
      backend.db.orders
        .all()
        .filter((o) => o.storeId === 'sto_a01')
        .map((o) => o.id),
    );
    for (const card of screen.getByTestId('order-board').querySelectorAll('a[data-order-id]'))
      expect(ids.has(card.getAttribute('data-order-id') ?? '')).toBe(true);
  });
});
