import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { CaseListPage } from './case-list';

const backend = setupMockApi();
const XSS = '<img src=x onerror="window.__xss=1">';

/** The table's body rows with the case each one links to. */
async function caseRows() {
  const table = await screen.findByRole('table');
  await waitFor(() => expect(within(table).getAllByRole('link').length).toBeGreaterThan(0));
  return within(table)
    .getAllByRole('row')
    .flatMap((row) => {
      const link = within(row).queryByRole('link');
      const found = link && backend.db.cases.get(link.textContent ?? '');
      return found ? [{ row, found }] : [];
    });
}

describe('CaseListPage', () => {
  it('shows a moderator the first server page, soonest due first, with the total', async () => {
    await renderWithProviders(<CaseListPage />, backend, { as: 'moderator', route: '/cases' });
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('link').length).toBe(20));
    const all = backend.db.cases.all();
    const rows = await caseRows();
    expect(rows.length).toBe(20);
    const soonest = all.map((c) => c.dueAt).sort()[0];
    expect(rows[0]?.found.dueAt).toBe(soonest);
    expect(screen.getByText(`共 ${all.length} 条`)).toBeTruthy();
  });

  it('applies the filters kept in the URL on the server', async () => {
    await renderWithProviders(<CaseListPage />, backend, {
      as: 'auditor',
      route: '/cases?status=open&priority=p2&reason=contact_leak',
    });
    const expected = backend.db.cases
      .all()
      .filter((c) => c.status === 'open' && c.priority === 'p2' && c.reasons.includes('contact_leak'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await screen.findByText(`共 ${expected.length} 条`)).toBeTruthy();
    const ids = new Set(expected.map((c) => c.id));
    const rows = await caseRows();
    expect(rows.length).toBe(Math.min(expected.length, 20));
    for (const { row, found } of rows) {
      expect(ids.has(found.id)).toBe(true);
      expect(within(row).getByText('留联系方式')).toBeTruthy();
      expect(within(row).getByText('P2 较高')).toBeTruthy();
    }
  });

  it('marks open cases past their due time as overdue', async () => {
    await renderWithProviders(<CaseListPage />, backend, {
      as: 'moderator',
      route: '/cases?status=open&sort=dueAt:desc',
    });
    const rows = await caseRows();
    const overdue = rows.filter(({ found }) => Date.parse(found.dueAt) < Date.now());
    expect(overdue.length).toBeGreaterThan(0);
    for (const { row, found } of rows) {
      const isOverdue = Date.parse(found.dueAt) < Date.now();
      expect(within(row).queryByText('已超时') !== null).toBe(isOverdue);
    }
  });

  it('never marks a resolved case overdue', async () => {
    await renderWithProviders(<CaseListPage />, backend, {
      as: 'moderator',
      route: '/cases?status=resolved',
    });
    const rows = await caseRows();
    expect(rows.some(({ found }) => Date.parse(found.dueAt) < Date.now())).toBe(true);
    expect(screen.queryByText('已超时')).toBeNull();
  });

  it('shows the error state with a retry when the API fails', async () => {
    backend.scenario.set({ latencyMs: 0, failureRate: 1 });
    try {
      await renderWithProviders(<CaseListPage />, backend, { as: 'moderator', route: '/cases' });
      expect(await screen.findByRole('button', { name: /重试/ })).toBeTruthy();
      expect(screen.getByText('服务暂时不可用，请稍后重试。')).toBeTruthy();
    } finally {
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
    }
  });

  it('renders user-written text as text, never as HTML', async () => {
    const reported = backend.db.cases.all()[0];
    if (!reported) throw new Error('seed has no case');
    backend.db.cases.put({ ...reported, excerpt: XSS, userNickname: XSS });
    try {
      const { container } = await renderWithProviders(<CaseListPage />, backend, {
        as: 'moderator',
        route: '/cases?q=onerror',
      });
      expect(await screen.findByText('共 1 条')).toBeTruthy();
      // Once as the nickname, once as the excerpt.
      expect(screen.getAllByText(XSS).length).toBe(2);
      expect(container.querySelector('img')).toBeNull();
      expect('__xss' in window).toBe(false);
    } finally {
      backend.db.cases.put(reported);
    }
  });
});
