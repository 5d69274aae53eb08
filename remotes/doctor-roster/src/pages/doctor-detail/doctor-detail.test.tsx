import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi, testApiBase } from '@careops/app-kit/testing';
import { issueToken } from '@careops/mocks/node';
import { doctorPageSchema } from '@careops/domain/doctors';
import '../../i18n';
import { DoctorDetailPage } from './doctor-detail';

const backend = setupMockApi();
const path = '/doctors/:doctorId';
// The scorecard's weekly SLA reads the seeded consultations: seed them before the clocks start.
beforeAll(() => void backend.db.consultations.all(), 60_000);

/** A doctor the server flags at SLA risk, found as ops would: the list's flag filter. */
async function atRiskDoctor() {
  const res = await fetch(`${testApiBase()}/doctors/doctors?flag=sla_risk&status=active&pageSize=1`, {
    headers: { authorization: `Bearer ${issueToken(backend.db, 'medops')}` },
  });
  const doctor = doctorPageSchema.parse(await res.json()).items[0];
  if (!doctor) throw new Error('nobody is at SLA risk');
  return doctor;
}

describe('DoctorDetailPage', () => {
  it("shows a doctor's record with department names and services", async () => {
    const doctor = backend.db.doctors
      .all()
      .find((d) => d.departmentIds.length > 1 && d.serviceTypes.includes('video'));
    if (!doctor) throw new Error('seed has no video doctor in two departments');
    await renderWithProviders(<DoctorDetailPage />, backend, {
      as: 'medops',
      route: `/doctors/${doctor.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { name: `${doctor.name['zh-CN']} 医生` })).toBeTruthy();
    expect(screen.getByText(doctor.licenseNo)).toBeTruthy();
    expect(screen.getByText(doctor.primaryInstitution['zh-CN'])).toBeTruthy();
    for (const id of doctor.departmentIds) {
      const department = backend.db.departments.get(id);
      if (!department) throw new Error(`seed has no department ${id}`);
      expect(screen.getAllByText(department.name['zh-CN']).length).toBeGreaterThan(0);
    }
    expect(screen.getByText('视频问诊')).toBeTruthy();
    expect(screen.getByText(`${doctor.maxConcurrent} 位患者`)).toBeTruthy();
  });

  it('speaks English when the user has chosen it', async () => {
    const doctor = backend.db.doctors.all().find((d) => d.maxConcurrent > 1);
    if (!doctor) throw new Error('seed has no doctor taking several patients');
    await renderWithProviders(<DoctorDetailPage />, backend, {
      as: 'medops',
      route: `/doctors/${doctor.id}`,
      path,
      locale: 'en-US',
    });
    expect(await screen.findByRole('heading', { name: `Dr ${doctor.name['en-US']}` })).toBeTruthy();
    expect(screen.getByText(`Up to ${doctor.maxConcurrent} patients`)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back to doctors' })).toBeTruthy();
  });

  it('answers a missing doctor with the not-found page', async () => {
    await renderWithProviders(<DoctorDetailPage />, backend, {
      as: 'medops',
      route: '/doctors/doc_9999',
      path,
    });
    expect(await screen.findByText('页面不存在')).toBeTruthy();
    expect(screen.getByRole('button', { name: '返回医生列表' })).toBeTruthy();
  });

  it('shows the error state with a retry when the API fails', async () => {
    const doctor = backend.db.doctors.all()[0];
    if (!doctor) throw new Error('seed has no doctors');
    backend.scenario.set({ latencyMs: 0, failureRate: 1 });
    try {
      await renderWithProviders(<DoctorDetailPage />, backend, {
        as: 'medops',
        route: `/doctors/${doctor.id}`,
        path,
      });
      expect(await screen.findByRole('button', { name: /重试/ })).toBeTruthy();
      expect(screen.queryByRole('heading', { name: `${doctor.name['zh-CN']} 医生` })).toBeNull();
    } finally {
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
    }
  });

  it('shows the 30-day scorecard and flags the doctor with a reason', async () => {
    const user = userEvent.setup();
    const doctor = backend.db.doctors.all().find((d) => d.status === 'active');
    if (!doctor) throw new Error('seed has no active doctor');
    await renderWithProviders(<DoctorDetailPage />, backend, {
      as: 'medops',
      route: `/doctors/${doctor.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { name: '绩效卡（近 30 天）' })).toBeTruthy();
    // In the 30-day figures and again as a column of the weekly SLA.
    expect((await screen.findAllByText('15 分钟响应率')).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: /^标\s?记$/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('原因'), '多次超时回复');
    await user.click(within(dialog).getByRole('button', { name: /^标\s?记$/ }));
    await waitFor(() => expect(backend.db.doctors.get(doctor.id)?.flags?.at(-1)?.note).toBe('多次超时回复'));
    await waitFor(() =>
      expect(screen.getAllByRole('listitem').some((li) => li.textContent?.includes('多次超时回复'))).toBe(
        true,
      ),
    );
  });

  it('shows the scorecard to the auditor without flag or suspend', async () => {
    const doctor = backend.db.doctors.all()[3];
    if (!doctor) throw new Error('seed has fewer than four doctors');
    await renderWithProviders(<DoctorDetailPage />, backend, {
      as: 'auditor',
      route: `/doctors/${doctor.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { name: '绩效卡（近 30 天）' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^标\s?记$/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^停\s?诊$/ })).toBeNull();
  });

  it('shows the last weeks judged and, at SLA risk, prompts the suspension review', async () => {
    const user = userEvent.setup();
    const doctor = await atRiskDoctor();
    await renderWithProviders(<DoctorDetailPage />, backend, {
      as: 'medops',
      route: `/doctors/${doctor.id}`,
      path,
    });
    const weekly = await screen.findByRole('table', { name: '每周 SLA' }, { timeout: 10_000 });
    // Four whole weeks, the last two breached.
    const rows = within(weekly).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    for (const row of rows.slice(-2)) expect(within(row).getByText('已超时')).toBeTruthy();
    expect(screen.getByText(/连续 2 周违约即为 SLA 风险/)).toBeTruthy();
    expect(screen.getAllByText('SLA 风险').length).toBeGreaterThan(0);

    const prompt = screen.getByText(/^SLA 风险：连续 \d+ 周违约$/).closest<HTMLElement>('[role="alert"]');
    if (!prompt) throw new Error('no suspension prompt');
    await user.click(within(prompt).getByRole('button', { name: '复核停诊' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('暂停该医生接诊')).toBeTruthy();
    await user.type(within(dialog).getByLabelText('原因'), '连续两周违约，停诊复核');
    await user.click(within(dialog).getByRole('button', { name: /^停\s?诊$/ }));
    await waitFor(() =>
      expect(backend.db.audit.all().at(-1)).toMatchObject({
        action: 'doctor.suspend',
        reason: '连续两周违约，停诊复核',
        resource: { id: doctor.id },
      }),
    );
    // Suspended: nothing left to review.
    await waitFor(() => expect(screen.queryByRole('button', { name: '复核停诊' })).toBeNull());
  }, 30_000);

  it('shows the auditor the SLA risk without the suspend action', async () => {
    const doctor = await atRiskDoctor();
    await renderWithProviders(<DoctorDetailPage />, backend, {
      as: 'auditor',
      route: `/doctors/${doctor.id}`,
      path,
    });
    expect(await screen.findByText(/^SLA 风险：连续 \d+ 周违约$/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '复核停诊' })).toBeNull();
  }, 30_000);
});
