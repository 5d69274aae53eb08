/**
 * Pharmacy O2O orders (DOMAIN.md §2): API schemas, the order state machine, SLA timers,
 * KPI calculators and the Rx checks. Pure: no I/O, every time is passed in.
 */
export * from './schemas';
export * from './rx';
export * from './limits';
export * from './machine';
export * from './create';
export * from './sla';
export * from './kpi';
