import { expect, expectAccessible, test } from '../fixtures/test';
import type { ShellPage } from '../pages/shell-page';

/** Seed ids: stores sto_a* belong to Kangning (pharmacy.a), sto_b* to Renxin (pharmacy.b). */
async function firstOrderIdOf(shell: ShellPage, storeId: string) {
  const { body } = await shell.apiGet(`/pharmacy/orders?storeId=${storeId}&pageSize=1`);
  const id = (body as { items: { id: string }[] }).items[0]?.id;
  if (!id) throw new Error(`no order for ${storeId}`);
  return id;
}

test.describe('partner scoping', () => {
  test("a pharmacy partner sees only its own organisation's orders and stores", async ({ page, shell }) => {
    await shell.loginAs('pharmacy.a', '/pharmacy/orders');
    const table = page.getByRole('table').last();
    await expect(table.getByRole('link').first()).toBeVisible();
    await expect(table.getByText(/仁心药房/)).toHaveCount(0);
    expect(await table.getByText(/康宁大药房/).count()).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: '门店' }).click();
    // Options carry their label as a title.
    await expect(page.getByTitle(/康宁大药房/).first()).toBeVisible();
    await expect(page.getByTitle(/仁心药房/)).toHaveCount(0);
    await expectAccessible(page, 'orders as pharmacy.a');
  });

  test("another pharmacy's order is a 404 in the UI and through the API", async ({ page, shell }) => {
    await shell.loginAs('admin');
    const foreign = await firstOrderIdOf(shell, 'sto_b01');
    const own = await firstOrderIdOf(shell, 'sto_a01');
    await shell.logout();

    await shell.loginAs('pharmacy.a');
    await page.goto(`/pharmacy/orders/${foreign}`);
    await expect(page.getByText('页面不存在')).toBeVisible();
    await expect(page.getByRole('heading', { name: `订单 ${foreign}` })).toHaveCount(0);
    expect((await shell.apiGet(`/pharmacy/orders/${foreign}`)).status).toBe(404);

    await page.goto(`/pharmacy/orders/${own}`);
    await expect(page.getByRole('heading', { name: `订单 ${own}` })).toBeVisible();
    await expectAccessible(page, 'order detail as pharmacy.a');
    expect((await shell.apiGet(`/pharmacy/orders/${own}`)).status).toBe(200);
    expect((await shell.apiGet('/insurance/claims')).status).toBe(403);
  });

  test("an insurer sees only its own claims, and the other insurer's claim is a 404", async ({
    page,
    shell,
  }) => {
    await shell.loginAs('insurer.a', '/insurance/claims');
    const own = (await shell.apiGet('/insurance/claims?pageSize=100')).body as {
      items: { id: string; insurerOrgId: string }[];
    };
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((c) => c.insurerOrgId === 'org_ins_a')).toBe(true);
    await shell.logout();

    await shell.loginAs('insurer.b');
    const theirs = (await shell.apiGet('/insurance/claims?pageSize=1')).body as { items: { id: string }[] };
    const foreign = own.items[0]?.id ?? '';
    expect(theirs.items[0]?.id).not.toBe(foreign);
    expect((await shell.apiGet(`/insurance/claims/${foreign}`)).status).toBe(404);
    await page.goto(`/insurance/claims/${foreign}`);
    await expect(page.getByText('页面不存在')).toBeVisible();
    expect((await shell.apiGet('/pharmacy/orders')).status).toBe(403);
  });
});
