import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { OrderDetailPage } from './order-detail';

const backend = setupMockApi();
const path = '/orders/:orderId';

describe('OrderDetailPage', () => {
  it('shows an own order with the patient masked', async () => {
    const order = backend.db.orders.all().find((o) => o.orgId === 'org_pha_a' && o.hasRx);
    if (!order) throw new Error('seed has no Rx order of org A');
    await renderWithProviders(<OrderDetailPage />, backend, {
      as: 'pharmacy.a',
      route: `/orders/${order.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { name: `订单 ${order.id}` })).toBeTruthy();
    expect(screen.queryByText(order.patient.name['zh-CN'])).toBeNull();
    expect(screen.getByText('处方药须凭处方在药师指导下购买和使用')).toBeTruthy();
  });

  it("answers another organisation's order with the not-found page", async () => {
    const other = backend.db.orders.all().find((o) => o.orgId === 'org_pha_b');
    if (!other) throw new Error('seed has no order of org B');
    await renderWithProviders(<OrderDetailPage />, backend, {
      as: 'pharmacy.a',
      route: `/orders/${other.id}`,
      path,
    });
    expect(await screen.findByText('页面不存在')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: `订单 ${other.id}` })).toBeNull();
  });
});
