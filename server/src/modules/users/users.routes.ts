import type { FastifyInstance } from 'fastify';
import {
  createUserBodySchema,
  idParamsSchema,
  updateUserBodySchema,
  userListQuerySchema,
  userPageSchema,
  userSchema,
  userWithPasswordSchema,
} from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import * as users from './users.service.js';

export function registerUserRoutes(app: FastifyInstance) {
  const r = typed(app);
  const config = { access: 'user.manage' as const };

  r.get(
    '/users',
    {
      config,
      schema: { tags: ['users'], querystring: userListQuerySchema, response: { 200: userPageSchema } },
    },
    async (request) => users.listUsers(request.ctx, request.query),
  );
  r.post(
    '/users',
    {
      config,
      schema: {
        tags: ['users'],
        summary: 'Create a user (without a password: a one-time password is returned once)',
        body: createUserBodySchema,
        response: { 201: userWithPasswordSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await users.createUser(request.ctx, request.body)),
  );
  r.get(
    '/users/:id',
    { config, schema: { tags: ['users'], params: idParamsSchema, response: { 200: userSchema } } },
    async (request) => users.getUser(request.ctx, request.params.id),
  );
  r.patch(
    '/users/:id',
    {
      config,
      schema: {
        tags: ['users'],
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema },
      },
    },
    async (request) => users.updateUser(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/users/:id/reset-password',
    {
      config,
      schema: {
        tags: ['users'],
        summary: 'Reset a password to a one-time password (ends all of the user’s sessions)',
        params: idParamsSchema,
        response: { 200: userWithPasswordSchema },
      },
    },
    async (request) => users.resetPassword(request.ctx, request.params.id),
  );
}
