import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { DoctorDetailPage } from './doctor-detail';

const backend = setupMockApi();
const path = '/doctors/:doctorId';

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
});
