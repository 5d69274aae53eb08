import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures/test';

interface Listed {
  items: { id: string; title: string }[];
}
interface Submitted {
  item: { id: string; status: string };
  version: { ruleSetVersion: number; ruleHits: { ruleId: string }[] };
}

/** A call as the signed-in user makes it, for methods the shell page object does not offer. */
async function call(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async (c) => {
      const session = JSON.parse(localStorage.getItem('careops:session') ?? '{}') as { token?: string };
      const response = await fetch(`/api/v1${c.path}`, {
        method: c.method,
        headers: { authorization: `Bearer ${session.token ?? ''}`, 'content-type': 'application/json' },
        ...(c.body === undefined ? {} : { body: JSON.stringify(c.body) }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { method, path, body },
  );
}

test.describe('content library, rule library and compliance dashboard', () => {
  test('reviewer.l2 disables a rule and edits a pattern; the next submission is screened with the new rule set', async ({
    page,
    shell,
  }) => {
    test.setTimeout(90_000);
    await shell.loginAs('reviewer.l2', '/content/rules');
    await expect(shell.heading()).toHaveText('规则库');
    const setText = (await page.getByTestId('rule-set-version').innerText()).trim();
    const before = Number(/\d+/.exec(setText)?.[0]);

    await page.getByRole('button', { name: '停用规则 AD-11' }).click();
    await expect(page.getByRole('button', { name: '启用规则 AD-11' })).toBeVisible();
    await expect(page.getByTestId('rule-set-version')).toHaveText(`规则集第 ${before + 1} 版`);

    await page.getByRole('button', { name: '编辑规则 AD-02' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('规则内容').fill('速效神丹|包治');
    await dialog.getByLabel('修改原因').fill('e2e：新增“速效神丹”');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('rule-set-version')).toHaveText(`规则集第 ${before + 2} 版`);

    const submitted = await call(page, 'POST', '/__mock/content/submissions', {
      type: 'article',
      title: 'e2e 规则变更后的投稿',
      body: '换季注意保暖。本品为速效神丹，限时抢购。',
      authorType: 'editor',
      purpose: 'science',
      audience: 'public',
    });
    expect(submitted.status).toBe(201);
    const result = submitted.body as Submitted;
    expect(result.version.ruleSetVersion).toBe(before + 2);
    const ruleIds = result.version.ruleHits.map((h) => h.ruleId);
    expect(ruleIds).toContain('AD-02');
    expect(ruleIds).not.toContain('AD-11');

    await page.goto(`/content/items/${result.item.id}`);
    const trail = page.getByRole('list', { name: '审计记录' });
    const screening = trail.getByTestId('audit-event').filter({ hasText: '自动筛查' });
    await expect(screening).toContainText(`规则集版本:${before + 2}`);
    await expect(screening).toContainText('AD-02');
  });

  test('reviewer.l1 sees the rule library read-only and the API refuses an edit', async ({ page, shell }) => {
    await shell.loginAs('reviewer.l1', '/content/rules');
    await expect(shell.heading()).toHaveText('规则库');
    await expect(page.getByRole('table')).toContainText('AD-01');
    await expect(page.getByText('只读')).toBeVisible();
    await expect(page.getByRole('button', { name: /编辑规则/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /停用规则/ })).toHaveCount(0);
    // The test tool stays open to every content viewer.
    await page.getByLabel('样例文本').fill('本品根治鼻炎。');
    await page.getByRole('button', { name: /测\s?试/ }).click();
    await expect(page.getByTestId('test-hit').first()).toContainText('AD-02');

    const refused = await call(page, 'PATCH', '/content/rules/AD-01', { version: 1, enabled: false });
    expect(refused.status).toBe(403);
  });

  test('a takedown with a reason shows in the item’s audit trail', async ({ page, shell }) => {
    await shell.loginAs('admin', '/content/items?live=true');
    const live = await shell.apiGet('/content/items?live=true&status=published&pageSize=1');
    const item = (live.body as Listed).items[0];
    if (!item) throw new Error('no live content');
    await page.goto(`/content/items/${item.id}`);
    await expect(shell.heading()).toHaveText(item.title);
    await page
      .getByRole('main')
      .getByRole('button', { name: /^下\s?架$/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '确认下架' }).click();
    await expect(dialog.getByText('请填写下架原因。')).toBeVisible();
    await dialog.getByLabel(/下架原因/).fill('e2e：用户举报含未经审批的功效宣称');
    await dialog.getByRole('button', { name: '确认下架' }).click();
    await expect(dialog).toBeHidden();
    const last = page.getByRole('list', { name: '审计记录' }).getByTestId('audit-event').last();
    await expect(last).toContainText('下架');
    await expect(last).toContainText('e2e：用户举报含未经审批的功效宣称');
  });

  test('library, detail, rule library and dashboard are accessible in both themes', async ({
    page,
    shell,
  }) => {
    test.setTimeout(120_000);
    await shell.loginAs('reviewer.l2', '/content/items');
    const first = await shell.apiGet('/content/items?pageSize=1');
    const id = (first.body as Listed).items[0]?.id ?? '';
    const pages = [
      { path: '/content/items?live=true', ready: () => page.getByRole('table').getByRole('link').first() },
      {
        path: `/content/items/${id}`,
        ready: () => page.getByRole('list', { name: '审计记录' }).or(page.getByText('暂无审计记录')),
      },
      { path: '/content/rules', ready: () => page.getByRole('table').getByText('AD-01') },
      { path: '/content/dashboard', ready: () => page.getByRole('list', { name: '关键指标' }) },
    ];
    for (const theme of ['浅色', '深色'] as const) {
      for (const p of pages) {
        await page.goto(p.path);
        await shell.switchTheme(theme);
        await expect(p.ready().first()).toBeVisible();
        await expectAccessible(page, `${p.path} (${theme})`);
      }
    }
  });
});
