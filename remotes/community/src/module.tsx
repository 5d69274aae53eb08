import { prefetchList } from '@careops/api';
import type { RemoteModule } from '@careops/app-kit';
import pkg from '../package.json';
import './i18n';
import { caseListOptions } from './api/cases';
import { CommunityRoutes } from './routes';

const module: RemoteModule = {
  id: 'community',
  version: pkg.version,
  routes: <CommunityRoutes />,
  prefetch: ({ queryClient, can }) => {
    if (can('community.queue.view')) prefetchList(queryClient, caseListOptions);
  },
};
export default module;
