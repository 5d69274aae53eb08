import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { BreachLogPage } from './breach-log';

const backend = setupMockApi();

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
});
