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
    // Read when asked: a scope's own onRoute hook (publicScope) runs after this one and may declare it.
    for (const method of methods)
      routes.push({
        method,
        url: route.url,
        get access() {
          return route.config?.access;
        },
      });
  });
}

/**
 * Registers plugins whose routes declare nothing of their own (static files, the API reference) and
 * gives each of those routes `access`, since an undeclared route is refused.
 */
export async function registerWithAccess(
  app: FastifyInstance,
  access: Access,
  register: (scope: FastifyInstance) => Promise<void>,
) {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: route.config?.access ?? access };
    });
    await register(scope);
  });
}
