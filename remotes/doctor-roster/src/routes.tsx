import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from '@careops/router';
import { LoadingState, NotFoundState } from '@careops/design-system';

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
const BreachRulesPage = lazy(() =>
  import('./pages/breach-rules/breach-rules').then((m) => ({ default: m.BreachRulesPage })),
);
const DoctorDetailPage = lazy(() =>
  import('./pages/doctor-detail/doctor-detail').then((m) => ({ default: m.DoctorDetailPage })),
);

const page = (element: ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

export function DoctorRosterRoutes() {
  return (
    <Routes>
      <Route index element={page(<SlaDashboardPage />)} />
      <Route path="queue" element={page(<LiveQueuePage />)} />
      <Route path="roster" element={page(<RosterPage />)} />
      <Route path="breaches" element={page(<BreachLogPage />)} />
      <Route path="breach-rules" element={page(<BreachRulesPage />)} />
      <Route path="doctors" element={page(<DoctorListPage />)} />
      <Route path="doctors/:doctorId" element={page(<DoctorDetailPage />)} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
