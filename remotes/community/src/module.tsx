import type { RemoteModule } from '@careops/app-kit';
import pkg from '../package.json';
import './i18n';
import { CommunityRoutes } from './routes';

const module: RemoteModule = { id: 'community', version: pkg.version, routes: <CommunityRoutes /> };
export default module;
