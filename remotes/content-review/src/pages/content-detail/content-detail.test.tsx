import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
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
    expect(screen.getByText(item.id)).toBeTruthy();
    expect(screen.getByText(item.authorName['zh-CN'])).toBeTruthy();
    expect(screen.getByText('药企')).toBeTruthy();
    expect(screen.getByText('产品推广')).toBeTruthy();
    expect(screen.getByText(`第 ${item.currentVersionNo} 版`)).toBeTruthy();
    expect(screen.getByText('该内容含购买链接：须显著标明“广告”，并经合规复审后方可发布。')).toBeTruthy();
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
});
