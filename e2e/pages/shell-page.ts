import { expect, type Locator, type Page } from '@playwright/test';

/** The shell as a user sees it: login, nav, header switches. */
export class ShellPage {
  constructor(readonly page: Page) {}

  /** Signs in through the mock mode's demo-account picker and waits for the landing page. */
  async loginAs(username: string, returnTo = '/'): Promise<void> {
    await this.page.goto(`/login?returnTo=${encodeURIComponent(returnTo)}`);
    await this.demoAccount(username).click();
    await expect(this.page).not.toHaveURL(/\/login/);
    await expect(this.main()).toBeVisible();
  }

  demoAccount(username: string): Locator {
    // The button reads "<display name> <username> <role>"; match the username as a whole word.
    return this.page.getByRole('button', {
      name: new RegExp(`(^|\\s)${username.replaceAll('.', '\\.')}(\\s|$)`),
    });
  }

  main(): Locator {
    return this.page.getByRole('main');
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: /主导航|Main navigation/ });
  }

  /** The names of the nav's links, in order. */
  async navItems(): Promise<string[]> {
    return (await this.nav().getByRole('link').allInnerTexts()).map((t) => t.trim());
  }

  heading(): Locator {
    return this.main().getByRole('heading', { level: 1 });
  }

  async switchLanguage(label: '简体中文' | 'English'): Promise<void> {
    await this.page
      .getByRole('group', { name: /语言|Language/ })
      .getByRole('button', { name: label, exact: true })
      .click();
  }

  async switchTheme(label: '浅色' | '深色' | 'Light' | 'Dark'): Promise<void> {
    await this.page
      .getByRole('group', { name: /主题|Theme/ })
      .getByRole('button', { name: label, exact: true })
      .click();
  }

  async logout(): Promise<void> {
    await this.page.getByTestId('user-menu').click();
    await this.page.getByRole('menuitem', { name: /退出登录|Sign out/ }).click();
    await expect(this.page).toHaveURL(/\/login/);
  }

  /** A call to the API as this page's signed-in user would make it (through the mock service worker). */
  async api(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    return this.page.evaluate(
      async (call) => {
        const session = JSON.parse(localStorage.getItem('careops:session') ?? '{}') as { token?: string };
        const response = await fetch(`/api/v1${call.path}`, {
          method: call.method,
          headers: { authorization: `Bearer ${session.token ?? ''}`, 'content-type': 'application/json' },
          ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        });
        return { status: response.status, body: (await response.json()) as unknown };
      },
      { method, path, body },
    );
  }

  apiGet(path: string): Promise<{ status: number; body: unknown }> {
    return this.api('GET', path);
  }
}
