import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { renderWithProviders, setupMockApi, testApiBase } from '@careops/app-kit/testing';
import type { BreachLogItem } from '@careops/domain/doctors';
import '../../i18n';
import { BreachLogPage } from './breach-log';

const backend = setupMockApi();
// The log derives every rule from the seeded rows: seed them before the first test's clock starts.
beforeAll(() => void backend.db.consultations.all(), 60_000);

describe('BreachLogPage', () => {
  it('pages the log on the server and waives a breach with a reason', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<BreachLogPage />, backend, {
      as: 'medops',
      route: '/breaches?level=critical&waived=false&pageSize=10',
    });
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBe(11));
    const row = within(table).getAllByRole('row')[1];
    if (!row) throw new Error('no breach row');
    const subject = within(row).getAllByRole('cell')[3]?.textContent ?? '';
    await user.click(within(row).getByRole('button', { name: /豁\s?免/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('原因'), '平台故障');
    await user.click(within(dialog).getByRole('button', { name: /豁\s?免/ }));
    await waitFor(() =>
      expect(backend.db.audit.all().at(-1)).toMatchObject({ action: 'breach.waive', reason: '平台故障' }),
    );
    expect(backend.db.audit.all().at(-1)?.after).toMatchObject({ subjectId: subject });
  });

  it('offers no waiver to the auditor', async () => {
    await renderWithProviders(<BreachLogPage />, backend, { as: 'auditor', route: '/breaches' });
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2));
    expect(screen.queryByRole('button', { name: /豁\s?免/ })).toBeNull();
  });

  it('filters by rule: a weekly breach names the doctor, the week and what fell short, and is waived', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<BreachLogPage />, backend, {
      as: 'medops',
      route: '/breaches?rule=DOCTOR_WEEKLY&waived=false&pageSize=10',
    });
    const filter = screen.getByRole('combobox', { name: '规则' });
    expect(filter.closest('.ant-select')?.textContent).toContain('医生周度 SLA');
    const table = await screen.findByRole('table');
    await waitFor(() => {
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.length).toBe(10);
      for (const row of rows) expect(within(row).getAllByRole('cell')[1]?.textContent).toBe('医生周度 SLA');
    });
    const row = within(table).getAllByRole('row')[1];
    if (!row) throw new Error('no weekly breach');
    const link = within(row).getByRole('link');
    const doctorId = link.textContent ?? '';
    expect(link.getAttribute('href')).toBe(`/doctors/${doctorId}`);
    expect(within(row).getByText(/当周：(15 分钟响应率|满意度|投诉)/)).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: /豁\s?免/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('原因'), '当周系统故障');
    await user.click(within(dialog).getByRole('button', { name: /豁\s?免/ }));
    await waitFor(() =>
      expect(backend.db.audit.all().at(-1)).toMatchObject({
        action: 'breach.waive',
        reason: '当周系统故障',
        after: { rule: 'DOCTOR_WEEKLY', subjectId: doctorId },
      }),
    );
  }, 30_000);

  it('words a coverage gap as the department short of doctors, and offers transcripts on consultations only', async () => {
    const items: BreachLogItem[] = [
      {
        id: 'brc_dep_gp_COVERAGE_GAP_202611240000',
        subjectType: 'dept',
        subjectId: 'dep_gp',
        rule: 'COVERAGE_GAP',
        level: 'breach',
        at: '2026-11-24T00:00:00+08:00',
        departmentId: 'dep_gp',
        gap: { from: '2026-11-24T00:00:00+08:00', to: '2026-11-24T02:30:00+08:00', onDuty: 5, required: 6 },
        version: 2,
      },
      {
        id: 'brc_con_000042_DOCTOR_IDLE',
        subjectType: 'consultation',
        subjectId: 'con_000042',
        rule: 'DOCTOR_IDLE',
        level: 'warn',
        at: '2026-11-23T23:30:00+08:00',
        departmentId: 'dep_gp',
        version: 3,
      },
    ];
    backend.server.use(
      http.get(`${testApiBase()}/doctors/breaches`, () =>
        HttpResponse.json({ items, total: items.length, page: 1, pageSize: 20 }),
      ),
    );
    await renderWithProviders(<BreachLogPage />, backend, { as: 'physician', route: '/breaches' });
    const table = await screen.findByRole('table');
    const gapRow = await within(table).findByRole('row', { name: /在岗不足/ });
    expect(gapRow.textContent).toMatch(/全科，2026.*00:00 至 02:30：在岗 5\/6/);
    expect(within(gapRow).queryByRole('button', { name: /聊天记录/ })).toBeNull();
    const idleRow = within(table).getByRole('row', { name: /医生未回复/ });
    expect(within(idleRow).getByRole('button', { name: '查看聊天记录 con_000042' })).toBeTruthy();
  });
});
