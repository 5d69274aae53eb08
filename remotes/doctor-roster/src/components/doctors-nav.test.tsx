import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { Route, Routes } from '@careops/router';
import '../i18n';
import { DoctorsNav } from './doctors-nav';

const backend = setupMockApi();

const SECTIONS = {
  'SLA 看板': '/doctors',
  实时队列: '/doctors/queue',
  排班: '/doctors/roster',
  违约记录: '/doctors/breaches',
  违约规则: '/doctors/breach-rules',
  医生: '/doctors/doctors',
};

/** The remote's route shape under the shell's mount (`/doctors/*`), each page showing the nav. */
const remote = (
  <Routes>
    <Route index element={<DoctorsNav />} />
    <Route path="queue" element={<DoctorsNav />} />
    <Route path="doctors/:doctorId" element={<DoctorsNav />} />
  </Routes>
);

const nav = () => screen.getByRole('navigation', { name: '医生排班分区' });
// "/doctors/" and "/doctors" are the same page: the root link keeps the slash it was reached with.
const links = () =>
  Object.fromEntries(
    within(nav())
      .getAllByRole('link')
      .map((l) => [l.textContent, l.getAttribute('href')?.replace(/(.)\/$/, '$1')]),
  );
const current = () =>
  within(nav())
    .getAllByRole('link')
    .filter((l) => l.getAttribute('aria-current') === 'page')
    .map((l) => l.textContent);

describe('DoctorsNav', () => {
  it.each([
    ['/doctors', 'SLA 看板'],
    ['/doctors/', 'SLA 看板'],
    ['/doctors/queue', '实时队列'],
    ['/doctors/doctors/doc_001', '医生'],
  ])('at %s links every section inside the remote and marks %s alone as current', async (route, active) => {
    await renderWithProviders(remote, backend, { route, path: 'doctors/*' });
    expect(links()).toEqual(SECTIONS);
    expect(current()).toEqual([active]);
  });

  it('goes from the dashboard to a section and back', async () => {
    const user = userEvent.setup();
    await renderWithProviders(remote, backend, { route: '/doctors', path: 'doctors/*' });
    await user.click(within(nav()).getByRole('link', { name: '实时队列' }));
    expect(current()).toEqual(['实时队列']);
    expect(links()).toEqual(SECTIONS);
    await user.click(within(nav()).getByRole('link', { name: 'SLA 看板' }));
    expect(current()).toEqual(['SLA 看板']);
    expect(links()).toEqual(SECTIONS);
  });
});
