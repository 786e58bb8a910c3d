import type { FastifyInstance } from 'fastify';
import {
  changePasswordBodySchema,
  loginBodySchema,
  meSchema,
  okSchema,
  updateMyPreferencesSchema,
} from '@qiantai/contracts';
import type { AppDeps } from '../../app-deps.js';
import { typed } from '../../platform/http/routes.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/http/session-cookie.js';
import * as auth from './auth.service.js';

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps) {
  const policy = { idleMs: deps.config.sessionIdleMs, absoluteMs: deps.config.sessionAbsoluteMs };
  const r = typed(app);

  r.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Sign in', body: loginBodySchema, response: { 200: meSchema } },
    },
    async (request, reply) => {
      const result = await auth.login(request.ctx, policy, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(request, reply, deps, result.token);
      return result.me;
    },
  );

  r.post(
    '/auth/logout',
    {
      config: { access: 'authenticated', duringPasswordChange: true },
      schema: { tags: ['auth'], summary: 'Sign out', response: { 200: okSchema } },
    },
    async (request, reply) => {
      await auth.logout(request.ctx);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  r.get(
    '/auth/me',
    {
      config: { access: 'authenticated', duringPasswordChange: true },
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: meSchema } },
    },
    async (request) => auth.describeMe(request.ctx),
  );

  r.post(
    '/auth/password',
    {
      config: { access: 'authenticated', duringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Change my password (ends all my sessions; returns a new one)',
        body: changePasswordBodySchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const result = await auth.changeOwnPassword(request.ctx, policy, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(request, reply, deps, result.token);
      return result.me;
    },
  );

  r.put(
    '/auth/preferences',
    {
      config: { access: 'authenticated', duringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Update my preferences (language)',
        body: updateMyPreferencesSchema,
        response: { 200: meSchema },
      },
    },
    async (request) => auth.updateMyLocale(request.ctx, request.body.locale),
  );
}
