import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { slaDashboardSchema } from '@careops/domain/doctors';
import '../../i18n';
import { SlaDashboardPage } from './sla-dashboard';

const backend = setupMockApi();

describe('SlaDashboardPage', () => {
  it('shows the KPI tiles with the figures the server computed, and the four charts', async () => {
    const { queryClient } = await renderWithProviders(<SlaDashboardPage />, backend, {
      as: 'medops',
      route: '/?period=30d',
    });
    const kpis = await screen.findByRole('list', { name: '关键指标' });
    const cached = queryClient.getQueriesData({ queryKey: ['doctors', 'sla', 'metrics'] })[0]?.[1];
    const { metrics } = slaDashboardSchema.parse(cached);
    if (metrics.rate15Min === null) throw new Error('the seed has no eligible consultation');
    const tile = within(kpis).getByText('15 分钟响应率').closest('li');
    expect(tile?.textContent).toContain(`${(metrics.rate15Min * 100).toFixed(1)}%`);
    expect(metrics.queued).toBeGreaterThan(45_000);
    for (const title of [
      '各时段首次响应 P50 / P90（分钟）',
      '各科室 15 分钟响应率',
      '满意度趋势',
      '违约规则帕累托',
    ])
      expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    // Each department row links to its live queue.
    expect(screen.getByRole('link', { name: '查看全科队列' }).getAttribute('href')).toContain(
      'queue?departmentId=dep_gp',
    );
  });

  it('is read-only for compliance and forbidden to a moderator', async () => {
    const view = await renderWithProviders(<SlaDashboardPage />, backend, { as: 'reviewer.l1', route: '/' });
    expect(await screen.findByRole('list', { name: '关键指标' })).toBeTruthy();
    view.unmount();
    await renderWithProviders(<SlaDashboardPage />, backend, { as: 'moderator', route: '/' });
    expect((await screen.findAllByText(/无权/)).length).toBeGreaterThan(0);
    expect(screen.queryByRole('list', { name: '关键指标' })).toBeNull();
  });

  it('speaks English', async () => {
    await renderWithProviders(<SlaDashboardPage />, backend, { as: 'admin', route: '/', locale: 'en-US' });
    expect(await screen.findByRole('heading', { name: 'SLA dashboard' })).toBeTruthy();
    expect(await screen.findByText('15-min response rate')).toBeTruthy();
  });
});
