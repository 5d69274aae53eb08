import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { chooseOption } from '@careops/app-kit/testing';
import { RefundsPage } from './refunds';

const backend = setupMockApi();
const DAY = 86_400_000;

const orderOf = (id: string) => {
  const order = backend.db.orders.get(id);
  if (!order) throw new Error(`no order ${id}`);
  return order;
};

async function rowOf(id: string) {
  const table = await screen.findByRole('table', { name: '异常与退款订单' });
  const link = await within(table).findByRole('link', { name: id });
  const row = link.closest('tr');
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

describe('RefundsPage', () => {
  it('medical ops request a refund on a delivered order; the partner rejects it only with a reason', async () => {
    const target = backend.db.orders
      .all()
      .find(
        (o) =>
          o.orgId === 'org_pha_a' &&
          o.status === 'delivered' &&
          Date.now() - Date.parse(o.timers.deliveredAt ?? '') < 3 * DAY,
      );
    if (!target) throw new Error('seed has no recent delivery of org A');
    const paid = target.amounts.patientPays;
    const user = userEvent.setup();

    const ops = await renderWithProviders(<RefundsPage />, backend, {
      as: 'medops',
      route: `/?status=delivered,completed&q=${target.id}`,
    });
    await user.click(within(await rowOf(target.id)).getByRole('button', { name: '申请退款' }));
    const ask = await screen.findByRole('dialog');
    const amount = within(ask).getByLabelText(/退款金额/);
    expect((amount as HTMLInputElement).value).toBe((paid / 100).toFixed(2));
    await user.clear(amount);
    await user.type(amount, String(paid / 100 + 1));
    await user.click(within(ask).getByRole('button', { name: '申请退款' }));
    expect(await within(ask).findByText('请选择退款原因')).toBeTruthy();
    expect(within(ask).getByText(/请填写大于 0、不超过/)).toBeTruthy();
    expect(orderOf(target.id).status).toBe('delivered');

    await chooseOption(user, within(ask).getByLabelText('退款原因'), '商品破损');
    await user.clear(amount);
    await user.type(amount, '1.5');
    await user.type(within(ask).getByLabelText(/备注/), '外包装破损');
    await user.click(within(ask).getByRole('button', { name: '申请退款' }));
    await waitFor(() => expect(orderOf(target.id).status).toBe('refund_requested'));
    expect(orderOf(target.id).refund).toMatchObject({
      amount: 150,
      reasonCode: 'damaged',
      status: 'requested',
    });
    ops.unmount();

    await renderWithProviders(<RefundsPage />, backend, { as: 'pharmacy.a', route: `/?q=${target.id}` });
    const row = await rowOf(target.id);
    expect(row.textContent).toContain('退款：商品破损');
    expect(within(row).queryByRole('button', { name: '申请退款' })).toBeNull();
    await user.click(within(row).getByRole('button', { name: '处理退款' }));
    const decide = await screen.findByRole('dialog');
    await user.click(within(decide).getByLabelText('拒绝'));
    await user.click(within(decide).getByRole('button', { name: /提\s?交/ }));
    expect(await within(decide).findByText('拒绝时必须填写理由')).toBeTruthy();
    await user.type(within(decide).getByLabelText(/拒绝理由/), '签收时包装完好');
    await user.click(within(decide).getByRole('button', { name: /提\s?交/ }));

    await waitFor(() => expect(orderOf(target.id).status).toBe('refund_rejected'));
    await waitFor(async () => {
      const decided = await rowOf(target.id);
      expect(decided.textContent).toContain('退款被拒');
      expect(decided.textContent).toContain('处理人：usr_pharmacy_a');
      expect(decided.textContent).toContain('理由：签收时包装完好');
    });
  });

  it("shows the server's refusal when the order changed meanwhile, and offers the auditor nothing", async () => {
    const target = backend.db.orders
      .all()
      .find((o) => o.orgId === 'org_pha_a' && o.status === 'refund_requested');
    if (!target) throw new Error('seed has no refund request of org A');
    const user = userEvent.setup();
    const view = await renderWithProviders(<RefundsPage />, backend, {
      as: 'admin',
      route: `/?status=refund_requested&q=${target.id}`,
    });
    await user.click(within(await rowOf(target.id)).getByRole('button', { name: '处理退款' }));
    const decide = await screen.findByRole('dialog');
    backend.db.orders.put({ ...orderOf(target.id), version: target.version + 1 });
    await user.click(within(decide).getByLabelText('同意'));
    await user.click(within(decide).getByRole('button', { name: /提\s?交/ }));
    expect(await within(decide).findByText('The order was changed by someone else.')).toBeTruthy();
    expect(within(decide).getByText('记录已被他人修改，已为你加载最新状态。')).toBeTruthy();
    expect(orderOf(target.id).status).toBe('refund_requested');
    view.unmount();

    await renderWithProviders(<RefundsPage />, backend, { as: 'auditor', route: `/?q=${target.id}` });
    const row = await rowOf(target.id);
    expect(within(row).queryAllByRole('button')).toHaveLength(0);
  });

  it('lists only exceptions and refunds by default, in scope, and is forbidden to an insurer', async () => {
    const view = await renderWithProviders(<RefundsPage />, backend, { as: 'pharmacy.b' });
    const issues = new Set([
      'refund_requested',
      'refund_rejected',
      'refunded',
      'cancel_requested',
      'delivery_failed',
      'returned',
    ]);
    const expected = backend.db.orders
      .all()
      .filter((o) => o.orgId === 'org_pha_b' && issues.has(o.status)).length;
    expect(await screen.findByText(`共 ${expected} 条`)).toBeTruthy();
    view.unmount();
    await renderWithProviders(<RefundsPage />, backend, { as: 'insurer.a' });
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});
