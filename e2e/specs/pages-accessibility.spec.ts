import { expect, expectAccessible, test } from '../fixtures/test';

const LISTS = [
  { path: '/doctors/doctors', heading: /医生/ },
  { path: '/pharmacy/orders', heading: '药房订单' },
  { path: '/insurance/claims', heading: /理赔/ },
  { path: '/content/items', heading: /内容/ },
  { path: '/community/cases', heading: /社区|举报|案件/ },
];

test.describe('every page passes axe', () => {
  for (const theme of ['浅色', '深色'] as const) {
    test(`lists and details of all five remotes, and the status page, in the ${theme === '浅色' ? 'light' : 'dark'} theme`, async ({
      page,
      shell,
    }) => {
      // Ten full page loads, each seeding the mock backend's tables it touches.
      test.slow();
      await shell.loginAs('admin', '/status');
      await shell.switchTheme(theme);
      await expect(shell.heading()).toHaveText('系统状态');
      await expectAccessible(page, `status (${theme})`);
      for (const { path, heading } of LISTS) {
        await page.goto(path);
        await expect(shell.heading()).toHaveText(heading);
        const firstLink = page.getByRole('table').last().getByRole('link').first();
        await expect(firstLink).toBeVisible();
        await expectAccessible(page, `${path} (${theme})`);
        await firstLink.click();
        await expect(page.getByRole('button', { name: /返回/ }).first()).toBeVisible();
        await expectAccessible(page, `${path} detail (${theme})`);
      }
    });
  }

  test('the status page lists every remote with its state and load time once visited', async ({
    page,
    shell,
  }) => {
    // With Data Saver on, the shell preloads no remote in idle time: only a visited one is loaded.
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
    );
    await shell.loginAs('admin', '/pharmacy/orders');
    await expect(shell.heading()).toHaveText('药房订单');
    await shell.nav().getByRole('link', { name: '系统状态' }).click();
    await expect(page.getByTestId('status-pharmacy-orders')).toHaveText('正常');
    await expect(page.getByTestId('status-community')).toHaveText('未加载');
    const row = page.getByRole('row', { name: /药房 O2O 订单/ });
    await expect(row).toContainText(/\d+ 毫秒/);
    await expect(row).toContainText('0.1.0');
  });
});
