import { lazy, Suspense } from 'react';
import { Outlet, Route, Routes } from '@careops/router';
import { LoadingState, NotFoundState } from '@careops/design-system';
import { RemoteNav } from './components/remote-nav';

// Each section loads when first visited: the remote's first open stays small.
const SlaDashboardPage = lazy(() =>
  import('./pages/sla-dashboard/sla-dashboard').then((m) => ({ default: m.SlaDashboardPage })),
);
const LiveQueuePage = lazy(() =>
  import('./pages/live-queue/live-queue').then((m) => ({ default: m.LiveQueuePage })),
);
const RosterPage = lazy(() => import('./pages/roster/roster').then((m) => ({ default: m.RosterPage })));
const BreachLogPage = lazy(() =>
  import('./pages/breach-log/breach-log').then((m) => ({ default: m.BreachLogPage })),
);
const DoctorListPage = lazy(() =>
  import('./pages/doctor-list/doctor-list').then((m) => ({ default: m.DoctorListPage })),
);
const DoctorDetailPage = lazy(() =>
  import('./pages/doctor-detail/doctor-detail').then((m) => ({ default: m.DoctorDetailPage })),
);

/** A pathless layout: its links resolve against the remote's base path, not the current page. */
function Layout() {
  return (
    <>
      <RemoteNav />
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
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
