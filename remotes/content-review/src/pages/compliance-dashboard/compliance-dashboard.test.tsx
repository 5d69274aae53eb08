import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { contentDashboardSchema } from '@careops/domain/content';
import '../../i18n';
import { ComplianceDashboardPage } from './compliance-dashboard';
import { cstDate } from '@careops/app-kit';

const backend = setupMockApi();
const tileText = (key: string) => screen.getByTestId(`kpi-${key}`).textContent ?? '';
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

async function tableOf(title: string) {
  const card = screen.getByRole('heading', { name: title }).closest('.ant-card');
  if (!(card instanceof HTMLElement)) throw new Error(`no card ${title}`);
  await userEvent.setup().click(within(card).getByRole('button', { name: /表\s?格/ }));
  return within(card).getByRole('table').querySelectorAll('tbody tr');
}

describe('ComplianceDashboardPage', () => {
  it('shows the figures the API computes for the range in the URL, every chart readable as a table', async () => {
    const now = backend.db.now();
    const from = cstDate(now - 60 * 86_400_000);
    const to = cstDate(now);
    const { queryClient } = await renderWithProviders(<ComplianceDashboardPage />, backend, {
      as: 'auditor',
      route: `/dashboard?from=${from}&to=${to}`,
    });
    await screen.findByRole('list', { name: '关键指标' });
    expect((screen.getByLabelText('开始日期') as HTMLInputElement).value).toBe(from);
    const data = contentDashboardSchema.parse(
      queryClient.getQueriesData({ queryKey: ['content', 'dashboard'] })[0]?.[1],
    );
    expect(data.from.startsWith(from)).toBe(true);
    expect(data.screened).toBeGreaterThan(0);

    expect(tileText('firstPass')).toContain(pct(data.firstPassApprovalRate));
    expect(tileText('autoBlock')).toContain(pct(data.autoBlockRate));
    expect(tileText('takedowns')).toContain(data.takedowns.toLocaleString('zh-CN'));
    const overdueTotal =
      data.overdueByStage.first + data.overdueByStage.medical + data.overdueByStage.compliance;
    expect(tileText('overdue')).toContain(overdueTotal.toLocaleString('zh-CN'));

    const overdueRows = await tableOf('各环节超时任务');
    expect([...overdueRows].map((r) => r.querySelectorAll('td')[1]?.textContent)).toEqual([
      String(data.overdueByStage.first),
      String(data.overdueByStage.medical),
      String(data.overdueByStage.compliance),
    ]);
    const hitRows = await tableOf('命中最多的规则');
    expect([...hitRows].map((r) => r.querySelectorAll('td')[0]?.textContent)).toEqual(
      data.topRuleHits.map((h) => h.ruleId),
    );
    expect([...hitRows].map((r) => r.querySelectorAll('td')[2]?.textContent)).toEqual(
      data.topRuleHits.map((h) => h.count.toLocaleString('zh-CN')),
    );
    const tatRows = await tableOf('各环节审核时长');
    expect([...tatRows].map((r) => r.querySelectorAll('td')[1]?.textContent)).toEqual(
      data.turnaround.map((s) => s.decided.toLocaleString('zh-CN')),
    );
  });

  it('refuses a reversed range, is forbidden to a moderator and speaks English', async () => {
    let view = await renderWithProviders(<ComplianceDashboardPage />, backend, {
      as: 'auditor',
      route: '/dashboard?from=2026-11-22&to=2026-11-20',
    });
    expect(await screen.findByText('开始日期须不晚于结束日期。')).toBeTruthy();
    view.unmount();
    view = await renderWithProviders(<ComplianceDashboardPage />, backend, { as: 'moderator' });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    view.unmount();
    await renderWithProviders(<ComplianceDashboardPage />, backend, { as: 'auditor', locale: 'en-US' });
    expect(await screen.findByRole('list', { name: 'Key figures' })).toBeTruthy();
    expect(screen.getByText('First-pass approval')).toBeTruthy();
  });
});
