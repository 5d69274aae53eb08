import { prefetchList } from '@careops/api';
import type { RemoteModule } from '@careops/app-kit';
import { STAGE_PERMISSION } from '@careops/domain/content';
import pkg from '../package.json';
import './i18n';
import { queueStages, reviewQueueOptions } from './api/tasks';
import { ContentRoutes } from './routes';

const module: RemoteModule = {
  id: 'content-review',
  version: pkg.version,
  routes: <ContentRoutes />,
  // The landing section's code.
  preload: () => import('./pages/review-queue/review-queue'),
  prefetch: ({ queryClient, can }) => {
    // The first page of this reviewer's queues.
    if (!can('content.view')) return;
    prefetchList(queryClient, reviewQueueOptions(queueStages((stage) => can(STAGE_PERMISSION[stage]))));
  },
};
export default module;
