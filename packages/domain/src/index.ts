export * from './common';
export * from './masking';
