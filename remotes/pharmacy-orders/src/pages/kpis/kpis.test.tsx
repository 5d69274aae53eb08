import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi, testApiBase } from '@careops/app-kit/testing';
import { issueToken } from '@careops/mocks/node';
import { kpiResponseSchema, orderPageSchema, type Kpis } from '@careops/domain/pharmacy';
import '../../i18n';
import { chooseOption, openOptions } from '@careops/app-kit/testing';
import { KpiPage } from './kpis';

const backend = setupMockApi();

/** The orders list of the API itself, as the same user, over the same period (and store). */
async function listedTotal(as: string, kpis: Kpis, storeId?: string) {
  const query = new URLSearchParams({ from: kpis.from, to: kpis.to, pageSize: '1' });
  if (storeId) query.set('storeId', storeId);
  const res = await fetch(`${testApiBase()}/pharmacy/orders?${query.toString()}`, {
    headers: { authorization: `Bearer ${issueToken(backend.db, as)}` },
  });
  return orderPageSchema.parse(await res.json()).total;
}

const tileText = (key: string) => screen.getByTestId(`kpi-${key}`).textContent ?? '';

describe('KpiPage', () => {
  it("shows a partner only its own stores' figures: the totals match the API's own list", async () => {
    const { queryClient } = await renderWithProviders(<KpiPage />, backend, {
      as: 'pharmacy.a',
      route: '/?range=30d',
    });
    await screen.findByRole('list', { name: '关键指标' });
    const kpis = kpiResponseSchema.parse(
      queryClient.getQueriesData({ queryKey: ['pharmacy', 'kpis'] })[0]?.[1],
    );

    const own = await listedTotal('pharmacy.a', kpis);
    expect(kpis.orders).toBe(own);
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(await listedTotal('admin', kpis));
    expect(tileText('orders')).toContain(own.toLocaleString('zh-CN'));

    // The store filter offers the partner's stores and no other.
    const user = userEvent.setup();
    const select = screen.getByLabelText('门店');
    const offered = (await openOptions(user, select)).map((o) => o.textContent).sort();
    const mine = backend.db.stores
      .all()
      .filter((s) => s.orgId === 'org_pha_a')
      .map((s) => s.name['zh-CN'])
      .sort();
    expect(offered).toEqual(mine);

    // One store: every figure follows, and the by-hour table adds up to the tile.
    const first = backend.db.stores.get('sto_a01');
    if (!first) throw new Error('seed has no store sto_a01');
    await chooseOption(user, select, first.name['zh-CN']);
    const perStore = await listedTotal('pharmacy.a', kpis, 'sto_a01');
    await waitFor(() => expect(tileText('orders')).toContain(perStore.toLocaleString('zh-CN')));
    const byHour = screen.getByRole('heading', { name: '各时段订单量' }).closest('.ant-card');
    if (!(byHour instanceof HTMLElement)) throw new Error('no by-hour card');
    await user.click(within(byHour).getByRole('button', { name: /表\s?格/ }));
    const rows = within(within(byHour).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(24);
    const sum = rows.reduce((s, r) => s + Number(r.querySelectorAll('td')[1]?.textContent ?? 'NaN'), 0);
    expect(sum).toBe(perStore);
  });

  it('takes a custom date range from the URL and refuses a reversed one', async () => {
    const view = await renderWithProviders(<KpiPage />, backend, {
      as: 'medops',
      route: '/?from=2026-11-20&to=2026-11-22',
    });
    await screen.findByRole('list', { name: '关键指标' });
    expect((screen.getByLabelText('开始日期') as HTMLInputElement).value).toBe('2026-11-20');
    expect((screen.getByLabelText('结束日期') as HTMLInputElement).value).toBe('2026-11-22');
    for (const title of ['服务水平', '处方审核', '按原因统计的取消订单', '按原因统计的退款', '各时段订单量'])
      expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    // No figure is ever broken down by doctor (统方).
    expect(document.body.textContent).not.toMatch(/doc_|医生/);
    view.unmount();

    await renderWithProviders(<KpiPage />, backend, {
      as: 'medops',
      route: '/?from=2026-11-22&to=2026-11-20',
    });
    expect(await screen.findByText('开始日期须不晚于结束日期。')).toBeTruthy();
  });

  it('is forbidden to a moderator and speaks English', async () => {
    const view = await renderWithProviders(<KpiPage />, backend, { as: 'moderator' });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    view.unmount();
    await renderWithProviders(<KpiPage />, backend, { as: 'auditor', locale: 'en-US' });
    expect(await screen.findByRole('list', { name: 'Key figures' })).toBeTruthy();
    expect(screen.getByText('30-min on-time rate')).toBeTruthy();
  });
});
