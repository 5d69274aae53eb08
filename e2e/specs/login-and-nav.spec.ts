import { expect, expectAccessible, test } from '../fixtures/test';

const ALL = ['工作台', '医生排班与 SLA', '药房 O2O 订单', '保险理赔', '内容审核', '社区治理', '系统状态'];
const NAV: Record<string, string[]> = {
  admin: ALL,
  medops: ['工作台', '医生排班与 SLA', '药房 O2O 订单', '内容审核', '系统状态'],
  'reviewer.l1': ['工作台', '医生排班与 SLA', '药房 O2O 订单', '内容审核', '社区治理', '系统状态'],
  moderator: ['工作台', '社区治理', '系统状态'],
  auditor: ALL,
  'pharmacy.a': ['工作台', '药房 O2O 订单', '系统状态'],
  'insurer.b': ['工作台', '保险理赔', '系统状态'],
};

test.describe('sign-in and navigation per role', () => {
  for (const [username, nav] of Object.entries(NAV)) {
    test(`${username} signs in and sees the nav of the role`, async ({ shell, page }) => {
      await shell.loginAs(username);
      await expect(shell.heading()).toContainText('你好');
      expect(await shell.navItems()).toEqual(nav);
      await expectAccessible(page, `home as ${username}`);
    });
  }

  test('the login page is accessible and rejects a wrong password with a clear message', async ({ page }) => {
    await page.goto('/login');
    await expectAccessible(page, 'login');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wrong');
    await page.getByRole('button', { name: '登 录' }).click();
    await expect(page.getByRole('alert')).toHaveText('用户名或密码错误。');
    await expect(page.getByLabel('用户名')).toHaveValue('admin');
  });

  test('an anonymous deep link goes to login and comes back after sign-in', async ({ page, shell }) => {
    await page.goto('/pharmacy/orders?status=paid');
    await expect(page).toHaveURL(/\/login\?returnTo=/);
    await shell.demoAccount('medops').click();
    await expect(page).toHaveURL(/\/pharmacy\/orders\?status=paid$/);
    await expect(shell.heading()).toHaveText('药房订单');
  });

  test('a partner opening another remote by URL gets the 403 page; unknown URLs get 404', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('pharmacy.a');
    await page.goto('/insurance/claims');
    await expect(page.getByText('无权访问')).toBeVisible();
    await expectAccessible(page, '403');
    await page.goto('/no-such-page');
    await expect(page.getByText('页面不存在')).toBeVisible();
    await expectAccessible(page, '404');
  });

  test('sign-out ends the session on the server too', async ({ page, shell }) => {
    await shell.loginAs('admin');
    const token = await page.evaluate(
      () => (JSON.parse(localStorage.getItem('careops:session') ?? '{}') as { token: string }).token,
    );
    await shell.logout();
    const status = await page.evaluate(
      async (t) => (await fetch('/api/v1/auth/me', { headers: { authorization: `Bearer ${t}` } })).status,
      token,
    );
    expect(status).toBe(401);
  });
});
