import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { CaseDetailPage } from './case-detail';

const backend = setupMockApi();
const path = '/cases/:caseId';
const XSS = '<img src=x onerror="window.__xss=1">';

describe('CaseDetailPage', () => {
  it('shows an open self-harm case with the full reported text and the crisis notice', async () => {
    const crisis = backend.db.cases
      .all()
      .find((c) => c.reasons.includes('self_harm') && (c.status === 'open' || c.status === 'in_review'));
    if (!crisis) throw new Error('seed has no open self-harm case');
    await renderWithProviders(<CaseDetailPage />, backend, {
      as: 'moderator',
      route: `/cases/${crisis.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { level: 1, name: `案件 ${crisis.id}` })).toBeTruthy();
    expect(screen.getByText(crisis.excerpt)).toBeTruthy();
    expect(screen.getByText(crisis.userNickname)).toBeTruthy();
    expect(screen.getByText(crisis.circleName['zh-CN'])).toBeTruthy();
    expect(screen.getByText('P1 紧急')).toBeTruthy();
    expect(screen.getByText('自伤风险')).toBeTruthy();
    expect(
      screen.getByText('疑似自伤风险：请优先处理，向用户推送心理援助热线，此类案件不予处罚。'),
    ).toBeTruthy();
  });

  it('drops the crisis prompt once a self-harm case is closed', async () => {
    const closed = backend.db.cases
      .all()
      .find((c) => c.reasons.includes('self_harm') && c.status === 'closed');
    if (!closed) throw new Error('seed has no closed self-harm case');
    await renderWithProviders(<CaseDetailPage />, backend, {
      as: 'moderator',
      route: `/cases/${closed.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { level: 1, name: `案件 ${closed.id}` })).toBeTruthy();
    expect(screen.getByText('已结案')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("names the moderator's own assignment", async () => {
    const mine = backend.db.cases.all().find((c) => c.assigneeId === 'usr_moderator');
    if (!mine) throw new Error('seed has no case assigned to the moderator');
    await renderWithProviders(<CaseDetailPage />, backend, {
      as: 'moderator',
      route: `/cases/${mine.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { level: 1, name: `案件 ${mine.id}` })).toBeTruthy();
    expect(screen.getByText('我')).toBeTruthy();
  });

  it('answers a missing id with the not-found page', async () => {
    await renderWithProviders(<CaseDetailPage />, backend, {
      as: 'auditor',
      route: '/cases/case_99999',
      path,
    });
    expect(await screen.findByText('页面不存在')).toBeTruthy();
    expect(screen.getByRole('button', { name: '返回案件列表' })).toBeTruthy();
  });

  it('renders user-written text as text, never as HTML', async () => {
    const reported = backend.db.cases.all()[0];
    if (!reported) throw new Error('seed has no case');
    backend.db.cases.put({ ...reported, excerpt: XSS, userNickname: XSS });
    try {
      const { container } = await renderWithProviders(<CaseDetailPage />, backend, {
        as: 'moderator',
        route: `/cases/${reported.id}`,
        path,
      });
      expect(await screen.findByRole('heading', { level: 1, name: `案件 ${reported.id}` })).toBeTruthy();
      expect(screen.getAllByText(XSS).length).toBe(2);
      expect(container.querySelector('img')).toBeNull();
      expect('__xss' in window).toBe(false);
    } finally {
      backend.db.cases.put(reported);
    }
  });
});
