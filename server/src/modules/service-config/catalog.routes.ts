import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  createServiceCategoryBodySchema,
  createServicePhraseBodySchema,
  idParamsSchema,
  serviceCategoryQuerySchema,
  serviceCategorySchema,
  servicePhraseQuerySchema,
  servicePhraseSchema,
  updateServiceCategoryBodySchema,
  updateServicePhraseBodySchema,
} from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import * as categories from './categories.service.js';
import * as phrases from './phrases.service.js';
import { CONFIG_READ, CONFIG_TAGS as tags, CONFIG_WRITE } from './config-access.js';

/** What the desk picks from: the category tree and the phrase library. */
export function registerCatalogRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get(
    '/service-config/categories',
    {
      config: CONFIG_READ,
      schema: {
        tags,
        summary: 'The category tree as a flat list (parentId links); inactive ones only on request',
        querystring: serviceCategoryQuerySchema,
        response: { 200: z.array(serviceCategorySchema) },
      },
    },
    async (request) => categories.listCategories(request.ctx, request.query),
  );
  r.post(
    '/service-config/categories',
    {
      config: CONFIG_WRITE,
      schema: { tags, body: createServiceCategoryBodySchema, response: { 201: serviceCategorySchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await categories.createCategory(request.ctx, request.body)),
  );
  r.patch(
    '/service-config/categories/:id',
    {
      config: CONFIG_WRITE,
      schema: {
        tags,
        summary: 'Rename, move in the order, set the default department, deactivate or reactivate',
        params: idParamsSchema,
        body: updateServiceCategoryBodySchema,
        response: { 200: serviceCategorySchema },
      },
    },
    async (request) => categories.updateCategory(request.ctx, request.params.id, request.body),
  );

  r.get(
    '/service-config/phrases',
    {
      config: CONFIG_READ,
      schema: {
        tags,
        querystring: servicePhraseQuerySchema,
        response: { 200: z.array(servicePhraseSchema) },
      },
    },
    async (request) => phrases.listPhrases(request.ctx, request.query),
  );
  r.post(
    '/service-config/phrases',
    {
      config: CONFIG_WRITE,
      schema: { tags, body: createServicePhraseBodySchema, response: { 201: servicePhraseSchema } },
    },
    async (request, reply) => reply.status(201).send(await phrases.createPhrase(request.ctx, request.body)),
  );
  r.patch(
    '/service-config/phrases/:id',
    {
      config: CONFIG_WRITE,
      schema: {
        tags,
        params: idParamsSchema,
        body: updateServicePhraseBodySchema,
        response: { 200: servicePhraseSchema },
      },
    },
    async (request) => phrases.updatePhrase(request.ctx, request.params.id, request.body),
  );
}
