import { expect, expectAccessible, test } from '../fixtures/test';
import type { ShellPage } from '../pages/shell-page';

interface Store {
  id: string;
  status: string;
  version: number;
}
const storeOf = async (shell: ShellPage, id: string) =>
  ((await shell.apiGet('/pharmacy/stores')).body as { items: Store[] }).items.find((s) => s.id === id);

test.describe('the mock API behaves like a server', () => {
  test('writes survive a reload, a stale write gets 409, and "reset demo data" restores the seed', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('admin');
    const before = await storeOf(shell, 'sto_a02');
    if (!before) throw new Error('seed store sto_a02 missing');
    const action = before.status === 'online' ? 'pause' : 'resume';
    const done = await shell.api('POST', `/pharmacy/stores/sto_a02/${action}`, {
      version: before.version,
      reason: '设备检修',
    });
    expect(done.status).toBe(200);
    const stale = await shell.api('POST', `/pharmacy/stores/sto_a02/${action}`, {
      version: before.version,
      reason: '重复提交',
    });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });

    await page.reload();
    await expect(shell.heading()).toContainText('你好');
    expect(await storeOf(shell, 'sto_a02')).toMatchObject({ version: before.version + 1 });

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '重置演示数据' }).click();
    const confirm = page.getByRole('dialog');
    await expectAccessible(page, 'reset confirmation');
    await confirm.getByRole('button', { name: /确\s?认/ }).click();
    await expect(page).toHaveURL(/\/login/);
    await shell.loginAs('admin');
    expect(await storeOf(shell, 'sto_a02')).toMatchObject({ status: before.status, version: before.version });
  });

  test('the failure switch turns API calls into a clear error with a retry', async ({ page, shell }) => {
    await shell.loginAs('medops', '/pharmacy/orders');
    await expect(page.getByRole('table').last().getByRole('link').first()).toBeVisible();
    await page.goto('/pharmacy/orders?page=2&mockFailure=1');
    await expect(page.getByText('服务暂时不可用，请稍后重试。')).toBeVisible();
    await expectAccessible(page, 'list error state');
    await page.evaluate(() =>
      fetch('/api/v1/__mock/scenario', {
        method: 'PUT',
        body: JSON.stringify({ latencyMs: 0, failureRate: 0 }),
      }),
    );
    await page.getByRole('button', { name: /重\s?试/ }).click();
    await expect(page.getByRole('table').last().getByRole('link').first()).toBeVisible();
  });
});

test.describe('developer override of a remote', () => {
  test('an admin points a remote at another manifest; a banner shows until it is cleared', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('admin', '/status');
    await page.getByRole('button', { name: '覆盖清单地址 – 药房 O2O 订单' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('清单地址').fill('not a url');
    await dialog.getByLabel('清单地址').blur();
    await expect(dialog.getByText('请输入以 .json 结尾的 http(s) 地址')).toBeVisible();
    await dialog.getByLabel('清单地址').fill('http://127.0.0.1:3002/mf-manifest.json');
    await dialog.getByRole('button', { name: '应用并重新加载' }).click();

    const banner = page.getByTestId('override-banner');
    await expect(banner).toContainText('药房 O2O 订单');
    await expectAccessible(page, 'status with override');
    await shell.nav().getByRole('link', { name: '药房 O2O 订单' }).click();
    await expect(shell.heading()).toHaveText('实时看板');

    await banner.getByRole('button', { name: '管理覆盖' }).click();
    await page.getByRole('button', { name: '修改覆盖 – 药房 O2O 订单' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '清除覆盖' }).click();
    await expect(shell.heading()).toHaveText('系统状态');
    await expect(page.getByTestId('override-banner')).toHaveCount(0);
  });

  test('other roles cannot set an override', async ({ page, shell }) => {
    await shell.loginAs('medops', '/status');
    await expect(shell.heading()).toHaveText('系统状态');
    await expect(page.getByRole('button', { name: /覆盖清单地址/ })).toHaveCount(0);
  });
});
