import type { Server } from '../http/endpoint';
import { adminHandlers } from './admin';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { communityHandlers } from './community';
import { contentHandlers } from './content';
import { contentAuthorHandlers } from './content-author';
import { doctorHandlers } from './doctors';
import { insuranceHandlers } from './insurance';
import { pharmacyHandlers } from './pharmacy';
import { API_PATTERN } from '../http/wire';

export { API_PATTERN };

export function createHandlers(server: Server, api = API_PATTERN) {
  return [
    ...authHandlers(server, api),
    ...adminHandlers(server, api),
    ...auditHandlers(server, api),
    ...doctorHandlers(server, api),
    ...pharmacyHandlers(server, api),
    ...insuranceHandlers(server, api),
    ...contentHandlers(server, api),
    ...contentAuthorHandlers(server, api),
    ...communityHandlers(server, api),
  ];
}
