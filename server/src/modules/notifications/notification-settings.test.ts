import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  NotificationContact,
  NotificationPreferences,
  NotificationSettings,
  TestNotificationResult,
} from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import {
  saveSection,
  startHttpReceiver,
  startSmtp,
  type HttpReceiver,
  type SmtpReceiver,
} from './notifications.test-kit.js';

let t: TestApp;
let admin: Agent;
let p1: string;
let p2: string;
let smtp: SmtpReceiver;
let http: HttpReceiver;

beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  admin = await t.login('admin');
  smtp = await startSmtp({ user: 'desk-mailer', password: 'smtp-pass-42' });
  http = await startHttpReceiver();
});
afterAll(async () => {
  await t.close();
  await smtp.close();
  await http.close();
});

const settingsOf = async (propertyId: string) => {
  const res = await admin.request('GET', `/api/v1/admin/notification-settings?propertyId=${propertyId}`);
  expect(res.statusCode).toBe(200);
  return res.json<NotificationSettings>();
};

const stored = (propertyId: string, section: 'general' | 'email' | 'wecom' | 'sms') =>
  t.runtime.deps.database.db
    .selectFrom('notification_settings')
    .selectAll()
    .where('property_id', '=', propertyId)
    .where('section', '=', section)
    .executeTakeFirstOrThrow();

const test = (body: Record<string, unknown>) =>
  admin.request('POST', '/api/v1/admin/notification-settings/test', body);

describe('channel settings', () => {
  it('start empty and switched off', async () => {
    const s = await settingsOf(p2);
    expect(s.email).toMatchObject({ enabled: false, host: '', passwordSet: false, version: 0 });
    expect(s.wecom).toMatchObject({ enabled: false, webhookSet: false, webhookHint: null, version: 0 });
    expect(s.sms).toMatchObject({ enabled: false, apiKeyHeader: 'x-api-key', apiKeySet: false, version: 0 });
  });

  it('keep secrets sealed and never send them back; absent keeps, null removes', async () => {
    const saved = await saveSection(admin, p1, {
      section: 'email',
      enabled: true,
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: 'desk-mailer',
      password: 'smtp-pass-42',
      from: 'qiantai@example.com',
    });
    expect(saved.body).not.toContain('smtp-pass-42');
    expect(saved.json<NotificationSettings>().email).toMatchObject({ passwordSet: true, version: 1 });
    expect((await stored(p1, 'email')).secret).not.toContain('smtp-pass-42');

    const webhook =
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
    const wecom = await saveSection(admin, p1, { section: 'wecom', enabled: true, webhookUrl: webhook });
    expect(wecom.body).not.toContain('693a91f6');
    expect(wecom.json<NotificationSettings>().wecom).toMatchObject({
      webhookSet: true,
      webhookHint: '…5aaa',
    });

    // Saving without the password keeps it; null removes it.
    await saveSection(admin, p1, {
      section: 'email',
      enabled: true,
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: 'desk-mailer',
      from: 'qiantai@example.com',
    });
    expect((await settingsOf(p1)).email.passwordSet).toBe(true);
    const audit = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('action', '=', 'notification.settings.update')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audit)).not.toContain('smtp-pass-42');
    expect(JSON.stringify(audit)).not.toContain('693a91f6');
    expect(JSON.parse(audit[0]!.changes!)).toMatchObject({
      passwordSet: [false, true],
      host: [null, '127.0.0.1'],
    });

    const off = await saveSection(admin, p1, { section: 'wecom', enabled: false, webhookUrl: null });
    expect(off.json<NotificationSettings>().wecom).toMatchObject({ webhookSet: false, webhookHint: null });
  });

  it('refuses a stale version, a switched-on channel missing what it needs, and another property', async () => {
    const s = await settingsOf(p1);
    const stale = await admin.request('PUT', '/api/v1/admin/notification-settings', {
      propertyId: p1,
      section: 'email',
      version: s.email.version - 1,
      enabled: false,
    });
    expect(stale.statusCode).toBe(409);

    const noHost = await admin.request('PUT', '/api/v1/admin/notification-settings', {
      propertyId: p2,
      section: 'email',
      version: 0,
      enabled: true,
      from: 'a@example.com',
    });
    expect(noHost.statusCode).toBe(400);
    expect(noHost.json<{ error: { details: { path: string; message: string }[] } }>().error.details).toEqual([
      { path: 'body.host', message: '启用该渠道时必须填写此项' },
    ]);
    const noWebhook = await admin.request('PUT', '/api/v1/admin/notification-settings', {
      propertyId: p2,
      section: 'wecom',
      version: 0,
      enabled: true,
    });
    expect(noWebhook.statusCode).toBe(400);
    const badUrl = await admin.request('PUT', '/api/v1/admin/notification-settings', {
      propertyId: p2,
      section: 'sms',
      version: 0,
      enabled: true,
      url: 'file:///etc/passwd',
    });
    expect(badUrl.statusCode).toBe(400);

    const supervisor = await t.login('supervisor');
    expect(
      (await supervisor.request('GET', `/api/v1/admin/notification-settings?propertyId=${p1}`)).statusCode,
    ).toBe(403);
  });
});

describe('test messages', () => {
  it('send through SMTP with the sealed password, to my own address or the one typed', async () => {
    await admin.request('PUT', '/api/v1/notifications/contact', { email: 'admin@example.com' });
    const mine = await test({ propertyId: p1, channel: 'email' });
    expect(mine.json<TestNotificationResult>()).toEqual({
      ok: true,
      error: null,
      target: 'admin@example.com',
    });
    const typed = await test({ propertyId: p1, channel: 'email', to: 'it@example.com' });
    expect(typed.json<TestNotificationResult>().ok).toBe(true);
    const mails = await smtp.waitFor(2);
    expect(mails.map((m) => m.to[0])).toEqual(['admin@example.com', 'it@example.com']);
    expect(mails[0]!.subject).toBe('前台 Qiantai 测试消息');

    expect((await test({ propertyId: p1, channel: 'email', to: 'not an address' })).statusCode).toBe(400);
  });

  it('report what went wrong instead of failing the request', async () => {
    await saveSection(admin, p1, {
      section: 'email',
      enabled: true,
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: 'desk-mailer',
      password: 'wrong-password',
      from: 'qiantai@example.com',
    });
    const refused = (await test({ propertyId: p1, channel: 'email' })).json<TestNotificationResult>();
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/auth|Invalid username or password/i);

    const none = (
      await test({ propertyId: p2, channel: 'sms', to: '13912345678' })
    ).json<TestNotificationResult>();
    expect(none).toEqual({ ok: false, error: 'NOT_CONFIGURED', target: '139****5678' });

    await saveSection(admin, p2, {
      section: 'wecom',
      enabled: false,
      webhookUrl: `${http.url}/robot?key=k1`,
    });
    http.answer = () => ({ status: 200, body: { errcode: 93000, errmsg: 'invalid webhook url' } });
    const wecom = (await test({ propertyId: p2, channel: 'wecom' })).json<TestNotificationResult>();
    expect(wecom).toEqual({ ok: false, error: 'errcode 93000: invalid webhook url', target: null });
    http.answer = () => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } });
    expect((await test({ propertyId: p2, channel: 'wecom' })).json<TestNotificationResult>().ok).toBe(true);
    const audit = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'notification.test')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(5);
  });
});

describe('my contact details and switches', () => {
  it('keep the mobile masked on the way out and in the history', async () => {
    const desk = await t.login('frontdesk');
    const set = await desk.request('PUT', '/api/v1/notifications/contact', {
      email: ' chen@example.com ',
      mobile: '139 0000 2222',
    });
    expect(set.json<NotificationContact>()).toEqual({
      email: 'chen@example.com',
      mobileMasked: '139****2222',
    });
    expect((await desk.request('GET', '/api/v1/notifications/contact')).body).not.toContain('13900002222');
    const row = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select('changes')
      .where('action', '=', 'user.contact.update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.changes!)).toEqual({
      email: [null, 'chen@example.com'],
      mobile: [null, '139****2222'],
    });
    const cleared = await desk.request('PUT', '/api/v1/notifications/contact', { mobile: null });
    expect(cleared.json<NotificationContact>()).toEqual({ email: 'chen@example.com', mobileMasked: null });
    expect((await desk.request('PUT', '/api/v1/notifications/contact', { mobile: '12345' })).statusCode).toBe(
      400,
    );
  });

  it('list every event and channel, and which channels my properties have switched on', async () => {
    const prefs = (
      await (await t.login('frontdesk2')).request('GET', '/api/v1/notifications/preferences')
    ).json<NotificationPreferences>();
    expect(prefs.items).toHaveLength(28);
    expect(prefs.availableChannels).toEqual([]); // p2 has WeCom saved but switched off
    const desk = (
      await (await t.login('frontdesk')).request('GET', '/api/v1/notifications/preferences')
    ).json<NotificationPreferences>();
    expect(desk.availableChannels).toEqual(['email']);
  });
});
