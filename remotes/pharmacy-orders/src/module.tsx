import type { RemoteModule } from '@careops/app-kit';
import pkg from '../package.json';
import './i18n';
import { PharmacyRoutes } from './routes';

const module: RemoteModule = { id: 'pharmacy-orders', version: pkg.version, routes: <PharmacyRoutes /> };
export default module;
