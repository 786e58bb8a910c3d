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
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']), version: z.string() }),
        },
      },
    },
    async () => {
      await sql`select 1`.execute(deps.database.db);
      return { status: 'ok' as const, db: deps.database.dialect, version: deps.config.version };
    },
  );
}
