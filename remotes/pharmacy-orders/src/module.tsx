import type { RemoteModule } from '@careops/app-kit';
import pkg from '../package.json';
import './i18n';
import { orderBoardQuery } from './api/board';
import { storesQuery } from './api/orders';
import { PharmacyRoutes } from './routes';

const module: RemoteModule = {
  id: 'pharmacy-orders',
  version: pkg.version,
  routes: <PharmacyRoutes />,
  // The landing section's code.
  preload: () => import('./pages/order-board/order-board'),
  prefetch: ({ queryClient, can }) => {
    // The board of every store in scope, and the stores.
    if (!can('order.view')) return;
    void queryClient.prefetchQuery(orderBoardQuery(undefined));
    void queryClient.prefetchQuery(storesQuery);
  },
};
export default module;
