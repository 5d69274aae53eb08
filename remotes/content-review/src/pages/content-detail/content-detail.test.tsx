import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi, testApiBase } from '@careops/app-kit/testing';
import { issueToken } from '@careops/mocks/node';
import { ruleListSchema, submissionResultSchema } from '@careops/domain/content';
import '../../i18n';
import { ContentDetailPage } from './content-detail';

const backend = setupMockApi();
const path = '/items/:itemId';
const XSS = '<img src=x onerror="window.__xss=1">';

describe('ContentDetailPage', () => {
  it('shows a pharma promotion with its purchase-link notice', async () => {
    const item = backend.db.content.all().find((c) => c.authorType === 'pharma' && c.hasCommerceLink);
    if (!item) throw new Error('seed has no pharma content with a purchase link');
    await renderWithProviders(<ContentDetailPage />, backend, {
      as: 'reviewer.l1',
      route: `/items/${item.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { level: 1, name: item.title })).toBeTruthy();
    const overview = screen.getByRole('heading', { name: '内容信息' }).closest('.ant-card');
    if (!(overview instanceof HTMLElement)) throw new Error('no overview card');
    expect(within(overview).getByText(item.id)).toBeTruthy();
    expect(within(overview).getByText(item.authorName['zh-CN'])).toBeTruthy();
    expect(within(overview).getByText('药企')).toBeTruthy();
    expect(within(overview).getByText('产品推广')).toBeTruthy();
    expect(within(overview).getByText(`第 ${item.currentVersionNo} 版`)).toBeTruthy();
    expect(screen.getByText('该内容含购买链接：须显著标明“广告”，并经合规复审后方可发布。')).toBeTruthy();
  });

  it('shows an auto-rejected item’s text with its hits marked and explained, and the item’s own history', async () => {
    const item = backend.db.content.all().find((c) => c.status === 'auto_rejected' && c.hitCounts.block > 0);
    if (!item) throw new Error('seed has no auto-rejected content');
    const version = backend.db.contentVersions.get(item.currentVersionId);
    const hit = version?.ruleHits.find((h) => h.severity === 'block' && h.end > h.start);
    if (!version || !hit) throw new Error('no block hit with a span');
    await renderWithProviders(<ContentDetailPage />, backend, {
      as: 'auditor',
      route: `/items/${item.id}`,
      path,
      locale: 'en-US',
    });
    const text = await screen.findByRole('region', {
      name: `Text of version ${version.versionNo} with rule hits marked`,
    });
    const mark = text.querySelector<HTMLElement>(`mark[data-severity="block"]`);
    if (!mark) throw new Error('no block mark');
    expect(mark.tabIndex).toBe(0);
    expect(text.textContent).toContain(hit.snippet);
    mark.focus();
    await waitFor(() => expect(screen.getByTestId('hit-explanation').textContent).toContain(hit.ruleId));
    expect(screen.getByRole('list', { name: 'Rule hits' })).toBeTruthy();

    // Seeded stories predate the audit log: the item's own history is listed, under its own heading.
    expect(screen.getByRole('heading', { name: "The item's own history" })).toBeTruthy();
    const history = screen.getByRole('list', { name: "The item's own history" });
    const entries = within(history).getAllByTestId('history-entry');
    expect(entries).toHaveLength(item.history.length);
    expect(entries.at(-1)?.textContent).toContain('Auto-screened');
    expect(entries.at(-1)?.textContent).toContain('Auto-rejected');
  });

  it('compares two chosen versions of an item with several', async () => {
    const item = backend.db.content.all().find((c) => c.currentVersionNo > 1);
    if (!item) throw new Error('seed has no content with several versions');
    await renderWithProviders(<ContentDetailPage />, backend, {
      as: 'reviewer.l1',
      route: `/items/${item.id}`,
      path,
    });
    const card = (await screen.findByRole('heading', { name: '版本比较' })).closest('.ant-card');
    if (!(card instanceof HTMLElement)) throw new Error('no compare card');
    expect(await within(card).findByTestId('version-diff')).toBeTruthy();
    expect(
      within(card).getByText(`第 ${item.currentVersionNo - 1} 版 → 第 ${item.currentVersionNo} 版`),
    ).toBeTruthy();
  });

  it('answers a missing id with the not-found page', async () => {
    await renderWithProviders(<ContentDetailPage />, backend, {
      as: 'auditor',
      route: '/items/cnt_99999',
      path,
    });
    expect(await screen.findByText('页面不存在')).toBeTruthy();
    expect(screen.getByRole('button', { name: '返回内容列表' })).toBeTruthy();
  });

  it('renders an author-written title as text, never as HTML', async () => {
    const item = backend.db.content.all()[0];
    if (!item) throw new Error('seed has no content');
    backend.db.content.put({ ...item, title: XSS });
    try {
      const { container } = await renderWithProviders(<ContentDetailPage />, backend, {
        as: 'reviewer.l1',
        route: `/items/${item.id}`,
        path,
      });
      expect(await screen.findByRole('heading', { level: 1, name: XSS })).toBeTruthy();
      expect(container.querySelector('img')).toBeNull();
      expect('__xss' in window).toBe(false);
    } finally {
      backend.db.content.put(item);
    }
  });

  it('shows a submission’s audit trail with the rule-set version that screened it', async () => {
    // Submitted through the simulated author portal, so the API logs it as it would any submission.
    const res = await fetch(`${testApiBase()}/__mock/content/submissions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${issueToken(backend.db, 'admin')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        type: 'article',
        title: '冬季护肤小知识',
        body: '冬季皮肤容易干燥，洗澡水温不宜过高。本品是最佳选择，加微信 abc12345 咨询。',
        authorType: 'editor',
        purpose: 'science',
        audience: 'public',
      }),
    });
    const { item, version } = submissionResultSchema.parse(await res.json());
    const rules = ruleListSchema.parse(
      await (
        await fetch(`${testApiBase()}/content/rules`, {
          headers: { authorization: `Bearer ${issueToken(backend.db, 'auditor')}` },
        })
      ).json(),
    );
    expect(version.ruleSetVersion).toBe(rules.ruleSetVersion);
    await renderWithProviders(<ContentDetailPage />, backend, {
      as: 'auditor',
      route: `/items/${item.id}`,
      path,
    });
    const trail = await screen.findByRole('list', { name: '审计记录' });
    const events = within(trail).getAllByTestId('audit-event');
    expect(events.map((e) => e.querySelector('strong')?.textContent)).toEqual(['提交', '自动筛查']);
    expect(events[1]?.textContent).toContain(`规则集版本:${version.ruleSetVersion}`);
    for (const ruleId of new Set(version.ruleHits.map((h) => h.ruleId)))
      expect(events[1]?.textContent).toContain(ruleId);
    // The tasks table lists the first-review task the screening opened.
    const tasks = screen.getByRole('heading', { name: '审核任务' }).closest('.ant-card');
    if (!(tasks instanceof HTMLElement)) throw new Error('no tasks card');
    expect(within(tasks).getByText('待处理')).toBeTruthy();
    // No takedown for an auditor, and nothing here is live.
    expect(screen.queryByRole('button', { name: /^下\s?架$/ })).toBeNull();
  });

  it('takes live content down from the detail; the reason appears in the trail as text', async () => {
    const item = backend.db.content.all().find((c) => c.status === 'published' && c.publishedVersionNo);
    if (!item) throw new Error('seed has no published content');
    const user = userEvent.setup();
    await renderWithProviders(<ContentDetailPage />, backend, {
      as: 'admin',
      route: `/items/${item.id}`,
      path,
    });
    const versions = (await screen.findByRole('heading', { name: '版本' })).closest('.ant-card');
    if (!(versions instanceof HTMLElement)) throw new Error('no versions card');
    expect(within(versions).getByText('线上版本')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /^下\s?架$/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/下架原因/), '<b>违规</b> 医院指定');
    await user.click(within(dialog).getByRole('button', { name: '确认下架' }));
    const trail = await screen.findByRole('list', { name: '审计记录' });
    await waitFor(() =>
      expect(within(trail).getAllByTestId('audit-event').at(-1)?.textContent).toContain('下架'),
    );
    const last = within(trail).getAllByTestId('audit-event').at(-1);
    expect(last?.textContent).toContain('<b>违规</b> 医院指定');
    expect(last?.querySelector('b')).toBeNull();
    expect(await screen.findByText('已下架', { selector: '.ant-tag' })).toBeTruthy();
  });
});
