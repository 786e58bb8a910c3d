export * from './resident-id.js';
export * from './documents.js';
export * from './phone.js';
export * from './plate.js';
export * from './unit-code.js';
export * from './mask.js';
