import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { openOptions } from '@careops/app-kit/testing';
import { LiveQueuePage } from './live-queue';

const backend = setupMockApi();

describe('LiveQueuePage', () => {
  it('lists waiting consultations with masked patients and SLA levels in words', async () => {
    await renderWithProviders(<LiveQueuePage />, backend, { as: 'medops', route: '/queue' });
    const table = await screen.findByRole('table', { name: '等待中的问诊' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(3);
    expect(within(table).getAllByText(/已等 \d+:\d{2}/).length).toBe(rows.length);
    expect(within(table).getAllByText('(已脱敏)').length).toBeGreaterThan(0);
  });

  it('says what the system did at the critical step, where the doctor is named', async () => {
    await renderWithProviders(<LiveQueuePage />, backend, { as: 'auditor', route: '/queue' });
    const table = await screen.findByRole('table', { name: '等待中的问诊' });
    // Longest waits first: the first page holds the consultations past the critical step, and the
    // seed always has some — moved to another doctor, or queued with nobody to move them from.
    const tags = within(table).getAllByText(/^(已自动改派|无医生可改派|未分配，未改派)$/);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag.closest('tr')?.textContent).toContain('严重超时');
  });

  it('asks for a doctor and a reason, then reassigns and the server records it', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<LiveQueuePage />, backend, { as: 'medops', route: '/queue' });
    const table = await screen.findByRole('table', { name: '等待中的问诊' });
    const firstRow = within(table).getAllByRole('row')[1];
    if (!firstRow) throw new Error('nobody waiting');
    const id = within(firstRow).getAllByRole('cell')[0]?.textContent ?? '';
    await user.click(within(firstRow).getByRole('button', { name: /^改\s?派$/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /^改\s?派$/ }));
    expect(await within(dialog).findByText('请填写原因。')).toBeTruthy();
    expect(within(dialog).getByText('请选择医生。')).toBeTruthy();

    const select = within(dialog).getByLabelText('在岗医生');
    const options = await waitFor(async () => {
      const offered = await openOptions(user, select);
      expect(offered.length).toBeGreaterThan(0);
      return offered;
    });
    const option = options[0];
    if (!option) throw new Error('no doctor on duty');
    await user.click(option);
    // The option shows the doctor's name with the load; two doctors may share a name, so the
    // server's choice must be one of the doctors of that name.
    const named = backend.db.doctors
      .all()
      .filter((d) => option.textContent?.startsWith(`${d.name['zh-CN']} —`))
      .map((d) => d.id);
    if (named.length === 0) throw new Error(`no doctor for "${option.textContent}"`);
    await user.type(within(dialog).getByLabelText('原因'), '医生临时离线');
    await user.click(within(dialog).getByRole('button', { name: /^改\s?派$/ }));
    // The audit record says who held it as the queue showed it: the stored row can differ from
    // that when the system reassigned it at the critical step (derived, not written).
    await waitFor(() =>
      expect(backend.db.audit.all().at(-1)).toMatchObject({
        action: 'consultation.reassign',
        resource: { id },
        reason: '医生临时离线',
      }),
    );
    const event = backend.db.audit.all().at(-1);
    expect(event?.before?.doctorId).not.toBe(event?.after?.doctorId);
    expect(named).toContain(event?.after?.doctorId);
    expect(backend.db.consultations.get(id)?.doctorId).toBe(event?.after?.doctorId);
  });

  it('shows no reassign action to compliance or audit, who still see the queue', async () => {
    for (const as of ['reviewer.l1', 'auditor']) {
      const view = await renderWithProviders(<LiveQueuePage />, backend, { as, route: '/queue' });
      await screen.findByRole('table', { name: '等待中的问诊' });
      expect(screen.queryByRole('button', { name: /^改\s?派$/ })).toBeNull();
      view.unmount();
    }
  });
});
