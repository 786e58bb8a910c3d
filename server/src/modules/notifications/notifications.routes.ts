import type { FastifyInstance } from 'fastify';
import {
  idParamsSchema,
  notificationContactSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationPreferencesSchema,
  unreadCountSchema,
  updateNotificationContactBodySchema,
  updateNotificationPreferencesBodySchema,
} from '@qiantai/contracts';
import type { AppDeps } from '../../app-deps.js';
import { typed } from '../../platform/http/routes.js';
import { myContact, updateMyContact } from '../users/index.js';
import { standardChannels } from './deliveries.service.js';
import { registerNotificationAdminRoutes } from './notification-admin.routes.js';
import { listMine, markAllRead, markRead } from './notifications.service.js';
import { myPreferences, updateMyPreferences } from './preferences.service.js';

export function registerNotificationRoutes(app: FastifyInstance, deps: Pick<AppDeps, 'cipher'>) {
  registerMyNotificationRoutes(app);
  registerNotificationAdminRoutes(app, deps, standardChannels());
}

/** The signed-in user's own notifications, switches and contact details: nobody else's, ever. */
function registerMyNotificationRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['notifications'];
  const mine = { access: 'authenticated' as const };

  r.get(
    '/notifications',
    {
      config: mine,
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (request) => listMine(request.ctx, request.query),
  );
  r.post(
    '/notifications/:id/read',
    {
      config: mine,
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: idParamsSchema,
        response: { 200: unreadCountSchema },
      },
    },
    async (request) => markRead(request.ctx, request.params.id),
  );
  r.post(
    '/notifications/read-all',
    {
      config: mine,
      schema: { tags, summary: 'Mark all my notifications read', response: { 200: unreadCountSchema } },
    },
    async (request) => markAllRead(request.ctx),
  );
  r.get(
    '/notifications/preferences',
    {
      config: mine,
      schema: {
        tags,
        summary: 'My switches per event and channel',
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => myPreferences(request.ctx),
  );
  r.put(
    '/notifications/preferences',
    {
      config: mine,
      schema: {
        tags,
        summary: 'Change some of my switches; the others stay',
        body: updateNotificationPreferencesBodySchema,
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => updateMyPreferences(request.ctx, request.body),
  );
  r.get(
    '/notifications/contact',
    {
      config: mine,
      schema: {
        tags,
        summary: 'Where my e-mail and SMS notifications go (the mobile masked)',
        response: { 200: notificationContactSchema },
      },
    },
    async (request) => myContact(request.ctx),
  );
  r.put(
    '/notifications/contact',
    {
      config: mine,
      schema: {
        tags,
        summary: 'Set my e-mail address and mobile (absent: unchanged, null: removed)',
        body: updateNotificationContactBodySchema,
        response: { 200: notificationContactSchema },
      },
    },
    async (request) => updateMyContact(request.ctx, request.body),
  );
}
