import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from '@careops/router';
import { LoadingState, NotFoundState } from '@careops/design-system';

// Each section loads when first visited: the remote's first open stays small.
const OrderBoardPage = lazy(() =>
  import('./pages/order-board/order-board').then((m) => ({ default: m.OrderBoardPage })),
);
const OrderListPage = lazy(() =>
  import('./pages/order-list/order-list').then((m) => ({ default: m.OrderListPage })),
);
const OrderDetailPage = lazy(() =>
  import('./pages/order-detail/order-detail').then((m) => ({ default: m.OrderDetailPage })),
);
const RxQueuePage = lazy(() => import('./pages/rx-queue/rx-queue').then((m) => ({ default: m.RxQueuePage })));
const StoresPage = lazy(() => import('./pages/stores/stores').then((m) => ({ default: m.StoresPage })));
const RefundsPage = lazy(() => import('./pages/refunds/refunds').then((m) => ({ default: m.RefundsPage })));
const KpiPage = lazy(() => import('./pages/kpis/kpis').then((m) => ({ default: m.KpiPage })));

const page = (element: ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

export function PharmacyRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="board" replace />} />
      <Route path="board" element={page(<OrderBoardPage />)} />
      <Route path="orders" element={page(<OrderListPage />)} />
      <Route path="orders/:orderId" element={page(<OrderDetailPage />)} />
      <Route path="rx" element={page(<RxQueuePage />)} />
      <Route path="stores" element={page(<StoresPage />)} />
      <Route path="refunds" element={page(<RefundsPage />)} />
      <Route path="kpis" element={page(<KpiPage />)} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
