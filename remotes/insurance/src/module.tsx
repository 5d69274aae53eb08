import type { RemoteModule } from '@careops/app-kit';
import pkg from '../package.json';
import './i18n';
import { InsuranceRoutes } from './routes';

const module: RemoteModule = { id: 'insurance', version: pkg.version, routes: <InsuranceRoutes /> };
export default module;
