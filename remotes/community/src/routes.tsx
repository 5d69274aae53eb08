import { Navigate, Route, Routes } from '@careops/router';
import { NotFoundState } from '@careops/design-system';
import { CaseListPage } from './pages/case-list/case-list';
import { CaseDetailPage } from './pages/case-detail/case-detail';

export function CommunityRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="cases" replace />} />
      <Route path="cases" element={<CaseListPage />} />
      <Route path="cases/:caseId" element={<CaseDetailPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
