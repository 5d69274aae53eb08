import { expect, expectAccessible, pickOption, test } from '../fixtures/test';

// The mock lays its seed out around the hour the clock shows when the data is first created, so a
// fixed clock gives the same roster and queue on every run: Monday 2026-11-23, anchor 10:00 CST.
const MONDAY_10 = new Date('2026-11-23T10:00:30+08:00');
const WEEK = '2026-11-23';

interface Listed<T> {
  items: T[];
}
type ShiftRow = { doctorId: string; start: string; end: string; status: string };
type DoctorRow = {
  id: string;
  name: { 'zh-CN': string };
  status: string;
  licenseExpiry: string;
  departmentIds: string[];
};
type QueueRow = { consultation: { id: string; priority: string }; sla: { elapsedSeconds: number } };

test.describe('doctor roster & SLA', () => {
  test('medops fills a coverage gap with a shift and the heatmap cell turns green', async ({
    page,
    shell,
  }) => {
    await page.clock.install({ time: MONDAY_10 });
    await shell.loginAs('medops', '/doctors/roster?departmentId=dep_gp');
    await expect(shell.heading()).toHaveText('排班');
    // Tuesday 03:00 in general practice: the seed's night block is one doctor short.
    const cell = page.getByTestId('coverage-1-3');
    await expect(cell).toHaveAttribute('data-level', 'breach');
    await expect(cell).toContainText('5/6');

    // A GP doctor free that night, found through the API as a scheduler would look it up.
    const shifts = (await shell.apiGet(`/doctors/shifts?weekStart=${WEEK}&departmentId=dep_gp`))
      .body as Listed<ShiftRow>;
    const doctors = (await shell.apiGet('/doctors/doctors?departmentId=dep_gp&status=active&pageSize=100'))
      .body as Listed<DoctorRow>;
    const busy = new Set(
      shifts.items
        .filter((s) => s.start < '2026-11-24T08:00' && s.end > '2026-11-24T00:00')
        .map((s) => s.doctorId),
    );
    const free = doctors.items.find(
      (d) => !busy.has(d.id) && d.departmentIds[0] === 'dep_gp' && d.licenseExpiry > '2026-12-01',
    );
    expect(free).toBeDefined();

    await page.getByRole('button', { name: /在 周二 11-24 00:00 新增班次/ }).click();
    const dialog = page.getByRole('dialog');
    const name = free?.name['zh-CN'] ?? 'none';
    await pickOption(page, dialog, '医生', { name, shows: name });
    // The picked cell's time is the start.
    await expect(dialog.getByText('00:00', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: '新增班次' }).click();
    await expect(dialog).toBeHidden();
    await expect(cell).toHaveAttribute('data-level', 'ok');
    await expect(cell).toContainText('6/6');
  });

  test('a consultation waiting past 15 minutes shows as breached and is reassigned', async ({
    page,
    shell,
  }) => {
    await page.clock.install({ time: MONDAY_10 });
    await shell.loginAs('medops', '/doctors/queue');
    await expect(shell.heading()).toHaveText('实时队列');
    const queue = (await shell.apiGet('/doctors/consultations/queue')).body as Listed<QueueRow>;
    // About 13 minutes in: amber now, red once the clock passes 15 minutes.
    const target = queue.items.find(
      (i) =>
        i.consultation.priority === 'normal' &&
        i.sla.elapsedSeconds > 12 * 60 &&
        i.sla.elapsedSeconds < 14.5 * 60,
    );
    expect(target).toBeDefined();
    const row = page.getByRole('row', { name: new RegExp(target?.consultation.id ?? 'none') });
    await expect(row).toContainText('预警');

    await page.clock.fastForward('03:00');
    await expect(row).toContainText('已超时');

    await row.getByRole('button', { name: /改\s?派/ }).click();
    const dialog = page.getByRole('dialog');
    await pickOption(page, dialog, '在岗医生', { shows: / — 接诊 \d+\/\d+$/ });
    await dialog.getByLabel('原因').fill('医生临时离线');
    await dialog.getByRole('button', { name: /改\s?派/ }).click();
    await expect(page.getByText('已改派。')).toBeVisible();
    await expect(dialog).toBeHidden();
    // Still waiting for a first reply, now with the new doctor, and still breached.
    await expect(row).toContainText('已超时');
  });

  test('compliance sees the SLA screens read-only, and a direct write answers 403', async ({
    page,
    shell,
  }) => {
    await shell.loginAs('reviewer.l1', '/doctors/');
    await expect(shell.heading()).toHaveText('SLA 看板');
    await expect(page.getByRole('list', { name: '关键指标' })).toBeVisible();
    await page
      .getByRole('navigation', { name: '医生排班分区' })
      .getByRole('link', { name: '实时队列' })
      .click();
    await expect(page.getByRole('table', { name: '等待中的问诊' })).toBeVisible();
    await expect(page.getByRole('button', { name: /改\s?派/ })).toHaveCount(0);
    await page.getByRole('navigation', { name: '医生排班分区' }).getByRole('link', { name: '排班' }).click();
    await expect(page.getByTestId('coverage-0-0')).toBeVisible();
    await expect(page.getByRole('button', { name: '新增班次' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /发布草稿/ })).toHaveCount(0);

    const write = await shell.api('POST', '/doctors/shifts/publish', { weekStart: WEEK });
    expect(write.status).toBe(403);
  });

  test('the admin edits a breach rule with a reason, and medical ops then read the new value', async ({
    page,
    shell,
  }) => {
    await page.clock.install({ time: MONDAY_10 });
    await shell.loginAs('admin', '/doctors/breach-rules');
    await expect(shell.heading()).toHaveText('违约规则');
    const frt = page.getByRole('group', { name: '首次响应（普通）' });
    const warn = frt.getByLabel('预警（分钟）');
    await expect(warn).toHaveValue('10');
    await warn.fill('8');
    await page.getByLabel('修改原因').fill('旺季提速：提前预警');
    await page.getByRole('button', { name: '保存规则' }).click();
    await expect(page.getByText('违约规则已保存（第 2 版）。')).toBeVisible();
    await expect(page.getByTestId('breach-rules-meta')).toContainText('第 2 版');

    await shell.logout();
    await shell.loginAs('medops', '/doctors/breach-rules');
    await expect(shell.heading()).toHaveText('违约规则');
    await expect(page.getByText(/只读：仅平台管理员可以修改违约规则/)).toBeVisible();
    const readOnly = page.getByRole('group', { name: '首次响应（普通）' });
    await expect(readOnly.getByText('8 分钟')).toBeVisible();
    await expect(page.getByTestId('breach-rules-meta')).toContainText('旺季提速：提前预警');
    await expect(page.getByRole('spinbutton')).toHaveCount(0);
    await expectAccessible(page, '/doctors/breach-rules read-only');
    // The server refuses medical ops the edit, whatever the screen shows.
    const current = (await shell.apiGet('/doctors/breach-rules')).body as { version: number; rules: unknown };
    expect(current.version).toBe(2);
    const write = await shell.api('PUT', '/doctors/breach-rules', { ...current, reason: 'try' });
    expect(write.status).toBe(403);
  });

  test('a licensed physician of medical ops opens a transcript with a reason; the auditor is not offered it and the API refuses', async ({
    page,
    shell,
  }) => {
    await page.clock.install({ time: MONDAY_10 });
    // §6.2 transcript.view: MED with the licensedPhysician attribute (the `physician` demo account).
    await shell.loginAs('physician', '/doctors/queue');
    await expect(shell.heading()).toHaveText('实时队列');
    const queue = (await shell.apiGet('/doctors/consultations/queue')).body as Listed<QueueRow>;
    const id = queue.items[0]?.consultation.id ?? 'none';
    const row = page.getByRole('row', { name: new RegExp(id) });
    await row.getByRole('button', { name: `查看聊天记录 ${id}` }).click();
    const ask = page.getByRole('dialog', { name: `打开 ${id} 的聊天记录` });
    await expect(ask).toContainText('记入审计日志');
    await ask.getByLabel('原因').fill('患者投诉复核');
    await ask.getByRole('button', { name: /打\s?开/ }).click();
    const chat = page.getByRole('dialog', { name: `${id} 的聊天记录`, exact: true });
    // Still waiting for a doctor: the patient's first message only, as text, with who and when.
    const messages = chat.getByRole('list', { name: `${id} 的消息` }).getByRole('listitem');
    await expect(messages).toHaveCount(1);
    await expect(messages.first()).toContainText('患者');
    await expect(chat).toContainText('已脱敏');
    await expectAccessible(page, 'transcript dialog');
    await chat
      .getByRole('button', { name: /关\s?闭/ })
      .last()
      .click();
    await expect(chat).toBeHidden();

    // expectAccessible switched the page's animations off, and antd's menus wait for theirs.
    await page.reload();
    await expect(shell.heading()).toHaveText('实时队列');
    await shell.logout();
    await shell.loginAs('auditor', '/doctors/queue');
    await expect(page.getByRole('table', { name: '等待中的问诊' })).toBeVisible();
    await expect(page.getByRole('button', { name: /聊天记录/ })).toHaveCount(0);
    const denied = await shell.apiGet(
      `/doctors/consultations/${id}/transcript?reason=${encodeURIComponent('抽查')}`,
    );
    expect(denied.status).toBe(403);
    // The auditor finds both in the audit log: the opening with its reason, and the refusal.
    type Events = Listed<{
      actor: { userId: string };
      result: string;
      reason?: string;
      resource: { id: string };
    }>;
    const events = (await shell.apiGet('/audit/events?action=transcript.view&pageSize=10')).body as Events;
    expect(events.items.find((e) => e.result === 'success')).toMatchObject({
      actor: { userId: 'usr_physician' },
      reason: '患者投诉复核',
      resource: { id },
    });
    expect(events.items.find((e) => e.result === 'denied')?.actor.userId).toBe('usr_auditor');
  });

  for (const theme of ['浅色', '深色'] as const) {
    test(`every doctor-roster screen passes axe in the ${theme === '浅色' ? 'light' : 'dark'} theme`, async ({
      page,
      shell,
    }) => {
      // Four screens, each judged by axe; the roster's week grid is large.
      test.slow();
      await shell.loginAs('admin', '/doctors/');
      await shell.switchTheme(theme);
      const screens = [
        {
          path: '/doctors/',
          heading: 'SLA 看板',
          ready: page.getByRole('heading', { name: '满意度趋势' }),
        },
        {
          path: '/doctors/queue',
          heading: '实时队列',
          ready: page.getByRole('table', { name: '等待中的问诊' }),
        },
        { path: '/doctors/roster', heading: '排班', ready: page.getByTestId('coverage-0-0') },
        {
          path: '/doctors/breaches',
          heading: '违约记录',
          ready: page.getByRole('table').getByRole('row').nth(2),
        },
        {
          path: '/doctors/breach-rules',
          heading: '违约规则',
          ready: page.getByRole('button', { name: '保存规则' }),
        },
        {
          path: '/doctors/doctors/doc_0001',
          heading: /医生/,
          ready: page.getByRole('heading', { name: '绩效卡（近 30 天）' }),
        },
      ];
      for (const { path, heading, ready } of screens) {
        await page.goto(path);
        await expect(shell.heading()).toHaveText(heading);
        await expect(ready).toBeVisible();
        await expectAccessible(page, `${path} (${theme})`);
      }
      // A selected queue row under the pointer keeps its secondary text readable.
      await page.goto('/doctors/queue');
      const row = page.getByRole('table', { name: '等待中的问诊' }).getByRole('row').nth(1);
      await row.getByRole('cell').first().click();
      await expect(row).toHaveClass(/ant-table-row-selected/);
      await row.getByRole('cell').first().hover();
      await expectAccessible(page, `selected queue row (${theme})`);
    });
  }
});
