import type { RemoteModule } from '@careops/app-kit';
import pkg from '../package.json';
import './i18n';
import { DoctorRosterRoutes } from './routes';

const module: RemoteModule = { id: 'doctor-roster', version: pkg.version, routes: <DoctorRosterRoutes /> };
export default module;
