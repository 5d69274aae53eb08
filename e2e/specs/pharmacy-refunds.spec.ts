import { expect, expectAccessible, test } from '../fixtures/test';

interface Listed<T> {
  items: T[];
  total: number;
}
type OrderRow = { id: string; orgId: string; status: string; allowedActions: string[] };
type StoreRow = { id: string; orgId: string; name: { 'zh-CN': string } };

const DAY = 86_400_000;
/** A calendar day in China Standard Time, as the KPI page's date inputs take it. */
const cstDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

test.describe('pharmacy exceptions, refunds, stores and KPIs', () => {
  test('medical ops request a refund on a delivered order, the partner approves it, and the outcome shows', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('medops', '/pharmacy/refunds');
    await expect(shell.heading()).toHaveText('异常与退款', { timeout: 30_000 });
    const delivered = (await shell.apiGet('/pharmacy/orders?status=delivered&pageSize=100&sort=paidAt:desc'))
      .body as Listed<OrderRow>;
    // The server says which orders this caller may ask a refund for (within 7 days of delivery).
    const target = delivered.items.find(
      (o) => o.orgId === 'org_pha_a' && o.allowedActions.includes('request_refund'),
    );
    expect(target).toBeDefined();
    const id = target?.id ?? 'none';

    await page.goto(`/pharmacy/refunds?status=delivered,completed&q=${id}`);
    const row = page.getByRole('row', { name: new RegExp(id) });
    await row.getByRole('button', { name: '申请退款' }).click();
    const ask = page.getByRole('dialog');
    // The reason is an antd Select: a combobox whose options open in a listbox.
    await ask.getByRole('combobox', { name: '退款原因' }).click();
    await page.getByRole('option', { name: '商品破损', exact: true }).click();
    await ask.getByLabel(/备注/).fill('患者来电：外包装破损');
    await ask.getByRole('button', { name: '申请退款' }).click();
    await expect(ask).toBeHidden();
    await page.goto(`/pharmacy/refunds?q=${id}`);
    await expect(page.getByRole('row', { name: new RegExp(id) })).toContainText('申请退款');

    await shell.logout();
    await shell.loginAs('pharmacy.a', `/pharmacy/refunds?q=${id}`);
    const own = page.getByRole('row', { name: new RegExp(id) });
    await expect(own).toContainText('退款：商品破损');
    // Partners decide refunds; they do not ask for them.
    await expect(own.getByRole('button', { name: '申请退款' })).toHaveCount(0);
    await own.getByRole('button', { name: '处理退款' }).click();
    const decide = page.getByRole('dialog');
    await decide.getByLabel('同意').check();
    await decide.getByLabel(/说明/).fill('照片核实破损');
    await decide.getByRole('button', { name: /提\s?交/ }).click();
    await expect(decide).toBeHidden();
    await expect(own).toContainText('已退款');
    await expect(own).toContainText('处理人：usr_pharmacy_a');
    await expect(own).toContainText('理由：照片核实破损');
  });

  test("a partner's KPI page shows only its own stores and figures", async ({ page, shell }) => {
    const now = Date.now();
    const fromDate = cstDate(now - 6 * DAY);
    const toDate = cstDate(now);
    await shell.loginAs('pharmacy.a', `/pharmacy/kpis?from=${fromDate}&to=${toDate}`);
    await expect(shell.heading()).toHaveText('运营指标', { timeout: 30_000 });

    const stores = (await shell.apiGet('/pharmacy/stores')).body as { items: StoreRow[] };
    expect(stores.items.every((s) => s.orgId === 'org_pha_a')).toBe(true);
    await page.getByRole('combobox', { name: '门店' }).click();
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options).toHaveCount(stores.items.length);
    const offered = await options.allTextContents();
    expect(offered.sort()).toEqual(stores.items.map((s) => s.name['zh-CN']).sort());
    await page.keyboard.press('Escape');

    // The orders tile is the partner's own list over the same days, not the platform's.
    const from = encodeURIComponent(`${fromDate}T00:00:00+08:00`);
    const to = encodeURIComponent(new Date(Date.parse(`${toDate}T00:00:00+08:00`) + DAY).toISOString());
    const listed = (await shell.apiGet(`/pharmacy/orders?from=${from}&to=${to}&pageSize=1`))
      .body as Listed<OrderRow>;
    expect(listed.total).toBeGreaterThan(0);
    await expect(page.getByTestId('kpi-orders')).toContainText(listed.total.toLocaleString('zh-CN'));
    await expect(page.getByText(/sto_b|doc_/)).toHaveCount(0);
  });

  for (const theme of ['浅色', '深色'] as const) {
    const name = theme === '浅色' ? 'light' : 'dark';
    test(`stores and refunds pages pass axe in the ${name} theme`, async ({ page, shell }) => {
      await shell.loginAs('admin', '/pharmacy/stores');
      await shell.switchTheme(theme);
      await expect(shell.heading()).toHaveText('门店', { timeout: 30_000 });
      await expect(page.getByRole('table', { name: '门店列表' }).getByRole('button').first()).toBeVisible();
      await expectAccessible(page, `stores (${theme})`);

      await page.goto('/pharmacy/refunds');
      await expect(shell.heading()).toHaveText('异常与退款');
      await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
      await expectAccessible(page, `refunds (${theme})`);
    });

    test(`the KPI page passes axe in the ${name} theme`, async ({ page, shell }) => {
      await shell.loginAs('admin', '/pharmacy/kpis?range=30d');
      await shell.switchTheme(theme);
      await expect(shell.heading()).toHaveText('运营指标', { timeout: 30_000 });
      await expect(page.getByRole('list', { name: '关键指标' })).toBeVisible();
      await expectAccessible(page, `kpis (${theme})`);
    });
  }
});
