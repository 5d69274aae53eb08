import { Outlet, Route, Routes } from '@careops/router';
import { NotFoundState } from '@careops/design-system';
import { DoctorListPage } from './pages/doctor-list/doctor-list';
import { DoctorDetailPage } from './pages/doctor-detail/doctor-detail';
import { SlaDashboardPage } from './pages/sla-dashboard/sla-dashboard';
import { LiveQueuePage } from './pages/live-queue/live-queue';
import { RosterPage } from './pages/roster/roster';
import { BreachLogPage } from './pages/breach-log/breach-log';
import { RemoteNav } from './components/remote-nav';

/** A pathless layout: its links resolve against the remote's base path, not the current page. */
function Layout() {
  return (
    <>
      <RemoteNav />
      <Outlet />
    </>
  );
}

export function DoctorRosterRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SlaDashboardPage />} />
        <Route path="queue" element={<LiveQueuePage />} />
        <Route path="roster" element={<RosterPage />} />
        <Route path="breaches" element={<BreachLogPage />} />
        <Route path="doctors" element={<DoctorListPage />} />
        <Route path="doctors/:doctorId" element={<DoctorDetailPage />} />
        <Route path="*" element={<NotFoundState />} />
      </Route>
    </Routes>
  );
}
