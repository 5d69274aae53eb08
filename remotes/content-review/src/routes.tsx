import { Navigate, Route, Routes } from '@careops/router';
import { NotFoundState } from '@careops/design-system';
import { ContentListPage } from './pages/content-list/content-list';
import { ContentDetailPage } from './pages/content-detail/content-detail';

export function ContentRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="items" replace />} />
      <Route path="items" element={<ContentListPage />} />
      <Route path="items/:itemId" element={<ContentDetailPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
