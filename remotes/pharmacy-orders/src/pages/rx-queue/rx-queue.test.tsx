import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { chooseOption } from '@careops/app-kit/testing';
import { RxQueuePage } from './rx-queue';

const backend = setupMockApi();

describe('RxQueuePage', () => {
  it('lists prescriptions in review oldest first, and a rejection needs a reason code', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<RxQueuePage />, backend, { as: 'pharmacist', route: '/rx' });
    const list = await screen.findByRole('list', { name: '处方审核' });
    const cards = within(list).getAllByRole('heading', { level: 2 });
    const inReview = backend.db.orders
      .all()
      .filter((o) => o.status === 'rx_review')
      .sort((a, b) => (a.timers.paidAt ?? '').localeCompare(b.timers.paidAt ?? ''));
    expect(cards[0]?.textContent).toBe(inReview[0]?.id);
    const id = cards[0]?.textContent ?? '';

    const card = within(list).getAllByRole('listitem')[0];
    if (!card) throw new Error('no card');
    await user.click(within(card).getByRole('button', { name: '驳回处方' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('备注'), '剂量需核实');
    await user.click(within(dialog).getByRole('button', { name: '驳回处方' }));
    expect(await within(dialog).findByText('必填')).toBeTruthy();
    expect(backend.db.orders.get(id)?.status).toBe('rx_review');

    await chooseOption(user, within(dialog).getByLabelText('原因'), '超剂量');
    // What was typed before the refusal is still there.
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('备注').value).toBe('剂量需核实');
    await user.click(within(dialog).getByRole('button', { name: '驳回处方' }));
    // Rejected → cancelled, and the platform refunds the paid order in the same write.
    await waitFor(() => expect(backend.db.orders.get(id)?.status).toBe('refunded'));
    expect(backend.db.orders.get(id)?.rx?.rejectReason).toEqual({ code: 'dose_excess', note: '剂量需核实' });
  });

  it('shows the forbidden page to a partner without a pharmacist licence', async () => {
    await renderWithProviders(<RxQueuePage />, backend, { as: 'pharmacy.a', route: '/rx' });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(screen.queryByRole('list', { name: '处方审核' })).toBeNull();
  });
});
