import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures/test';
import type { ShellPage } from '../pages/shell-page';

// The mock lays its seed out around the hour the clock shows when it is first created: a fixed
// clock gives the same orders and timers on every run.
const START = new Date('2026-11-23T10:00:30+08:00');
const MINUTE = 60_000;

interface Timer {
  timer: string;
  level: string;
  startedAt: string;
  dueAt: string;
  running: boolean;
}
interface OrderRow {
  id: string;
  orgId: string;
  storeId: string;
  status: string;
  hasColdChain: boolean;
  allowedActions: string[];
  sla: { at: string; timers: Timer[] };
}
interface Listed<T> {
  items: T[];
}

/** §2.3: when a running timer starts to warn. */
const WARN_AFTER: Record<string, number> = { rx_review: 5, accept: 2, pick: 5, rider_assign: 5 };
const warnAt = (t: Timer) =>
  t.timer === 'delivery'
    ? Date.parse(t.dueAt) - 5 * MINUTE
    : Date.parse(t.startedAt) + (WARN_AFTER[t.timer] ?? 0) * MINUTE;

/** Clicks an action of the detail page; cold-chain steps ask for the temperature in a dialog. */
async function act(page: Page, label: string, next: string, temperature: boolean) {
  await page.getByRole('main').getByRole('button', { name: label, exact: true }).click();
  if (temperature) {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('温度（°C）').fill('5');
    await dialog.getByRole('button', { name: label, exact: true }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByRole('main').getByText(next, { exact: true }).first()).toBeVisible();
}

async function openDetailAs(shell: ShellPage, user: string, id: string) {
  await shell.logout();
  await shell.loginAs(user, `/pharmacy/orders/${id}`);
  await expect(shell.heading()).toHaveText(`订单 ${id}`);
}

test.describe('pharmacy O2O orders', () => {
  test('an Rx order goes from the pharmacist’s approval to delivery, each step on the timeline', async ({
    page,
    shell,
  }) => {
    test.setTimeout(120_000);
    await page.clock.install({ time: START });
    await shell.loginAs('pharmacist', '/pharmacy/rx');
    await expect(shell.heading()).toHaveText('处方审核');
    const stores = (await shell.apiGet('/pharmacy/stores')).body as Listed<{ id: string; status: string }>;
    const online = new Set(stores.items.filter((s) => s.status === 'online').map((s) => s.id));
    const queue = (await shell.apiGet('/pharmacy/orders?status=rx_review&sort=paidAt:asc&pageSize=10'))
      .body as Listed<OrderRow>;
    const target = queue.items.find(
      (o) => o.orgId === 'org_pha_a' && online.has(o.storeId) && o.allowedActions.includes('approve_rx'),
    );
    expect(target, 'an approvable Rx order of pharmacy A on the first queue page').toBeDefined();
    const id = target?.id ?? '';
    const cold = target?.hasColdChain ?? false;

    const card = page.locator(`[data-order-id="${id}"]`);
    await card.getByRole('button', { name: '通过处方', exact: true }).click();
    await expect(card).toHaveCount(0);

    await openDetailAs(shell, 'pharmacy.a', id);
    await act(page, '接单', '开始拣货', false);
    await act(page, '开始拣货', '备货完成', false);
    await act(page, '备货完成', '待取货', cold);

    // Riders are assigned by the platform or by ops (§2.2), not by the store.
    await openDetailAs(shell, 'medops', id);
    await page.getByRole('main').getByRole('button', { name: '分配骑手', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('骑手姓名').fill('赵师傅');
    await dialog.getByLabel('骑手虚拟号').fill('17188886666');
    await dialog.getByRole('button', { name: '分配骑手', exact: true }).click();
    await expect(dialog).toBeHidden();

    await openDetailAs(shell, 'pharmacy.a', id);
    await act(page, '骑手取货', '确认送达', cold);
    await act(page, '确认送达', '已送达', cold);

    const timeline = page.getByTestId('order-timeline');
    for (const status of [
      'awaiting_acceptance',
      'accepted',
      'picking',
      'ready_for_pickup',
      'rider_assigned',
      'delivering',
      'delivered',
    ])
      await expect(timeline.locator(`li[data-status="${status}"]`)).toHaveCount(1);
    await expect(timeline.locator('li[data-status="accepted"]')).toContainText('合作药房');
    await expect(timeline.locator('li[data-status="rider_assigned"]')).toContainText('医务运营');
  });

  test("another pharmacy's order is the 404 page, and the API answers 404", async ({ page, shell }) => {
    await shell.loginAs('pharmacy.b', '/pharmacy/orders');
    const theirs = (await shell.apiGet('/pharmacy/orders?pageSize=1')).body as Listed<OrderRow>;
    const foreign = theirs.items[0]?.id ?? '';
    expect(foreign).not.toBe('');
    await shell.logout();

    await shell.loginAs('pharmacy.a', '/pharmacy/board');
    await page.goto(`/pharmacy/orders/${foreign}`);
    await expect(page.getByText('页面不存在')).toBeVisible();
    await expect(page.getByRole('heading', { name: `订单 ${foreign}` })).toHaveCount(0);
    expect((await shell.apiGet(`/pharmacy/orders/${foreign}`)).status).toBe(404);
  });

  test('an SLA countdown turns warn, then breach, as the clock moves on', async ({ page, shell }) => {
    await page.clock.install({ time: START });
    await shell.loginAs('medops', '/pharmacy/board');
    const board = (await shell.apiGet('/pharmacy/orders/board?limit=50')).body as {
      columns: { items: OrderRow[] }[];
    };
    const candidates = board.columns
      .flatMap((c) => c.items)
      .flatMap((o) =>
        o.sla.timers
          .filter((t) => t.running && t.level === 'normal' && t.timer in WARN_AFTER)
          .map((t) => ({ order: o, timer: t })),
      );
    // The one furthest from warning, so it is still on time when the page has loaded.
    const pick = candidates.sort((a, b) => warnAt(b.timer) - warnAt(a.timer))[0];
    expect(pick, 'an order with a running timer still on time').toBeDefined();
    if (!pick) return;
    const { order, timer } = pick;

    await page.goto(`/pharmacy/orders/${order.id}`);
    const countdown = page.getByTestId(`timer-${timer.timer}`).locator('[data-level]');
    await expect(countdown).toHaveAttribute('data-level', 'normal');
    const serverNow = await page.evaluate(() => Date.now());
    await page.clock.fastForward(Math.max(0, warnAt(timer) - serverNow) + 2_000);
    await expect(countdown).toHaveAttribute('data-level', 'warn');
    await expect(countdown).toContainText('即将超时');
    await page.clock.fastForward(Date.parse(timer.dueAt) - warnAt(timer) + 2_000);
    await expect(countdown).toHaveAttribute('data-level', 'breach');
    await expect(countdown).toContainText('已超时');
  });

  test('board, list, detail and Rx queue pass axe in both themes', async ({ page, shell }) => {
    test.setTimeout(120_000);
    await shell.loginAs('pharmacist', '/pharmacy/board');
    const list = (await shell.apiGet('/pharmacy/orders?hasColdChain=true&pageSize=1'))
      .body as Listed<OrderRow>;
    const id = list.items[0]?.id ?? '';
    const pages = [
      { path: '/pharmacy/board', heading: '实时看板', ready: page.getByTestId('order-board') },
      {
        path: '/pharmacy/orders',
        heading: '药房订单',
        ready: page.locator('table a[href^="/pharmacy/"]').first(),
      },
      { path: `/pharmacy/orders/${id}`, heading: `订单 ${id}`, ready: page.getByTestId('order-timeline') },
      { path: '/pharmacy/rx', heading: '处方审核', ready: page.getByRole('list', { name: '处方审核' }) },
    ];
    for (const theme of ['浅色', '深色'] as const) {
      await shell.switchTheme(theme);
      for (const p of pages) {
        await page.goto(p.path);
        await expect(shell.heading()).toHaveText(p.heading);
        await expect(p.ready).toBeVisible();
        await expectAccessible(page, `${p.path} (${theme})`);
      }
    }
  });
});
