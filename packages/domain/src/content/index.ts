/** Content review, DOMAIN.md §4: entities, workflow, SLAs, diff, reasons and the API contract. */
export * from './model';
export * from './reasons';
export * from './sla';
export * from './decision';
export * from './workflow';
export * from './diff';
export * from './api';

/** The compliance rule engine of DOMAIN.md §4.3. */
export * from './scan/schema';
export { scanContent, validateRulePattern, type ScanOptions } from './scan/engine';
export { DEFAULT_RULES } from './scan/rules';
