import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { addCstDays, cstWeekStartOf } from '@careops/domain/doctors';
import '../../i18n';
import { chooseOption } from '@careops/app-kit/testing';
import { RosterPage } from './roster';

const backend = setupMockApi();

describe('RosterPage', () => {
  it('colours the coverage heatmap against the minimum and says the numbers', async () => {
    await renderWithProviders(<RosterPage />, backend, {
      as: 'medops',
      route: '/roster?departmentId=dep_gp',
    });
    const heatmap = await screen.findByRole('region', { name: '按小时与星期的在岗覆盖' });
    await waitFor(() => expect(within(heatmap).getAllByText(/^\d+\/6/).length).toBe(24 * 7));
    // The seed leaves one main block a doctor short: those cells read 5/6 and say so.
    expect(within(heatmap).getAllByText('5/6').length).toBeGreaterThan(0);
    expect(within(heatmap).getAllByText('低于最低要求').length).toBeGreaterThan(0);
  });

  it('shows the server refusal in the form and keeps the choices when a shift overlaps', async () => {
    const user = userEvent.setup();
    // Next week is a draft week in the future: any of its shifts can be doubled up.
    const week = addCstDays(cstWeekStartOf(Date.now()), 7);
    const existing = backend.db.shifts
      .all()
      .find(
        (s) =>
          s.departmentId === 'dep_gp' &&
          s.status === 'draft' &&
          s.start.startsWith(week) &&
          s.type === 'night',
      );
    if (!existing) throw new Error('no Monday night draft shift next week');
    await renderWithProviders(<RosterPage />, backend, {
      as: 'medops',
      route: `/roster?departmentId=dep_gp&week=${week}`,
    });
    await user.click(await screen.findByRole('button', { name: /新增班次/ }));
    const dialog = await screen.findByRole('dialog');
    const doctor = within(dialog).getByLabelText('医生');
    const name = backend.db.doctors.get(existing.doctorId)?.name['zh-CN'];
    if (!name) throw new Error('no doctor of the shift');
    await chooseOption(user, doctor, name);
    await chooseOption(user, within(dialog).getByLabelText('开始'), '00:00');
    await chooseOption(user, within(dialog).getByLabelText('结束'), '08:00');
    await user.click(within(dialog).getByRole('button', { name: /新增班次/ }));
    expect(await within(dialog).findByText('该医生在此时段已有排班。')).toBeTruthy();
    // The choices stay as they were: the selects still show them.
    const shown = (label: string) =>
      within(dialog).getByLabelText(label).closest('.ant-select')?.querySelector('.ant-select-content')
        ?.textContent;
    expect(shown('医生')).toBe(name);
    expect(shown('结束')).toBe('08:00');
  });

  it('gives compliance the roster without any edit action', async () => {
    await renderWithProviders(<RosterPage />, backend, { as: 'reviewer.l1', route: '/roster' });
    await screen.findByRole('region', { name: '按小时与星期的在岗覆盖' });
    expect(screen.queryByRole('button', { name: /新增班次/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /发布草稿/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /取消班次/ })).toBeNull();
  });
});
