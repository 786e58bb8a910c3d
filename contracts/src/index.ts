export * from './common.js';
export * from './errors.js';
export * from './permissions.js';
export * from './auth.js';
export * from './users.js';
export * from './audit.js';
export * from './jobs.js';
