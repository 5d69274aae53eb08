export { createMockBackend, issueToken } from './server';
export { Database, DEFAULT_SEED, type DatabaseOptions } from './db/database';
export { DEMO_PASSWORD, DEMO_USERS, ORGS, ORG_IDS } from './seed/orgs';
export { scenarioSchema, type Scenario } from './http/scenario';
