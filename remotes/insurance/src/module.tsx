import { prefetchList } from '@careops/api';
import type { RemoteModule } from '@careops/app-kit';
import pkg from '../package.json';
import './i18n';
import { claimListOptions } from './api/claims';
import { InsuranceRoutes } from './routes';

const module: RemoteModule = {
  id: 'insurance',
  version: pkg.version,
  routes: <InsuranceRoutes />,
  prefetch: ({ queryClient, can }) => {
    if (can('claim.view')) prefetchList(queryClient, claimListOptions);
  },
};
export default module;
