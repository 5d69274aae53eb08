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
  prefetch: ({ queryClient, can }) => {
    // The landing section: the SLA dashboard's code, its default period and the departments.
    void import('./pages/sla-dashboard/sla-dashboard');
    if (!can('sla.view')) return;
    void queryClient.prefetchQuery(slaDashboardQuery(periodRange(DEFAULT_PERIOD, Date.now())));
    void queryClient.prefetchQuery(departmentsQuery);
  },
};
export default module;
