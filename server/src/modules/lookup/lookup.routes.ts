import type { FastifyInstance } from 'fastify';
import { searchQuerySchema, searchResponseSchema } from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import { searchDirectory } from './lookup.service.js';

export function registerLookupRoutes(app: FastifyInstance) {
  typed(app).get(
    '/directory/search',
    {
      config: { access: 'directory.read' },
      schema: {
        tags: ['directory'],
        summary:
          'Desk lookup: people, units and vehicles by name, pinyin, initials, phone tail, unit or plate',
        querystring: searchQuerySchema,
        response: { 200: searchResponseSchema },
      },
    },
    async (request) => searchDirectory(request.ctx, request.query, request.locale),
  );
}
