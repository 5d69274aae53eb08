import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { renderWithProviders, setupMockApi, testApiBase } from '@careops/app-kit/testing';
import type { Transcript } from '@careops/domain/doctors';
import '../i18n';
import { LiveQueuePage } from '../pages/live-queue/live-queue';
import { TranscriptButton } from './transcript';

const backend = setupMockApi();

/** A consultation that has arrived and been answered: its chat has both sides. */
function answered() {
  const c = backend.db.consultations
    .all()
    .find((x) => x.status === 'completed' && x.doctorId !== undefined && x.closeReason === 'completed');
  if (!c) throw new Error('the seed has no completed consultation');
  return c;
}
/**
 * The transcript dialog, by its title. Under test antd gives every title the same id, so a
 * dialog's accessible name can come from another element of the page.
 */
async function chatDialog(id: string): Promise<HTMLElement> {
  const title = await screen.findByText(`${id} 的聊天记录`, {}, { timeout: 10_000 });
  const dialog = title.closest<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('the title is not in a dialog');
  return dialog;
}
const openings = () =>
  backend.db.audit.all().filter((e) => e.action === 'transcript.view' && e.result === 'success');

describe('TranscriptButton', () => {
  it('asks the licensed physician for a reason, then shows the chat with the masked patient; audited', async () => {
    const user = userEvent.setup();
    const c = answered();
    await renderWithProviders(<TranscriptButton consultationId={c.id} />, backend, { as: 'physician' });
    await user.click(screen.getByRole('button', { name: `查看聊天记录 ${c.id}` }));
    const ask = await screen.findByRole('dialog', { name: `打开 ${c.id} 的聊天记录` });
    expect(within(ask).getByText(/记入审计日志/)).toBeTruthy();
    // No reason, no request.
    const before = openings().length;
    await user.click(within(ask).getByRole('button', { name: /打\s?开/ }));
    expect(await within(ask).findByText('请填写原因。')).toBeTruthy();
    expect(openings()).toHaveLength(before);

    await user.type(within(ask).getByLabelText('原因'), '患者投诉复核');
    await user.click(within(ask).getByRole('button', { name: /打\s?开/ }));
    const chat = await chatDialog(c.id);
    expect(within(chat).getByText(c.patient.name['zh-CN'])).toBeTruthy();
    const doctor = backend.db.doctors.get(c.doctorId ?? '');
    expect(within(chat).getByText(doctor?.name['zh-CN'] ?? 'none')).toBeTruthy();
    const messages = within(chat).getByRole('list', { name: `${c.id} 的消息` });
    const items = within(messages).getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items[0]?.textContent).toMatch(/^患者/);
    expect(items[1]?.textContent).toMatch(/^医生/);
    expect(openings()).toHaveLength(before + 1);
    expect(openings().at(-1)).toMatchObject({ reason: '患者投诉复核', resource: { id: c.id } });

    // The footer's close button (the corner's has the same name).
    const closers = within(chat).getAllByRole('button', { name: /关\s?闭/ });
    await user.click(closers[closers.length - 1] ?? chat);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  }, 30_000);

  it('shows what was written as text, never as markup', async () => {
    const user = userEvent.setup();
    const c = answered();
    const text = '<b>加粗</b><img src=x onerror="alert(1)">\n第二行';
    backend.server.use(
      http.get(`${testApiBase()}/doctors/consultations/:id/transcript`, () =>
        HttpResponse.json({
          consultationId: c.id,
          patient: { name: { 'zh-CN': '王**', 'en-US': 'W**' } },
          openedAt: '2026-11-23T10:00:00+08:00',
          messages: [{ at: '2026-11-23T09:00:00+08:00', author: 'patient', text }],
        } satisfies Transcript),
      ),
    );
    await renderWithProviders(<TranscriptButton consultationId={c.id} />, backend, { as: 'physician' });
    await user.click(screen.getByRole('button', { name: `查看聊天记录 ${c.id}` }));
    await user.type(await screen.findByLabelText('原因'), '质控抽查');
    await user.click(screen.getByRole('button', { name: /打\s?开/ }));
    const chat = await chatDialog(c.id);
    const item = within(chat).getByRole('listitem');
    expect(item.textContent).toContain(text);
    expect(item.querySelector('b, img')).toBeNull();
    expect(within(chat).getByText('王**')).toBeTruthy();
  });

  it('words the server refusing with 403 and keeps the reason typed', async () => {
    const user = userEvent.setup();
    const c = answered();
    backend.server.use(
      http.get(`${testApiBase()}/doctors/consultations/:id/transcript`, () =>
        HttpResponse.json({ error: { code: 'FORBIDDEN', message: 'Forbidden' } }, { status: 403 }),
      ),
    );
    await renderWithProviders(<TranscriptButton consultationId={c.id} />, backend, { as: 'physician' });
    await user.click(screen.getByRole('button', { name: `查看聊天记录 ${c.id}` }));
    const ask = await screen.findByRole('dialog');
    await user.type(within(ask).getByLabelText('原因'), '复核');
    await user.click(within(ask).getByRole('button', { name: /打\s?开/ }));
    expect((await within(ask).findByRole('alert')).textContent).toContain(
      '仅持有执业医师资格的医务运营人员可查看聊天记录',
    );
    expect(within(ask).getByLabelText('原因')).toHaveProperty('value', '复核');
  });

  it('is not offered to medops without the licence, nor to the auditor or compliance', async () => {
    const c = answered();
    for (const as of ['medops', 'auditor', 'reviewer.l1']) {
      const view = await renderWithProviders(
        <>
          <span>ready</span>
          <TranscriptButton consultationId={c.id} />
        </>,
        backend,
        { as },
      );
      expect(await screen.findByText('ready')).toBeTruthy();
      expect(screen.queryByRole('button', { name: /聊天记录/ })).toBeNull();
      view.unmount();
    }
  });
});

describe('live queue transcripts', () => {
  it('offers the transcript on each waiting consultation to the physician', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<LiveQueuePage />, backend, { as: 'physician', route: '/queue' });
    const table = await screen.findByRole('table', { name: '等待中的问诊' }, { timeout: 15_000 });
    const row = within(table).getAllByRole('row')[1];
    if (!row) throw new Error('nobody waits');
    const id = within(row).getAllByRole('cell')[0]?.textContent ?? '';
    await user.click(within(row).getByRole('button', { name: `查看聊天记录 ${id}` }));
    await user.type(await screen.findByLabelText('原因'), '排队过久复核');
    await user.click(screen.getByRole('button', { name: /打\s?开/ }));
    const chat = await chatDialog(id);
    // Nobody has answered yet: the patient's opening message only.
    expect(within(chat).getAllByRole('listitem')).toHaveLength(1);
    expect(openings().at(-1)).toMatchObject({ reason: '排队过久复核', resource: { id } });
  }, 40_000);
});
