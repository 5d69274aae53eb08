import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { DEFAULT_BREACH_RULES } from '@careops/domain/doctors';
import '../../i18n';
import { BreachRulesPage } from './breach-rules';

const backend = setupMockApi();

const latest = () => [...backend.db.breachRules.all()].sort((a, b) => a.version - b.version).at(-1);
const group = (name: string) => screen.getByRole('group', { name });
const input = (groupName: string, label: string) =>
  within(group(groupName)).getByLabelText(label) as HTMLInputElement;

describe('BreachRulesPage', () => {
  it('shows the rules in force read-only to the roles that see SLA but may not edit them', async () => {
    for (const as of ['medops', 'reviewer.l1', 'auditor']) {
      const view = await renderWithProviders(<BreachRulesPage />, backend, { as });
      expect(await screen.findByText(/只读：仅平台管理员可以修改违约规则/)).toBeTruthy();
      const frt = group('首次响应（普通）');
      expect(within(frt).getByText('预警（分钟）').nextSibling?.textContent).toBe('10 分钟');
      expect(within(frt).getByText('严重（分钟）').nextSibling?.textContent).toBe('30 分钟');
      expect(within(frt).getByText('自动改派、患者免费取消')).toBeTruthy();
      expect(within(group('医生周度 SLA')).getByText('92%')).toBeTruthy();
      expect(screen.getByTestId('breach-rules-meta').textContent).toContain('第 1 版 · 系统默认');
      expect(screen.queryByRole('spinbutton')).toBeNull();
      expect(screen.queryByRole('button', { name: /保存规则/ })).toBeNull();
      view.unmount();
    }
  });

  it('lets the admin edit in minutes and percent, checks the ladder and the reason before any request, and saves', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<BreachRulesPage />, backend, { as: 'admin' });
    const warn = await waitFor(() => input('首次响应（普通）', '预警（分钟）'));
    expect(warn.value).toBe('10');
    expect(input('医生周度 SLA', '预警：满意度低于（%）').value).toBe('92');

    // 20 min warn is after the 15 min breach step: refused on the field, with no request.
    await user.clear(warn);
    await user.type(warn, '20');
    await user.click(screen.getByRole('button', { name: '保存规则' }));
    expect(await screen.findByText('请填写 1–1440 分钟，且须大于上一级阈值。')).toBeTruthy();
    expect(input('首次响应（普通）', '超时（分钟）').getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText('请填写修改原因（最多 500 字）。')).toBeTruthy();
    expect(latest()?.version).toBe(1);

    await user.clear(warn);
    await user.type(warn, '8');
    const satisfaction = input('医生周度 SLA', '预警：满意度低于（%）');
    await user.clear(satisfaction);
    await user.type(satisfaction, '93');
    await user.click(within(group('首次响应（快速通道）')).getByLabelText('自动改派'));
    await user.type(screen.getByLabelText('修改原因'), '旺季提速');
    await user.click(screen.getByRole('button', { name: '保存规则' }));

    await waitFor(() => expect(latest()?.version).toBe(2));
    expect(latest()?.rules).toEqual({
      ...DEFAULT_BREACH_RULES,
      frtNormal: { ...DEFAULT_BREACH_RULES.frtNormal, warnSeconds: 480 },
      frtFastLane: { ...DEFAULT_BREACH_RULES.frtFastLane, criticalActions: [] },
      doctorWeekly: {
        ...DEFAULT_BREACH_RULES.doctorWeekly,
        warn: { ...DEFAULT_BREACH_RULES.doctorWeekly.warn, satisfaction: 0.93 },
      },
    });
    expect(backend.db.audit.all().at(-1)).toMatchObject({
      action: 'breach.rules.update',
      result: 'success',
      reason: '旺季提速',
      after: { 'frtNormal.warnSeconds': 480, 'doctorWeekly.warn.satisfaction': 0.93, version: 2 },
    });
    expect(await screen.findByText('违约规则已保存（第 2 版）。')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('breach-rules-meta').textContent).toContain('第 2 版'));
    expect((screen.getByLabelText('修改原因') as HTMLTextAreaElement).value).toBe('');
  });

  it('on 409 keeps what was typed, lists the current values that differ, and saves on top of them', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<BreachRulesPage />, backend, { as: 'admin' });
    const critical = await waitFor(() => input('首次响应（普通）', '严重（分钟）'));
    // Someone else saves while the form is open.
    const before = latest();
    if (!before) throw new Error('no breach rules');
    backend.db.breachRules.put({
      ...before,
      id: `brv_${before.version + 1}`,
      version: before.version + 1,
      rules: { ...before.rules, doctorIdle: { warnSeconds: 20 * 60, breachSeconds: 45 * 60 } },
      updatedBy: 'usr_admin',
      reason: '夜间人手少',
    });

    await user.clear(critical);
    await user.type(critical, '25');
    await user.type(screen.getByLabelText('修改原因'), '加快改派');
    await user.click(screen.getByRole('button', { name: '保存规则' }));

    const notice = await screen.findByTestId('breach-rules-conflict');
    const alert = notice.closest('[role="alert"]');
    expect(alert?.textContent).toContain(`第 ${before.version + 1} 版`);
    expect(notice.textContent).toContain('医生未回复 · 预警（分钟）：最新 20 分钟，你的输入 30 分钟');
    expect(notice.textContent).toContain('首次响应（普通） · 严重（分钟）：最新 30 分钟，你的输入 25 分钟');
    expect(notice.textContent).toContain('夜间人手少');
    // Nothing typed is lost, and nothing was overwritten.
    expect(input('首次响应（普通）', '严重（分钟）').value).toBe('25');
    expect((screen.getByLabelText('修改原因') as HTMLTextAreaElement).value).toBe('加快改派');
    expect(latest()?.rules.frtNormal.criticalSeconds).toBe(before.rules.frtNormal.criticalSeconds);

    // Saving again, knowingly, is based on the fresh version.
    await user.click(screen.getByRole('button', { name: '保存规则' }));
    await waitFor(() => expect(latest()?.version).toBe(before.version + 2));
    expect(latest()?.rules.frtNormal.criticalSeconds).toBe(25 * 60);
    expect(latest()?.rules.doctorIdle).toEqual(DEFAULT_BREACH_RULES.doctorIdle);
    expect(screen.queryByTestId('breach-rules-conflict')).toBeNull();
  });

  it('offers the current values after a conflict, and puts the server’s field errors under their fields', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<BreachRulesPage />, backend, { as: 'admin' });
    const refund = await waitFor(() => input('首次响应（普通）', '自动退款（分钟）'));
    const before = latest();
    if (!before) throw new Error('no breach rules');
    backend.db.breachRules.put({
      ...before,
      id: 'brv_x',
      version: before.version + 1,
      updatedBy: 'usr_admin',
    });
    await user.clear(refund);
    await user.type(refund, '90');
    await user.type(screen.getByLabelText('修改原因'), '放宽退款');
    await user.click(screen.getByRole('button', { name: '保存规则' }));
    await screen.findByTestId('breach-rules-conflict');
    await user.click(screen.getByRole('button', { name: '改用最新值' }));
    expect(input('首次响应（普通）', '自动退款（分钟）').value).toBe(
      String(before.rules.frtNormal.refundSeconds / 60),
    );
    expect((screen.getByLabelText('修改原因') as HTMLTextAreaElement).value).toBe('放宽退款');

    // A rule only the server knows: its words land under the field it names.
    backend.server.use(
      http.put('*/api/v1/doctors/breach-rules', () =>
        HttpResponse.json(
          {
            error: {
              code: 'VALIDATION_FAILED',
              message: 'The request is not valid.',
              fieldErrors: { 'rules.coverageGap.lookaheadSeconds': ['Beyond the published roster.'] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const lookahead = input('在岗不足', '预警窗口（分钟）');
    await user.clear(lookahead);
    await user.type(lookahead, '600');
    await user.click(screen.getByRole('button', { name: '保存规则' }));
    expect(await screen.findByText('Beyond the published roster.')).toBeTruthy();
    expect(lookahead.getAttribute('aria-invalid')).toBe('true');
  });
});
