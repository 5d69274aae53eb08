import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from '@careops/router';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { ReviewWorkspacePage } from './review-workspace';

const backend = setupMockApi();

const app = (
  <Routes>
    <Route path="review/:taskId" element={<ReviewWorkspacePage />} />
    <Route path="queue" element={<p>the queue</p>} />
  </Routes>
);

/** An open, unclaimed first-review task whose version has hits with a span of text. */
function firstTaskWithHits() {
  for (const task of backend.db.contentTasks.all()) {
    if (task.stage !== 'first' || task.status !== 'open' || task.claimedBy) continue;
    const version = backend.db.contentVersions.get(task.versionId);
    if (version && version.ruleHits.some((h) => h.end > h.start)) return { task, version };
  }
  throw new Error('seed has no open first-review task with hits');
}
/** The workspace needs only the task id: it reads the task, then its item. */
const routeOf = (task: { id: string }) => `/review/${task.id}`;

describe('ReviewWorkspacePage', () => {
  it('shows the text with every hit marked, the rule panel and the context; read-only users get no form', async () => {
    const { task, version } = firstTaskWithHits();
    await renderWithProviders(app, backend, { as: 'auditor', route: routeOf(task) });
    const region = await screen.findByRole('region', {
      name: `第 ${version.versionNo} 版正文（含规则命中标记）`,
    });
    const spanned = version.ruleHits.filter((h) => h.end > h.start);
    for (const [i, h] of version.ruleHits.entries())
      if (h.end > h.start) expect(region.querySelector(`[data-hit-starts~="${i}"]`), h.ruleId).not.toBeNull();
    expect(region.querySelectorAll('mark').length).toBeGreaterThanOrEqual(spanned.length > 0 ? 1 : 0);
    const panel = screen.getByRole('list', { name: '规则命中' });
    const ruleId = version.ruleHits[0]?.ruleId ?? '';
    expect(within(panel).getByText(new RegExp(`^${ruleId} `))).toBeTruthy();
    expect(screen.getByText('内容信息')).toBeTruthy();
    expect(screen.queryByRole('form', { name: '审核决定' })).toBeNull();
    expect(screen.getAllByText('只读：你的角色不审核内容。').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: '认领' })).toBeNull();
  });

  it('focuses a hit from the rule panel', async () => {
    const { task, version } = firstTaskWithHits();
    await renderWithProviders(app, backend, { as: 'reviewer.l1', route: routeOf(task), locale: 'en-US' });
    const index = version.ruleHits.findIndex((h) => h.end > h.start);
    const hit = version.ruleHits[index];
    if (!hit) throw new Error('no hit');
    const panel = await screen.findByRole('list', { name: 'Rule hits' });
    const [go] = within(panel).getAllByRole('button', { name: new RegExp(`^Go to ${hit.ruleId}.*: `) });
    if (!go) throw new Error('no go-to button');
    fireEvent.click(go);
    await waitFor(() => expect(document.activeElement?.tagName).toBe('MARK'));
    expect(screen.getByTestId('hit-explanation').textContent).toContain(hit.ruleId);
  });

  it('lets the reviewer claim, validates the decision, and records it', async () => {
    const { task } = firstTaskWithHits();
    await renderWithProviders(app, backend, { as: 'reviewer.l1', route: routeOf(task) });
    expect(await screen.findByText('认领此任务后才能做出决定。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '认领' }));
    const form = await screen.findByRole('form', { name: '审核决定' });
    fireEvent.click(within(form).getByRole('radio', { name: '驳回' }));
    // Reasons are suggested from the hits; clear them to see the rule.
    for (const box of within(form).getAllByRole('checkbox'))
      if ((box as HTMLInputElement).checked) fireEvent.click(box);
    fireEvent.click(within(form).getByRole('button', { name: '确认驳回' }));
    expect(await within(form).findByText('退回或驳回时请至少选择一个原因。')).toBeTruthy();
    fireEvent.click(within(form).getByRole('checkbox', { name: /^R99/ }));
    fireEvent.click(within(form).getByRole('button', { name: '确认驳回' }));
    expect(await within(form).findByText('选择 R99（其他）时必须填写说明。')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('说明'), { target: { value: '<b>夸大</b>宣传' } });
    fireEvent.click(within(form).getByRole('button', { name: '确认驳回' }));
    expect(await screen.findByText('the queue')).toBeTruthy();
    const decided = backend.db.contentTasks.get(task.id);
    expect(decided).toMatchObject({
      status: 'decided',
      decision: 'reject',
      reasonCodes: ['R99'],
      comment: '<b>夸大</b>宣传',
    });
    expect(backend.db.content.get(task.contentId)?.status).toBe('rejected');
  });

  it('shows the fresh state when someone else claims the task first', async () => {
    const { task } = firstTaskWithHits();
    await renderWithProviders(app, backend, { as: 'reviewer.l1', route: routeOf(task) });
    const claim = await screen.findByRole('button', { name: '认领' });
    backend.db.contentTasks.put({ ...task, claimedBy: 'usr_physician', version: task.version + 1 });
    fireEvent.click(claim);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/该任务已被 .+ 认领。/);
    expect((await screen.findAllByText(/该任务已被 .+ 认领。/)).length).toBeGreaterThanOrEqual(2);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('explains the four-eyes rule to a reviewer who decided an earlier stage', async () => {
    const { task } = firstTaskWithHits();
    const l2 = backend.db.users.find((u) => u.username === 'reviewer.l2');
    const item = backend.db.content.get(task.contentId);
    if (!l2 || !item) throw new Error('no seed');
    // The L2 reviewer passed first review (their level includes it); the version now waits in compliance.
    backend.db.content.put({
      ...item,
      status: 'compliance_review',
      history: [
        ...item.history,
        {
          from: 'first_review',
          to: 'medical_review',
          action: 'pass',
          at: task.createdAt,
          actorId: l2.id,
          actorRole: l2.role,
          versionNo: task.versionNo,
          stage: 'first',
        },
      ],
    });
    backend.db.contentTasks.put({ ...task, stage: 'compliance' });
    try {
      await renderWithProviders(app, backend, { as: 'reviewer.l2', route: routeOf(task), locale: 'en-US' });
      const why = await screen.findByTestId('decision-unavailable');
      expect(why.textContent).toContain(
        'Four-eyes rule: you decided another stage of this version; another reviewer must decide this one.',
      );
      expect(screen.queryByRole('button', { name: 'Claim' })).toBeNull();
      expect(screen.queryByRole('form')).toBeNull();
    } finally {
      backend.db.content.put(item);
      backend.db.contentTasks.put(task);
    }
  });

  it('tells a reviewer of another stage that the stage is not theirs', async () => {
    const { task } = firstTaskWithHits();
    await renderWithProviders(app, backend, { as: 'physician', route: routeOf(task) });
    expect((await screen.findByTestId('decision-unavailable')).textContent).toContain(
      '你无权决定此审核阶段。',
    );
    expect(screen.queryByRole('button', { name: '认领' })).toBeNull();
  });

  it('still opens a link that carries the item id, from before the task could be read alone', async () => {
    const { task, version } = firstTaskWithHits();
    await renderWithProviders(app, backend, {
      as: 'reviewer.l1',
      route: `/review/${task.id}?item=${task.contentId}`,
    });
    expect(
      await screen.findByRole('region', { name: `第 ${version.versionNo} 版正文（含规则命中标记）` }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: '认领' })).toBeTruthy();
  });

  it('shows not-found for an unknown task and the error state when the API fails', async () => {
    await renderWithProviders(app, backend, { as: 'reviewer.l1', route: '/review/tsk_x' });
    expect(await screen.findByText('未找到该审核任务。')).toBeTruthy();
    backend.scenario.set({ latencyMs: 0, failureRate: 1 });
    try {
      const { task } = firstTaskWithHits();
      await renderWithProviders(app, backend, { as: 'reviewer.l1', route: routeOf(task) });
      expect(await screen.findByRole('button', { name: /重试/ })).toBeTruthy();
    } finally {
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
    }
  });
});
