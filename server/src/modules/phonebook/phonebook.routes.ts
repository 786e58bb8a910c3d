import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  createPhonebookEntryBodySchema,
  deletePhonebookEntryQuerySchema,
  idParamsSchema,
  okSchema,
  phonebookEntrySchema,
  phonebookQuerySchema,
  updatePhonebookEntryBodySchema,
} from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import * as phonebook from './phonebook.service.js';

export function registerPhonebookRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['phonebook'];
  const edit = { access: 'phonebook.edit' as const };

  r.get(
    '/phonebook',
    {
      config: { access: 'directory.read' },
      schema: { tags, querystring: phonebookQuerySchema, response: { 200: z.array(phonebookEntrySchema) } },
    },
    async (request) => phonebook.listPhonebook(request.ctx, request.query),
  );
  r.post(
    '/phonebook',
    {
      config: edit,
      schema: { tags, body: createPhonebookEntryBodySchema, response: { 201: phonebookEntrySchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await phonebook.createPhonebookEntry(request.ctx, request.body)),
  );
  r.patch(
    '/phonebook/:id',
    {
      config: edit,
      schema: {
        tags,
        params: idParamsSchema,
        body: updatePhonebookEntryBodySchema,
        response: { 200: phonebookEntrySchema },
      },
    },
    async (request) => phonebook.updatePhonebookEntry(request.ctx, request.params.id, request.body),
  );
  r.delete(
    '/phonebook/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Delete a line; a stale version answers 409 and deletes nothing',
        params: idParamsSchema,
        querystring: deletePhonebookEntryQuerySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await phonebook.deletePhonebookEntry(request.ctx, request.params.id, request.query.version);
      return { ok: true as const };
    },
  );
}
