import { expect, expectAccessible, test } from '../fixtures/test';

test.describe('session', () => {
  test('survives a reload', async ({ page, shell }) => {
    await shell.loginAs('medops', '/pharmacy/orders?hasRx=true');
    await page.reload();
    await expect(shell.heading()).toHaveText('药房订单');
    await expect(page).toHaveURL(/hasRx=true/);
  });

  test('an expired token asks to sign in again without losing the page or unsaved input', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('medops', '/pharmacy/orders?status=delivering');
    const search = page.getByRole('searchbox', { name: '搜索订单号或处方号' });
    await search.fill('ord_0001 typed but not submitted');
    await page.evaluate(() => fetch('/api/v1/__mock/sessions/expire', { method: 'POST' }));

    // The next request the page makes finds the session gone.
    const rx = page.getByRole('combobox', { name: '处方药' });
    await rx.click();
    await rx.press('Enter'); // the first option: 是
    const dialog = page.getByRole('dialog', { name: '登录已过期' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('用户名')).toHaveValue('medops');
    await expectAccessible(page, 're-login dialog');
    await dialog.getByLabel('密码').fill('demo123');
    await dialog.getByRole('button', { name: '登 录' }).click();

    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/pharmacy\/orders\?status=delivering&hasRx=true/);
    await expect(search).toHaveValue('ord_0001 typed but not submitted');
    await expect(page.getByRole('table').last().getByRole('link').first()).toBeVisible();
  });

  test('a session that expired while the page was closed asks to sign in again on the same page', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('admin', '/status');
    await page.evaluate(() => fetch('/api/v1/__mock/sessions/expire', { method: 'POST' }));
    await page.reload();
    const dialog = page.getByRole('dialog', { name: '登录已过期' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /换一个账号登录/ }).click();
    await expect(page).toHaveURL(/\/login\?returnTo=%2Fstatus/);
    await shell.demoAccount('auditor').click();
    await expect(page).toHaveURL(/\/status$/);
  });
});
