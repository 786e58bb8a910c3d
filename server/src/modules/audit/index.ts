import { defineModule } from '../define-module.js';
import { registerAuditRoutes } from './audit.routes.js';

export const audit = defineModule({ name: 'audit', routes: registerAuditRoutes });
