import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useParams } from '@careops/router';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { ReviewQueuePage } from './review-queue';

const backend = setupMockApi();

function WorkspaceStub() {
  const { taskId } = useParams();
  return <p>workspace {taskId}</p>;
}
const app = (
  <Routes>
    <Route path="queue" element={<ReviewQueuePage />} />
    <Route path="review/:taskId" element={<WorkspaceStub />} />
  </Routes>
);

const openFirstTasks = () =>
  backend.db.contentTasks
    .all()
    .filter((t) => t.stage === 'first' && t.status === 'open')
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));

describe('ReviewQueuePage', () => {
  it('shows a first-stage reviewer only first review, by due time, with due chips and claims', async () => {
    await renderWithProviders(app, backend, { as: 'reviewer.l1', route: '/queue' });
    const table = await screen.findByRole('table', { name: '审核任务' });
    const first = openFirstTasks();
    const [earliest] = first;
    if (!earliest) throw new Error('seed has no open first-review task');
    const title = backend.db.content.get(earliest.contentId)?.title ?? '';
    await waitFor(() => expect(within(table).getAllByRole('link')[0]?.textContent).toBe(title));
    expect(screen.getByText(`共 ${first.length} 条`)).toBeTruthy();
    expect(within(table).getAllByText('初审').length).toBeGreaterThan(0);
    expect(within(table).queryByText('医学审核')).toBeNull();
    // The stage switch offers only what this user decides.
    expect(screen.getByRole('radio', { name: '初审' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: '医学审核' })).toBeNull();
    expect(within(table).getAllByText(/^(按时|即将到期|已超时)$/).length).toBeGreaterThan(0);
    expect(within(table).getAllByRole('button', { name: /^认领：/ }).length).toBeGreaterThan(0);
  });

  it('keeps mine and overdue in the URL and lets read-only users see every stage without claims', async () => {
    await renderWithProviders(app, backend, { as: 'auditor', route: '/queue?overdue=true' });
    expect(await screen.findByText(/只读/)).toBeTruthy();
    const overdue = screen.getByRole('button', { name: '仅看超时' });
    expect(overdue.getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table');
    await waitFor(() => expect(within(table).getAllByText('已超时').length).toBeGreaterThan(0));
    expect(within(table).queryByText('按时')).toBeNull();
    expect(within(table).queryByRole('button', { name: /^认领/ })).toBeNull();
    for (const stage of ['全部阶段', '初审', '医学审核', '合规审核'])
      expect(screen.getByRole('radio', { name: stage })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '我认领的' })).toBeNull();
    expect(within(table).getAllByText('只读：你的角色不审核内容。').length).toBeGreaterThan(0);
  });

  it('gives an L2 reviewer first and compliance review, and words a four-eyes refusal from its code', async () => {
    const compliance = backend.db.contentTasks
      .all()
      .find((t) => t.stage === 'compliance' && t.status === 'open' && !t.claimedBy);
    const item = compliance && backend.db.content.get(compliance.contentId);
    const l2 = backend.db.users.find((u) => u.username === 'reviewer.l2');
    if (!compliance || !item || !l2) throw new Error('seed has no open compliance task');
    // reviewer.l2 decided the first review of this version.
    backend.db.content.put({
      ...item,
      history: [
        ...item.history,
        {
          from: 'first_review',
          to: 'medical_review',
          action: 'pass',
          at: compliance.createdAt,
          actorId: l2.id,
          actorRole: l2.role,
          versionNo: compliance.versionNo,
          stage: 'first',
        },
      ],
    });
    try {
      await renderWithProviders(app, backend, {
        as: 'reviewer.l2',
        route: `/queue?q=${compliance.contentId}`,
        locale: 'en-US',
      });
      for (const stage of ['All stages', 'First review', 'Compliance review'])
        expect(await screen.findByRole('radio', { name: stage })).toBeTruthy();
      expect(screen.queryByRole('radio', { name: 'Medical review' })).toBeNull();
      const table = screen.getByRole('table');
      expect(
        await within(table).findByText(
          'Four-eyes rule: you decided another stage of this version; another reviewer must decide this one.',
        ),
      ).toBeTruthy();
      expect(within(table).queryByRole('button', { name: /^Claim/ })).toBeNull();
    } finally {
      backend.db.content.put(item);
    }
  });

  it('claims a task and opens the workspace', async () => {
    await renderWithProviders(app, backend, { as: 'reviewer.l1', route: '/queue' });
    const table = await screen.findByRole('table');
    const [button] = await within(table).findAllByRole('button', { name: /^认领：/ });
    if (!button) throw new Error('no claim button');
    fireEvent.click(button);
    const stub = await screen.findByText(/^workspace tsk_/);
    const taskId = stub.textContent?.replace('workspace ', '') ?? '';
    expect(backend.db.contentTasks.get(taskId)?.claimedBy).toBe('usr_reviewer_l1');
  });

  it('says who holds a task someone else claimed in the meantime', async () => {
    await renderWithProviders(app, backend, { as: 'reviewer.l1', route: '/queue?sort=dueAt:desc' });
    const table = await screen.findByRole('table');
    const [button] = await within(table).findAllByRole('button', { name: /^认领：/ });
    if (!button) throw new Error('no claim button');
    const title = button.getAttribute('aria-label')?.replace('认领：', '') ?? '';
    const task = backend.db.contentTasks
      .all()
      .find((t) => t.status === 'open' && backend.db.content.get(t.contentId)?.title === title);
    if (!task) throw new Error('no task for the row');
    backend.db.contentTasks.put({ ...task, claimedBy: 'usr_physician', assigneeId: 'usr_physician' });
    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('该任务已被');
    expect(alert.textContent).toContain('认领');
    await waitFor(() => expect(within(table).getAllByText(/已认领$/).length).toBeGreaterThan(0));
  });

  it('shows the error state with a retry when the API fails', async () => {
    backend.scenario.set({ latencyMs: 0, failureRate: 1 });
    try {
      await renderWithProviders(app, backend, { as: 'reviewer.l1', route: '/queue' });
      expect(await screen.findByRole('button', { name: /重试/ })).toBeTruthy();
    } finally {
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
    }
  });

  it('is forbidden to users who may not view content', async () => {
    await renderWithProviders(app, backend, { as: 'moderator', route: '/queue' });
    expect(await screen.findByRole('heading', { name: '无权访问' })).toBeTruthy();
  });
});
