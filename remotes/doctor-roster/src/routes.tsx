import { Navigate, Route, Routes } from '@careops/router';
import { NotFoundState } from '@careops/design-system';
import { DoctorListPage } from './pages/doctor-list/doctor-list';
import { DoctorDetailPage } from './pages/doctor-detail/doctor-detail';

export function DoctorRosterRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="doctors" replace />} />
      <Route path="doctors" element={<DoctorListPage />} />
      <Route path="doctors/:doctorId" element={<DoctorDetailPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
