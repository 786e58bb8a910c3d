import type { FastifyInstance } from 'fastify';
import { registerCatalogRoutes } from './catalog.routes.js';
import { registerRulesRoutes } from './rules.routes.js';

/** /api/v1/service-config/…: categories and phrases, SLA policies, escalation, hours, holidays, settings. */
export function registerServiceConfigRoutes(app: FastifyInstance) {
  registerCatalogRoutes(app);
  registerRulesRoutes(app);
}
