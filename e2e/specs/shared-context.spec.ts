import type { Response } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import { REMOTES, recordOf } from '../fixtures/remotes';

test.describe('one shared context across shell and remotes', () => {
  test('a remote shows the signed-in user and follows the language switch at once', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('medops', '/pharmacy/orders');
    await expect(shell.heading()).toHaveText('药房订单');
    await expect(page.getByTestId('remote-session').filter({ visible: true })).toContainText('医务运营 陈磊');
    await shell.switchLanguage('English');
    await expect(shell.heading()).toHaveText('Pharmacy orders');
    await expect(page.getByTestId('remote-session').filter({ visible: true })).toContainText(
      'Chen Lei (medical ops)',
    );
    await expect(shell.nav().getByRole('link', { name: 'Pharmacy orders' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Order ID' }).last()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  });

  test("the theme switch restyles the remote's components at once", async ({ page, shell }) => {
    await shell.loginAs('medops', '/pharmacy/orders');
    const header = page.getByRole('columnheader', { name: '订单号' }).last();
    await expect(header).toBeVisible();
    const background = () => header.evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await background();
    await shell.switchTheme('深色');
    await expect.poll(background).not.toBe(light);
    const [r = 255, g = 255, b = 255] = ((await background()).match(/\d+/g) ?? []).map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(80);
  });

  test('react-dom is downloaded once in a session that visits all five remotes', async ({ page, shell }) => {
    const reactDomCopies: string[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response: Response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response
          .text()
          .then((body) => {
            // A marker only react-dom's client carries (the key it hangs fibers on).
            if (body.includes('__reactContainer$')) reactDomCopies.push(response.url());
          })
          .catch(() => undefined),
      );
    });
    await shell.loginAs('admin');
    for (const remote of REMOTES) {
      await shell.nav().getByRole('link', { name: remote.nav }).click();
      await expect(recordOf(page, remote)).toBeVisible();
      await expect(page.getByTestId('remote-session').filter({ visible: true })).toBeVisible();
    }
    await Promise.all(pending);
    expect(reactDomCopies).toHaveLength(1);
  });
});
