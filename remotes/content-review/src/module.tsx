import type { RemoteModule } from '@careops/app-kit';
import pkg from '../package.json';
import './i18n';
import { ContentRoutes } from './routes';

const module: RemoteModule = { id: 'content-review', version: pkg.version, routes: <ContentRoutes /> };
export default module;
