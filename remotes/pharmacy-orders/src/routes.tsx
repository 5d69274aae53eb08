import { Navigate, Route, Routes } from '@careops/router';
import { NotFoundState } from '@careops/design-system';
import { OrderListPage } from './pages/order-list/order-list';
import { OrderDetailPage } from './pages/order-detail/order-detail';

export function PharmacyRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="orders" replace />} />
      <Route path="orders" element={<OrderListPage />} />
      <Route path="orders/:orderId" element={<OrderDetailPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
