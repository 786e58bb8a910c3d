import type { FastifyInstance } from 'fastify';
import {
  idParamsSchema,
  notificationDeliveryPageSchema,
  notificationDeliveryQuerySchema,
  notificationDeliverySchema,
  notificationSettingsQuerySchema,
  notificationSettingsSchema,
  testNotificationBodySchema,
  testNotificationResultSchema,
  updateNotificationSettingsBodySchema,
} from '@qiantai/contracts';
import type { AppDeps } from '../../app-deps.js';
import { typed } from '../../platform/http/routes.js';
import { listDeliveries, retryDelivery, type ExternalChannels } from './deliveries.service.js';
import { getSettings, updateSettings } from './settings.service.js';
import { sendTest } from './test-send.service.js';

/** Channel settings and the delivery log of the caller's properties, for notification.admin. */
export function registerNotificationAdminRoutes(
  app: FastifyInstance,
  deps: Pick<AppDeps, 'cipher'>,
  channels: ExternalChannels,
) {
  const r = typed(app);
  const tags = ['admin', 'notifications'];
  const admin = { access: 'notification.admin' as const };

  r.get(
    '/admin/notification-deliveries',
    {
      config: admin,
      schema: {
        tags,
        summary: 'E-mail, WeCom and SMS deliveries with their status, attempts and last error',
        querystring: notificationDeliveryQuerySchema,
        response: { 200: notificationDeliveryPageSchema },
      },
    },
    async (request) => listDeliveries(request.ctx, request.query),
  );
  r.post(
    '/admin/notification-deliveries/:id/retry',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Send a failed delivery again',
        params: idParamsSchema,
        response: { 200: notificationDeliverySchema },
      },
    },
    async (request) => retryDelivery(request.ctx, request.params.id),
  );
  r.get(
    '/admin/notification-settings',
    {
      config: admin,
      schema: {
        tags,
        summary: 'A property’s channel settings (secrets only as “set”)',
        querystring: notificationSettingsQuerySchema,
        response: { 200: notificationSettingsSchema },
      },
    },
    async (request) => getSettings(request.ctx, request.query.propertyId),
  );
  r.put(
    '/admin/notification-settings',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Save one section (general, email, wecom, sms) with the version shown',
        body: updateNotificationSettingsBodySchema,
        response: { 200: notificationSettingsSchema },
      },
    },
    async (request) => updateSettings(request.ctx, deps.cipher, request.body),
  );
  r.post(
    '/admin/notification-settings/test',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Send a test message with the saved settings and report the outcome',
        body: testNotificationBodySchema,
        response: { 200: testNotificationResultSchema },
      },
    },
    async (request) => sendTest(request.ctx, { cipher: deps.cipher, channels }, request.body),
  );
}
