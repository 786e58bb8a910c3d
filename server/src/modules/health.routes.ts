import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { typed } from '../platform/http/routes.js';

export function registerHealthRoute(app: FastifyInstance, deps: AppDeps) {
  typed(app).get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability (the version only with API_DOCS=public)',
        response: {
          200: z.object({
            status: z.literal('ok'),
            db: z.enum(['sqlite', 'postgres']),
            version: z.string().optional(),
          }),
        },
      },
    },
    async () => {
      await sql`select 1`.execute(deps.database.db);
      // The version tells an attacker which fixes are missing: shown only where the API docs are public.
      const version = deps.config.apiDocs === 'public' ? { version: deps.config.version } : {};
      return { status: 'ok' as const, db: deps.database.dialect, ...version };
    },
  );
}
