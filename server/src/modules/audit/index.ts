import { defineModule } from '../define-module.js';
import { registerAuditRoutes } from './audit.routes.js';

export const audit = defineModule({ name: 'audit', routes: registerAuditRoutes });

// What other modules may use of this one (an ESLint rule keeps them to this file).
export { historyOf } from './audit.service.js';
