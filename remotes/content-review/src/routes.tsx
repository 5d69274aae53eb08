import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from '@careops/router';
import { LoadingState, NotFoundState } from '@careops/design-system';

// Each section loads when first visited: the remote's first open stays small.
const ReviewQueuePage = lazy(() =>
  import('./pages/review-queue/review-queue').then((m) => ({ default: m.ReviewQueuePage })),
);
const ReviewWorkspacePage = lazy(() =>
  import('./pages/review-workspace/review-workspace').then((m) => ({ default: m.ReviewWorkspacePage })),
);
const ContentListPage = lazy(() =>
  import('./pages/content-list/content-list').then((m) => ({ default: m.ContentListPage })),
);
const ContentDetailPage = lazy(() =>
  import('./pages/content-detail/content-detail').then((m) => ({ default: m.ContentDetailPage })),
);
const RuleLibraryPage = lazy(() =>
  import('./pages/rule-library/rule-library').then((m) => ({ default: m.RuleLibraryPage })),
);
const ComplianceDashboardPage = lazy(() =>
  import('./pages/compliance-dashboard/compliance-dashboard').then((m) => ({
    default: m.ComplianceDashboardPage,
  })),
);

const page = (element: ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

export function ContentRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="queue" replace />} />
      <Route path="queue" element={page(<ReviewQueuePage />)} />
      <Route path="review/:taskId" element={page(<ReviewWorkspacePage />)} />
      <Route path="items" element={page(<ContentListPage />)} />
      <Route path="items/:itemId" element={page(<ContentDetailPage />)} />
      <Route path="rules" element={page(<RuleLibraryPage />)} />
      <Route path="dashboard" element={page(<ComplianceDashboardPage />)} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
