import { Navigate, Route, Routes } from '@careops/router';
import { NotFoundState } from '@careops/design-system';
import { ClaimListPage } from './pages/claim-list/claim-list';
import { ClaimDetailPage } from './pages/claim-detail/claim-detail';

export function InsuranceRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="claims" replace />} />
      <Route path="claims" element={<ClaimListPage />} />
      <Route path="claims/:claimId" element={<ClaimDetailPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
