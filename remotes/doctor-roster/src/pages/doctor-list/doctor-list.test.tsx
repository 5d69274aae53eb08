import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import type { Doctor } from '@careops/domain/doctors';
import '../../i18n';
import { DoctorListPage } from './doctor-list';

const backend = setupMockApi();
const DAY = 86_400_000;
// Each doctor's sla_risk flag comes from the weekly SLA over the seeded consultations: seed them
// before the first test's clock starts.
beforeAll(() => void backend.db.consultations.all(), 60_000);

/** The links of the table's rows, once the server's page (of `count` rows, when given) is shown. */
async function rowLinks(count?: number) {
  const table = await screen.findByRole('table');
  await waitFor(() => {
    const n = within(table).queryAllByRole('link').length;
    expect(count === undefined ? n > 0 : n === count).toBe(true);
  });
  return within(table).getAllByRole('link');
}

describe('DoctorListPage', () => {
  it('shows the first page of the roster sorted by name on the server, with the total', async () => {
    await renderWithProviders(<DoctorListPage />, backend, { as: 'medops', route: '/doctors' });
    const doctors = backend.db.doctors.all();
    // Names sort by pinyin (as a Chinese reader expects); ties break by id, so pages never overlap.
    const pinyin = new Intl.Collator('zh-CN');
    const byName = (a: Doctor, b: Doctor) =>
      pinyin.compare(a.name['zh-CN'], b.name['zh-CN']) || (a.id < b.id ? -1 : 1);
    const firstPage = [...doctors].sort(byName).slice(0, 20);
    const links = await rowLinks(20);
    expect(screen.getByText(`共 ${doctors.length} 条`)).toBeTruthy();
    expect(links.map((l) => l.getAttribute('href'))).toEqual(firstPage.map((d) => `/doctors/${d.id}`));
    expect(links.map((l) => l.textContent)).toEqual(firstPage.map((d) => d.name['zh-CN']));
  });

  it('applies filters and sort kept in the URL on the server', async () => {
    const department = 'dep_psy';
    await renderWithProviders(<DoctorListPage />, backend, {
      as: 'medops',
      route: `/doctors?status=active&title=chief&departmentId=${department}&sort=ratingAvg:desc`,
    });
    const expected = backend.db.doctors
      .all()
      .filter((d) => d.status === 'active' && d.title === 'chief' && d.departmentIds.includes(department))
      .sort((a, b) => b.ratingAvg - a.ratingAvg);
    const best = expected[0];
    if (!best) throw new Error('seed has no active chief psychologist');
    expect(await screen.findByText(`共 ${expected.length} 条`)).toBeTruthy();
    await rowLinks(Math.min(expected.length, 20));
    const table = screen.getByRole('table');
    const firstRow = within(table).getAllByRole('row')[1];
    if (!firstRow) throw new Error('table has no data row');
    expect(within(firstRow).getByText(best.ratingAvg.toFixed(1))).toBeTruthy();
    expect(within(table).getAllByText('主任医师').length).toBe(Math.min(expected.length, 20));
  });

  it('finds a doctor by licence number', async () => {
    const doctor = backend.db.doctors.all()[42];
    if (!doctor) throw new Error('seed has fewer than 43 doctors');
    await renderWithProviders(<DoctorListPage />, backend, {
      as: 'medops',
      route: `/doctors?q=${doctor.licenseNo}`,
    });
    expect(await screen.findByText('共 1 条')).toBeTruthy();
    expect((await rowLinks()).map((l) => l.textContent)).toEqual([doctor.name['zh-CN']]);
    expect(screen.getByRole('searchbox', { name: '按姓名或执业证书编码搜索' })).toHaveProperty(
      'value',
      doctor.licenseNo,
    );
  });

  it('warns about licences expiring within 30 days or already expired', async () => {
    const now = Date.now();
    const doctors = backend.db.doctors.all();
    const expiring = doctors.find((d) => {
      const left = Date.parse(d.licenseExpiry) - now;
      return left > DAY && left < 29 * DAY;
    });
    const expired = doctors.find((d) => Date.parse(d.licenseExpiry) < now - DAY);
    const valid = doctors.find((d) => Date.parse(d.licenseExpiry) > now + 60 * DAY);
    if (!expiring || !expired || !valid) throw new Error('seed lacks an expiring, expired or valid licence');
    for (const [doctor, text] of [
      [expiring, '即将到期'],
      [expired, '已过期'],
    ] as const) {
      const view = await renderWithProviders(<DoctorListPage />, backend, {
        as: 'medops',
        route: `/doctors?q=${doctor.licenseNo}`,
      });
      expect(await screen.findByText(text)).toBeTruthy();
      view.unmount();
    }
    await renderWithProviders(<DoctorListPage />, backend, {
      as: 'medops',
      route: `/doctors?q=${valid.licenseNo}`,
    });
    await screen.findByText('共 1 条');
    expect(screen.queryByText('即将到期')).toBeNull();
    expect(screen.queryByText('已过期')).toBeNull();
  });

  it('shows the error state with a retry that recovers when the API is back', async () => {
    backend.scenario.set({ latencyMs: 0, failureRate: 1 });
    try {
      await renderWithProviders(<DoctorListPage />, backend, { as: 'medops', route: '/doctors' });
      const retry = await screen.findByRole('button', { name: /重试/ });
      expect(screen.getByText('服务暂时不可用，请稍后重试。')).toBeTruthy();
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
      await userEvent.click(retry);
      expect(await screen.findByText(`共 ${backend.db.doctors.all().length} 条`)).toBeTruthy();
    } finally {
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
    }
  });

  it('lists the doctors at SLA risk with their tag when the flag filter asks for them', async () => {
    await renderWithProviders(<DoctorListPage />, backend, {
      as: 'medops',
      route: '/doctors?flag=sla_risk&pageSize=100',
    });
    // The filter shows what the URL asks for.
    const filter = screen.getByRole('combobox', { name: '标记' });
    expect(filter.closest('.ant-select')?.textContent).toContain('SLA 风险');
    const table = await screen.findByRole('table');
    // Every rendered row at risk, saying so in words; the page is all of them (a long page renders
    // only the rows near the viewport, and says how many it holds in aria-rowcount).
    await waitFor(() => {
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(within(row).getByText('SLA 风险')).toBeTruthy();
      const onPage = Number(table.getAttribute('aria-rowcount') ?? rows.length + 1) - 1;
      expect(screen.getByText(`共 ${onPage} 条`)).toBeTruthy();
    });
    const onPage =
      Number(table.getAttribute('aria-rowcount') ?? within(table).getAllByRole('row').length) - 1;
    // Fewer than everyone: the filter is the server's.
    expect(onPage).toBeLessThan(backend.db.doctors.all().length);
  }, 30_000);
});
