import type { FastifyInstance } from 'fastify';
import type { Access } from './request-context.js';

export interface CatalogRoute {
  method: string;
  url: string;
  /** What the route declared in `config.access`; undefined means it relies on the default. */
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the app registered, in order: the authorization matrix test checks each one. */
    routeCatalog: readonly CatalogRoute[];
  }
}

/** Records each route as it is registered. Install before any route, or earlier ones go unrecorded. */
export function installRouteCatalog(app: FastifyInstance) {
  const routes: CatalogRoute[] = [];
  app.decorate('routeCatalog', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, access: route.config?.access });
  });
}
