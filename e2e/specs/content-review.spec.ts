import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures/test';
import type { ShellPage } from '../pages/shell-page';

// Monday 10:00 CST: tasks created now are on time, whatever day the suite runs.
const START = new Date('2026-11-23T10:00:00+08:00');
const APPROVAL = '药广审(文)第251001-01123号';
const CLEAN_PROMO = [
  '换季时节，普通感冒较为常见。',
  '感冒灵颗粒用于缓解普通感冒引起的发热、头痛等症状。',
  `广告审查批准文号：${APPROVAL}。`,
  '禁忌：对本品成分过敏者禁用。不良反应：偶见胃肠道不适。',
  '请按药品说明书或者在药师指导下购买和使用。',
].join('');

interface Task {
  id: string;
  contentId: string;
  version: number;
  stage: string;
}
interface Submitted {
  item: { id: string; status: string; version: number };
  version: { ruleHits: { ruleId: string; snippet: string }[] };
  task?: Task;
}

function pharmaSubmission(title: string, body = CLEAN_PROMO) {
  return {
    type: 'article',
    title,
    body,
    authorType: 'pharma',
    authorId: 'pharma_author_e2e',
    authorName: '康源制药 市场部',
    orgId: 'org_pharma_7',
    purpose: 'product_promo',
    audience: 'public',
    products: [
      { skuId: 'sku_ganmaoling', name: '感冒灵颗粒', category: 'otc', otcClass: 'b', adApprovalNo: APPROVAL },
    ],
    hasCommerceLink: false,
  };
}

async function submit(shell: ShellPage, body: unknown): Promise<Submitted> {
  const res = await shell.api('POST', '/__mock/content/submissions', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Submitted;
}

/** The workspace needs only the task id: it reads the task, then its item. */
const workspaceUrl = (task: Pick<Task, 'id'>) => `/content/review/${task.id}`;

/** The open task of an item, as the queue API reports it to the signed-in user. */
async function openTask(shell: ShellPage, itemId: string): Promise<Task> {
  const res = await shell.apiGet(`/content/tasks?q=${itemId}`);
  const task = (res.body as { items: Task[] }).items[0];
  if (!task) throw new Error(`no open task for ${itemId}`);
  return task;
}

/** Signs in as `user`, opens the item's open task, claims it in the UI and passes it. */
async function claimAndPass(page: Page, shell: ShellPage, user: string, itemId: string, stage: string) {
  await shell.logout();
  await shell.loginAs(user, '/content/queue');
  const task = await openTask(shell, itemId);
  expect(task.stage).toBe(stage);
  await page.goto(workspaceUrl(task));
  const main = shell.main();
  await main.getByRole('button', { name: '认领', exact: true }).click();
  const form = main.getByRole('form', { name: '审核决定' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: '确认通过' }).click();
  await expect(page).toHaveURL(/\/content\/queue/);
}

test.describe('content review queues and workspace', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: START });
  });

  test('a violating article is auto-rejected and its hit is listed on the item’s detail page', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('admin', '/content/queue');
    const body = '关于胃炎的几点提醒。坚持使用三个月，能根治慢性胃炎，永不复发。请遵医嘱。';
    const result = await submit(shell, {
      ...pharmaSubmission('胃炎提醒（自动驳回）', body),
      authorType: 'doctor',
      orgId: undefined,
      purpose: 'science',
      products: [],
    });
    expect(result.item.status).toBe('auto_rejected');
    // Auto-screening opens no review task: the item's detail page is where its hit is shown.
    expect(result.task).toBeUndefined();
    expect(result.version.ruleHits).toContainEqual(
      expect.objectContaining({ ruleId: 'AD-02', snippet: '根治' }),
    );
    await page.goto(`/content/items/${result.item.id}`);
    await expect(shell.heading()).toContainText('胃炎提醒（自动驳回）');
    // The text is shown with the hit highlighted: a focusable mark whose rule is explained on focus.
    const text = shell.main().getByRole('region', { name: '第 1 版正文（含规则命中标记）' });
    // Each mark is followed by its severity label, so the text reads in pieces around the marks.
    for (const piece of ['关于胃炎的几点提醒。坚持使用三个月，能', '慢性胃炎，', '。请遵医嘱。'])
      await expect(text).toContainText(piece);
    const mark = text.locator('mark[data-severity="block"]').filter({ hasText: '根治' });
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveAttribute('tabindex', '0');
    await mark.focus();
    await expect(mark).toBeFocused();
    const explanation = shell.main().getByTestId('hit-explanation');
    await expect(explanation).toContainText('AD-02');
    await expect(explanation).toContainText('阻断');
    await expect(shell.main().getByRole('list', { name: '规则命中' })).toContainText('AD-02');
  });

  test('a clean pharma article passes first, medical and compliance review', async ({ page, shell }) => {
    test.setTimeout(120_000);
    await shell.loginAs('admin', '/content/queue');
    const result = await submit(shell, pharmaSubmission('换季感冒别硬扛（三审）'));
    expect(result.item.status).toBe('first_review');
    const itemId = result.item.id;

    await claimAndPass(page, shell, 'reviewer.l1', itemId, 'first');
    await claimAndPass(page, shell, 'physician', itemId, 'medical');

    // An L1 reviewer may not do compliance review: the workspace of the compliance task says why.
    await shell.logout();
    await shell.loginAs('reviewer.l1', '/content/queue');
    const detail = (await shell.apiGet(`/content/items/${itemId}`)).body as { tasks: Task[] };
    const compliance = detail.tasks.find((t) => t.stage === 'compliance');
    if (!compliance) throw new Error('no compliance task');
    await page.goto(workspaceUrl(compliance));
    await expect(shell.heading()).toHaveText('换季感冒别硬扛（三审）');
    await expect(shell.main().getByRole('form')).toHaveCount(0);
    await expect(shell.main().getByRole('button', { name: '认领', exact: true })).toHaveCount(0);
    await expect(shell.main().getByText('你无权决定此审核阶段。').first()).toBeVisible();
    const refused = await shell.api('POST', `/content/tasks/${compliance.id}/claim`, {
      version: compliance.version,
    });
    expect(refused.status).toBe(403);

    await claimAndPass(page, shell, 'reviewer.l2', itemId, 'compliance');
    const approved = (await shell.apiGet(`/content/items/${itemId}`)).body as {
      item: { status: string; version: number };
    };
    expect(approved.item.status).toBe('approved');
    await shell.logout();
    await shell.loginAs('admin', '/content/queue');
    const published = await shell.api('POST', `/__mock/content/items/${itemId}/publish`, {
      version: approved.item.version,
    });
    expect(published.body).toMatchObject({ status: 'published', publishedVersionNo: 1 });
  });

  test('four-eyes: the L2 reviewer who decided first review is refused the compliance review of that version', async ({
    page,
    shell,
  }) => {
    test.setTimeout(120_000);
    await shell.loginAs('admin', '/content/queue');
    const result = await submit(shell, pharmaSubmission('换季感冒别硬扛（四眼原则）'));
    expect(result.item.status).toBe('first_review');
    const itemId = result.item.id;

    // Review levels are a minimum: the L2 compliance reviewer may also do the first review…
    await claimAndPass(page, shell, 'reviewer.l2', itemId, 'first');
    await claimAndPass(page, shell, 'physician', itemId, 'medical');

    // …but then not the compliance review of the same version.
    await shell.logout();
    await shell.loginAs('reviewer.l2', '/content/queue');
    const compliance = await openTask(shell, itemId);
    expect(compliance.stage).toBe('compliance');
    await page.goto(workspaceUrl(compliance));
    const main = shell.main();
    await expect(shell.heading()).toHaveText('换季感冒别硬扛（四眼原则）');
    await expect(main.getByTestId('decision-unavailable')).toHaveText(
      '四眼原则：你已决定过此版本的另一个审核阶段，此阶段须由其他审核员决定。',
    );
    await expect(main.getByRole('form')).toHaveCount(0);
    await expect(main.getByRole('button', { name: '认领', exact: true })).toHaveCount(0);

    const refused = await shell.api('POST', `/content/tasks/${compliance.id}/claim`, {
      version: compliance.version,
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { details: { reason: 'FOUR_EYES' } } });
    // No other L2 reviewer exists among the demo users: the version waits in compliance review.
    const detail = (await shell.apiGet(`/content/items/${itemId}`)).body as { item: { status: string } };
    expect(detail.item.status).toBe('compliance_review');
  });

  test('an edit of published content is a new version whose diff shows the change; the old one stays live', async ({
    page,
    shell,
  }) => {
    test.setTimeout(120_000);
    await shell.loginAs('admin', '/content/queue');
    const result = await submit(shell, pharmaSubmission('换季感冒（改版）'));
    const itemId = result.item.id;
    await claimAndPass(page, shell, 'reviewer.l1', itemId, 'first');
    await claimAndPass(page, shell, 'pharmacist', itemId, 'medical');
    await claimAndPass(page, shell, 'reviewer.l2', itemId, 'compliance');
    await shell.logout();
    await shell.loginAs('admin', '/content/queue');
    const item = ((await shell.apiGet(`/content/items/${itemId}`)).body as { item: { version: number } })
      .item;
    await shell.api('POST', `/__mock/content/items/${itemId}/publish`, { version: item.version });
    const edited = await shell.api('POST', `/__mock/content/items/${itemId}/versions`, {
      body: `${CLEAN_PROMO}\n\n出现高热不退时请及时就医，本品是感冒首选。`,
    });
    expect(edited.body).toMatchObject({ item: { currentVersionNo: 2, publishedVersionNo: 1 } });
    const task = (edited.body as Submitted).task;
    if (!task) throw new Error('no task for version 2');

    await shell.logout();
    await shell.loginAs('reviewer.l1', '/content/queue');
    await page.goto(workspaceUrl(task));
    const main = shell.main();
    await expect(main.getByText('第 1 版 → 第 2 版')).toBeVisible();
    const diff = main.getByRole('region', { name: '第 1 版与第 2 版的差异' });
    await expect(diff.locator('ins')).toContainText('出现高热不退时请及时就医');
    await expect(main.locator('[data-hit-status="new"]').filter({ hasText: 'AD-01' })).toBeVisible();
    await expect(main.getByText('线上版本')).toBeVisible();
    await expect(
      main.getByRole('region', { name: '第 2 版正文（含规则命中标记）' }).locator('mark'),
    ).toContainText('首选');
    // The absolute term is explained when its mark has focus.
    await main.getByRole('region', { name: '第 2 版正文（含规则命中标记）' }).locator('mark').first().focus();
    await expect(main.getByTestId('hit-explanation')).toContainText('AD-01');
    const live = (await shell.apiGet(`/content/items/${itemId}/versions/1`)).body as { body: string };
    expect(live.body).toBe(CLEAN_PROMO);
    const now = (await shell.apiGet(`/content/items/${itemId}`)).body as {
      item: { publishedVersionNo: number };
    };
    expect(now.item.publishedVersionNo).toBe(1);
  });

  test('XSS payloads in title and body stay text and never run', async ({ page, shell }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await shell.loginAs('admin', '/content/queue');
    const payloads = [
      '<script>window.__xss=1</script>',
      '<img src=x onerror="window.__xss=2;alert(2)">',
      '<a href="javascript:window.__xss=3">点我</a>',
      '<svg onload="window.__xss=4">',
    ];
    const title = `${payloads[1] ?? ''}首选`;
    const result = await submit(shell, {
      ...pharmaSubmission(title, `${CLEAN_PROMO}${payloads.join('')}本品是感冒首选。`),
    });
    const task = result.task;
    if (!task) throw new Error(`submission was ${result.item.status}`);
    await shell.logout();
    await shell.loginAs('reviewer.l1', `/content/queue?q=${result.item.id}`);
    const table = shell.main().getByRole('table');
    await expect(table.getByRole('link', { name: title })).toBeVisible();
    await table.getByRole('link', { name: title }).click();
    const text = shell.main().getByRole('region', { name: '第 1 版正文（含规则命中标记）' });
    for (const payload of payloads) await expect(text).toContainText(payload);
    await expect(shell.heading()).toHaveText(title);
    await expect(
      shell.main().locator('img[src="x"], svg[onload], script, a[href^="javascript"]'),
    ).toHaveCount(0);
    expect(await page.evaluate(() => '__xss' in window)).toBe(false);
    expect(dialogs).toEqual([]);
  });

  test('the queue and workspace are accessible in both themes', async ({ page, shell }) => {
    await shell.loginAs('reviewer.l1', '/content/queue');
    await expect(shell.heading()).toHaveText('审核队列');
    await expect(shell.main().getByRole('table')).toBeVisible();
    const first = shell.main().getByRole('table').getByRole('link').first();
    await expect(first).toBeVisible();
    await expectAccessible(page, 'queue, light');
    await shell.switchTheme('深色');
    await expectAccessible(page, 'queue, dark');
    await first.click();
    await expect(shell.main().getByRole('region', { name: /版正文/ })).toBeVisible();
    await expectAccessible(page, 'workspace, dark');
    await shell.switchTheme('浅色');
    await expectAccessible(page, 'workspace, light');
  });
});
