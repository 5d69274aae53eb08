import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { ContentListPage } from './content-list';

const backend = setupMockApi();
const XSS = '<img src=x onerror="window.__xss=1">';

const idOf = (link: HTMLElement) => link.getAttribute('href')?.split('/').pop() ?? '';

describe('ContentListPage', () => {
  it('shows a reviewer the first server page, newest submission first, with the total', async () => {
    await renderWithProviders(<ContentListPage />, backend, { as: 'reviewer.l1', route: '/items' });
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('link').length).toBe(20));
    const all = backend.db.content.all();
    const byId = new Map(all.map((c) => [c.id, c]));
    const links = within(table).getAllByRole('link');
    for (const link of links) expect(byId.get(idOf(link))?.title).toBe(link.textContent);
    const newest = all
      .map((c) => c.submittedAt)
      .sort()
      .at(-1);
    const [first] = links;
    expect(first && byId.get(idOf(first))?.submittedAt).toBe(newest);
    expect(screen.getByText(`共 ${all.length} 条`)).toBeTruthy();
  });

  it('applies the search and filters kept in the URL on the server', async () => {
    await renderWithProviders(<ContentListPage />, backend, {
      as: 'auditor',
      route: '/items?q=糖尿病&status=published&type=article&authorType=doctor',
    });
    const expected = backend.db.content
      .all()
      .filter(
        (c) =>
          c.title.includes('糖尿病') &&
          c.status === 'published' &&
          c.type === 'article' &&
          c.authorType === 'doctor',
      );
    expect(expected.length).toBeGreaterThan(0);
    expect(await screen.findByText(`共 ${expected.length} 条`)).toBeTruthy();
    const table = screen.getByRole('table');
    const rows = Math.min(expected.length, 20);
    await waitFor(() => expect(within(table).getAllByText('已发布').length).toBe(rows));
    expect(within(table).getAllByText('图文').length).toBe(rows);
    for (const link of within(table).getAllByRole('link')) expect(link.textContent).toContain('糖尿病');
  });

  it('shows the error state with a retry when the API fails', async () => {
    backend.scenario.set({ latencyMs: 0, failureRate: 1 });
    try {
      await renderWithProviders(<ContentListPage />, backend, { as: 'reviewer.l1', route: '/items' });
      expect(await screen.findByRole('button', { name: /重试/ })).toBeTruthy();
      expect(screen.getByText('服务暂时不可用，请稍后重试。')).toBeTruthy();
    } finally {
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
    }
  });

  it('renders an author-written title as text, never as HTML', async () => {
    const item = backend.db.content.all()[0];
    if (!item) throw new Error('seed has no content');
    backend.db.content.put({ ...item, title: XSS });
    try {
      const { container } = await renderWithProviders(<ContentListPage />, backend, {
        as: 'reviewer.l1',
        route: '/items?q=onerror',
      });
      expect(await screen.findByRole('link', { name: XSS })).toBeTruthy();
      expect(screen.getByText('共 1 条')).toBeTruthy();
      expect(container.querySelector('img')).toBeNull();
      expect('__xss' in window).toBe(false);
    } finally {
      backend.db.content.put(item);
    }
  });
});

describe('takedown from the library', () => {
  it('needs a reason, shows the fresh item on a 409, then takes the item down with the reason audited', async () => {
    const all = backend.db.content.all();
    // A title no other item shares (or contains), so the search finds this one row.
    const item = all.find(
      (c) =>
        c.status === 'published' &&
        c.publishedVersionNo !== undefined &&
        all.filter((o) => o.title.includes(c.title)).length === 1,
    );
    if (!item) throw new Error('seed has no published content');
    const user = userEvent.setup();
    await renderWithProviders(<ContentListPage />, backend, {
      as: 'reviewer.l1',
      route: `/items?live=true&q=${encodeURIComponent(item.title)}`,
    });
    await user.click(await screen.findByRole('button', { name: `下架「${item.title}」` }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '确认下架' }));
    expect(await within(dialog).findByText('请填写下架原因。')).toBeTruthy();
    expect(backend.db.content.get(item.id)?.status).toBe('published');

    // Someone else changes the item meanwhile: the 409 shows it as it is now.
    backend.db.content.put({ ...item, version: item.version + 1 });
    await user.type(within(dialog).getByLabelText(/下架原因/), '用户举报：含未经审批的功效宣称');
    await user.click(within(dialog).getByRole('button', { name: '确认下架' }));
    expect(
      await within(dialog).findByText('该内容已被他人修改，以下为最新状态；如仍需下架，请再次确认。'),
    ).toBeTruthy();
    expect(within(dialog).getByTestId('takedown-fresh').textContent).toContain('已发布');
    expect(backend.db.content.get(item.id)?.status).toBe('published');

    await user.click(within(dialog).getByRole('button', { name: '确认下架' }));
    await waitFor(() => expect(backend.db.content.get(item.id)?.status).toBe('taken_down'));
    expect(backend.db.content.get(item.id)?.takedown?.reason).toBe('用户举报：含未经审批的功效宣称');
    const event = backend.db.audit
      .all()
      .filter((e) => e.resource.id === item.id)
      .at(-1);
    expect(event).toMatchObject({ action: 'content.takedown', reason: '用户举报：含未经审批的功效宣称' });
  });

  it('offers no takedown to an auditor', async () => {
    await renderWithProviders(<ContentListPage />, backend, { as: 'auditor', route: '/items?live=true' });
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('link').length).toBeGreaterThan(0));
    expect(within(table).queryByRole('button', { name: /下架/ })).toBeNull();
  });
});
