import { expect, expectAccessible, test } from '../../fixtures/test';
import { REMOTE_PORTS, hangRemote, restoreAllRemotes, startRemote, stopRemote } from '../../fixtures/control';

test.describe.configure({ mode: 'serial' });
test.afterEach(async () => {
  await restoreAllRemotes();
});

test.describe('containment: one remote failing never takes the console down', () => {
  test('with a remote server stopped, the shell signs in and the other remotes work; retry recovers once it is back', async ({
    page,
    shell,
  }) => {
    await stopRemote(REMOTE_PORTS.pharmacyOrders);
    await shell.loginAs('admin');
    expect(await shell.navItems()).toContain('药房 O2O 订单');

    await shell.nav().getByRole('link', { name: '药房 O2O 订单' }).click();
    const failure = page.getByText('药房 O2O 订单 暂时无法加载');
    await expect(failure).toBeVisible();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessible(page, 'remote failure');

    for (const [name, heading] of [
      ['社区治理', /社区|举报|案件/],
      ['内容审核', /审核队列|内容/],
    ] as const) {
      await shell.nav().getByRole('link', { name }).click();
      await expect(shell.heading()).toHaveText(heading);
    }
    await shell.nav().getByRole('link', { name: '系统状态' }).click();
    await expect(page.getByTestId('status-pharmacy-orders')).toHaveText('故障');
    await expect(page.getByTestId('status-community')).toHaveText('正常');

    await shell.nav().getByRole('link', { name: '药房 O2O 订单' }).click();
    await expect(failure).toBeVisible();
    await startRemote(REMOTE_PORTS.pharmacyOrders);
    await page.getByRole('button', { name: /重试/ }).click();
    await expect(shell.heading()).toHaveText('实时看板');
    await expect(page.locator('a[href^="/pharmacy/orders/ord_"]').first()).toBeVisible();
  });

  test('a remote going down mid-session fails alone, and a remote already loaded keeps working', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('admin', '/pharmacy/orders');
    await expect(shell.heading()).toHaveText('药房订单');
    await stopRemote(REMOTE_PORTS.pharmacyOrders);
    await stopRemote(REMOTE_PORTS.insurance);
    await shell.nav().getByRole('link', { name: '保险理赔' }).click();
    await expect(page.getByText('保险理赔 暂时无法加载')).toBeVisible();
    // Back to the section already loaded: it renders without its server.
    await page.goBack();
    await expect(shell.heading()).toHaveText('药房订单');
    await expect(page.getByRole('table').last().getByRole('link').first()).toBeVisible();
  });

  test('a manifest that accepts the connection but never answers falls back within 10 seconds', async ({
    page,
    shell,
  }) => {
    await hangRemote(REMOTE_PORTS.community);
    await shell.loginAs('admin');
    const started = Date.now();
    await shell.nav().getByRole('link', { name: '社区治理' }).click();
    await expect(page.getByText('社区治理 暂时无法加载')).toBeVisible({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    await shell.nav().getByRole('link', { name: '工作台' }).click();
    await expect(shell.heading()).toContainText('你好');

    await startRemote(REMOTE_PORTS.community);
    await shell.nav().getByRole('link', { name: '社区治理' }).click();
    await page.getByRole('button', { name: /重试/ }).click();
    await expect(shell.heading()).toHaveText(/社区|举报|案件/);
  });
});
