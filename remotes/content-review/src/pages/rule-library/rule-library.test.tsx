import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { DEFAULT_RULES, scanContent, validateRulePattern } from '@careops/domain/content';
import '../../i18n';
import { RuleLibraryPage } from './rule-library';

const backend = setupMockApi();

describe('RuleLibraryPage', () => {
  it('lists every rule with its name in the UI language, filtered by severity from the URL', async () => {
    const view = await renderWithProviders(<RuleLibraryPage />, backend, { as: 'auditor', route: '/rules' });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(DEFAULT_RULES.length);
    expect(within(table).getByText('绝对化用语')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: /编辑规则/ })).toBeNull();
    view.unmount();

    await renderWithProviders(<RuleLibraryPage />, backend, {
      as: 'auditor',
      route: '/rules?severity=medium',
      locale: 'en-US',
    });
    const medium = DEFAULT_RULES.filter((r) => r.severity === 'medium');
    const filtered = await screen.findByRole('table');
    expect(within(filtered).getAllByRole('row').slice(1)).toHaveLength(medium.length);
    expect(screen.getByText(`Showing ${medium.length} of ${DEFAULT_RULES.length} rules`)).toBeTruthy();
  });

  it('refuses an invalid pattern with the server’s localised field error and saves nothing', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<RuleLibraryPage />, backend, { as: 'reviewer.l2', route: '/rules' });
    await user.click(await screen.findByRole('button', { name: '编辑规则 AD-11' }));
    const dialog = await screen.findByRole('dialog');
    const pattern = within(dialog).getByLabelText('规则内容');
    await user.clear(pattern);
    await user.type(pattern, '根治(');
    await user.type(within(dialog).getByLabelText('修改原因'), '收紧诱导用语');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    const expected = validateRulePattern('根治(', 'regex')?.['zh-CN'];
    expect(expected).toMatch(/^正则表达式无效/);
    await waitFor(() =>
      expect(within(dialog).getByLabelText('规则内容').getAttribute('aria-invalid')).toBe('true'),
    );
    const errorId = within(dialog).getByLabelText('规则内容').getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe(expected);
    expect(backend.db.contentRules.get('AD-11')?.version).toBe(1);
  });

  it('lets a read-only reviewer test a sample and shows the hits the server finds', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<RuleLibraryPage />, backend, { as: 'reviewer.l1', route: '/rules' });
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /编辑规则/ })).toBeNull();
    const sample = '本品保证治愈鼻炎，祖传秘方，加微信 abc12345 咨询。';
    await user.type(screen.getByLabelText('样例文本'), sample);
    await user.click(screen.getByRole('button', { name: /测\s?试/ }));
    const expected = scanContent(sample, undefined, { rules: backend.db.contentRules.all() });
    expect(expected.length).toBeGreaterThan(1);
    const hits = await screen.findAllByTestId('test-hit');
    expect(hits.map((h) => h.querySelector('code')?.textContent)).toEqual(expected.map((h) => h.ruleId));
    expect(screen.getByText(`共 ${expected.length} 处命中`)).toBeTruthy();
    const [first] = expected;
    expect(first && screen.getAllByText(first.message['zh-CN']).length).toBeGreaterThan(0);
  });

  it('tests an unsaved pattern before it is saved', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<RuleLibraryPage />, backend, { as: 'medops', route: '/rules' });
    await screen.findByRole('table');
    await user.type(screen.getByLabelText('样例文本'), '限时秒杀，今日特惠。');
    await user.type(screen.getByLabelText(/试用规则内容/), '秒杀|特惠');
    await user.click(screen.getByRole('button', { name: /测\s?试/ }));
    const hits = await screen.findAllByTestId('test-hit');
    expect(hits.map((h) => h.textContent)).toEqual([
      expect.stringContaining('“秒杀”'),
      expect.stringContaining('“特惠”'),
    ]);
  });
});
