import type { RemoteModule } from '@careops/app-kit';
import pkg from '../package.json';
import './i18n';
import { departmentsQuery } from './api/doctors';
import { slaDashboardQuery } from './api/sla';
import { DEFAULT_PERIOD, periodRange } from './components/period';
import { DoctorRosterRoutes } from './routes';

const module: RemoteModule = {
  id: 'doctor-roster',
  version: pkg.version,
  routes: <DoctorRosterRoutes />,
  // The landing section's code.
  preload: () => import('./pages/sla-dashboard/sla-dashboard'),
  prefetch: ({ queryClient, can }) => {
    // The SLA dashboard's default period and the departments.
    if (!can('sla.view')) return;
    void queryClient.prefetchQuery(slaDashboardQuery(periodRange(DEFAULT_PERIOD, Date.now())));
    void queryClient.prefetchQuery(departmentsQuery);
  },
};
export default module;
