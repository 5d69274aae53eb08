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
  prefetch: ({ queryClient, can }) => {
    // The landing section: the board's code, the board of every store in scope, and the stores.
    void import('./pages/order-board/order-board');
    if (!can('order.view')) return;
    void queryClient.prefetchQuery(orderBoardQuery(undefined));
    void queryClient.prefetchQuery(storesQuery);
  },
};
export default module;
