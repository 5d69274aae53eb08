import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { ORDER_ACTIONS, allowedActions } from '@careops/domain/pharmacy';
import '../../i18n';
import zh from '../../i18n/zh-CN.json';
import { OrderDetailPage } from './order-detail';

const backend = setupMockApi();
const path = '/orders/:orderId';

function waitingOrderOfA() {
  const order = backend.db.orders
    .all()
    .find(
      (o) =>
        o.orgId === 'org_pha_a' &&
        o.status === 'awaiting_acceptance' &&
        backend.db.stores.get(o.storeId)?.status === 'online',
    );
  if (!order) throw new Error('seed has no waiting order of org A at an online store');
  return order;
}

describe('OrderDetailPage actions', () => {
  it("offers exactly the order's allowed actions", async () => {
    const order = waitingOrderOfA();
    const user = backend.db.users.find((u) => u.username === 'pharmacy.a');
    if (!user) throw new Error('no pharmacy.a');
    const store = backend.db.stores.get(order.storeId);
    const expected = allowedActions(order, user, { now: backend.db.now(), ...(store ? { store } : {}) });
    expect(expected).toContain('accept');
    await renderWithProviders(<OrderDetailPage />, backend, {
      as: 'pharmacy.a',
      route: `/orders/${order.id}`,
      path,
    });
    await screen.findByRole('heading', { name: `订单 ${order.id}` });
    for (const action of ORDER_ACTIONS) {
      const button = screen.queryByRole('button', { name: zh.action[action] });
      expect([action, button !== null]).toEqual([action, expected.includes(action)]);
    }
  });

  it('on a 409 shows the order as someone else left it, without overwriting it', async () => {
    const order = waitingOrderOfA();
    const ui = userEvent.setup();
    await renderWithProviders(<OrderDetailPage />, backend, {
      as: 'pharmacy.a',
      route: `/orders/${order.id}`,
      path,
    });
    await screen.findByRole('heading', { name: `订单 ${order.id}` });
    // Meanwhile a colleague accepted it.
    const at = new Date(backend.db.now()).toISOString().replace('Z', '+00:00');
    const theirs = {
      ...order,
      status: 'accepted' as const,
      version: order.version + 1,
      timers: { ...order.timers, acceptedAt: at },
      history: [
        ...order.history,
        {
          from: order.status,
          to: 'accepted' as const,
          at,
          actorId: 'usr_pharmacy_a',
          actorRole: 'PHA' as const,
        },
      ],
    };
    backend.db.orders.put(theirs);

    await ui.click(screen.getByRole('button', { name: '接单' }));
    expect(await screen.findByText(/订单已被他人更新/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: '接单' })).toBeNull());
    expect(screen.getByRole('button', { name: '开始拣货' })).toBeTruthy();
    const timeline = screen.getByTestId('order-timeline');
    expect(within(timeline).getAllByText('已接单').length).toBeGreaterThan(0);
    expect(backend.db.orders.get(order.id)).toEqual(theirs);
  });

  it('reveals patient data only with a reason, then counts down', async () => {
    const order = backend.db.orders.all().find((o) => o.status === 'delivering');
    if (!order) throw new Error('seed has no delivering order');
    const ui = userEvent.setup();
    await renderWithProviders(<OrderDetailPage />, backend, {
      as: 'medops',
      route: `/orders/${order.id}`,
      path,
    });
    await ui.click(await screen.findByRole('button', { name: '查看完整信息' }));
    const dialog = await screen.findByRole('dialog');
    const reveals = () => backend.db.audit.all().filter((e) => e.action === 'pii.reveal').length;
    const before = reveals();
    await ui.click(within(dialog).getByRole('button', { name: '查看' }));
    expect(await within(dialog).findByText('请填写查看原因')).toBeTruthy();
    expect(reveals()).toBe(before);
    expect(screen.queryByText(order.patient.phone)).toBeNull();

    await ui.type(within(dialog).getByLabelText('原因（记入审计）'), '患者电话投诉，需回拨');
    await ui.click(within(dialog).getByRole('button', { name: '查看' }));
    expect(await screen.findByText(order.patient.phone)).toBeTruthy();
    expect(screen.getByTestId('reveal-countdown').textContent).toMatch(/完整信息将在 (5:00|4:5\d) 后隐藏/);
    expect(reveals()).toBe(before + 1);
  });
});
