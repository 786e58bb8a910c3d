import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationDelivery } from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { backoffMs } from '../../platform/jobs/job-runner.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { notify } from './notifications.service.js';
import {
  deadPort,
  notifyNow,
  runDue,
  sample,
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

const WECOM_KEY = 'robot-key-7f3a';

async function setUpChannels(propertyId: string, target: { smtpPort: number; httpUrl: string }) {
  await saveSection(admin, propertyId, { section: 'general', appUrl: 'https://desk.example.com/' });
  await saveSection(admin, propertyId, {
    section: 'email',
    enabled: true,
    host: '127.0.0.1',
    port: target.smtpPort,
    secure: false,
    from: 'qiantai@example.com',
  });
  await saveSection(admin, propertyId, {
    section: 'wecom',
    enabled: true,
    webhookUrl: `${target.httpUrl}/cgi-bin/webhook/send?key=${WECOM_KEY}`,
  });
  await saveSection(admin, propertyId, {
    section: 'sms',
    enabled: true,
    url: `${target.httpUrl}/sms/send`,
    apiKeyHeader: 'x-api-key',
    apiKey: 'sms-secret-1',
    signature: '锦绣花园',
  });
}

/** A user's address, mobile and switches for escalations (e-mail is on by default). */
async function reachable(username: string, contact: { email?: string; mobile?: string }, channels: string[]) {
  const agent = await t.login(username);
  expect((await agent.request('PUT', '/api/v1/notifications/contact', contact)).statusCode).toBe(200);
  const items = channels.map((channel) => ({ event: 'service.escalated', channel, enabled: true }));
  expect((await agent.request('PUT', '/api/v1/notifications/preferences', { items })).statusCode).toBe(200);
  return agent;
}

const deliveries = async (agent: Agent, query = '') => {
  const res = await agent.request('GET', `/api/v1/admin/notification-deliveries${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: NotificationDelivery[]; total: number }>().items;
};

beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  admin = await t.login('admin');
  smtp = await startSmtp();
  http = await startHttpReceiver();
  await setUpChannels(p1, { smtpPort: smtp.port, httpUrl: http.url });
  await reachable('manager', { email: 'manager@example.com', mobile: '13900001111' }, ['wecom', 'sms']);
  await reachable('supervisor', { email: 'supervisor@example.com' }, ['wecom']);
  // The supervisor reads English: their e-mail comes in English.
  await (await t.login('supervisor')).request('PUT', '/api/v1/auth/preferences', { locale: 'en' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
  await http.close();
});

describe('sending', () => {
  it('sends nothing until the caller has committed and the job runs', async () => {
    const mailsBefore = smtp.mails.length;
    const requestsBefore = http.requests.length;
    await notifyNow(t, sample(p1, { recipients: { roles: ['manager'] } }));
    expect(smtp.mails.length).toBe(mailsBefore);
    expect(http.requests.length).toBe(requestsBefore);
    await runDue(t);
    await smtp.waitFor(mailsBefore + 1);
    expect(http.requests.length).toBe(requestsBefore + 2); // the group robot and the SMS gateway
  });

  it('e-mails each recipient in their own language, the title as the subject', async () => {
    smtp.mails.length = 0;
    await notifyNow(t, sample(p1, { recipients: { roles: ['manager', 'supervisor'] } }));
    await runDue(t);
    const mails = await smtp.waitFor(2);
    const byRecipient = new Map(mails.map((m) => [m.to[0], m]));
    expect(byRecipient.get('manager@example.com')).toMatchObject({
      from: 'qiantai@example.com',
      subject: '工单超时升级 KF-20261127-0001',
    });
    expect(byRecipient.get('manager@example.com')!.text).toContain('报修已超过处理时限');
    expect(byRecipient.get('manager@example.com')!.text).toContain(
      'https://desk.example.com/service/records/r1',
    );
    expect(byRecipient.get('supervisor@example.com')).toMatchObject({
      subject: 'Escalated: KF-20261127-0001',
    });
    expect(byRecipient.get('supervisor@example.com')!.text).toContain('A repair is past its deadline');
  });

  it('posts once to the WeCom group, naming everyone, and texts the mobile through the gateway', async () => {
    http.requests.length = 0;
    await notifyNow(t, sample(p1, { recipients: { roles: ['manager', 'supervisor'] } }));
    await runDue(t);
    const robot = http.requests.filter((r) => r.path.startsWith('/cgi-bin/webhook/send'));
    expect(robot).toHaveLength(1);
    expect(robot[0]!.path).toBe(`/cgi-bin/webhook/send?key=${WECOM_KEY}`);
    const markdown = robot[0]!.body as { msgtype: string; markdown: { content: string } };
    expect(markdown.msgtype).toBe('markdown');
    expect(markdown.markdown.content).toContain('**工单超时升级 KF-20261127-0001**');
    expect(markdown.markdown.content).toContain('王经理、李主管');
    expect(markdown.markdown.content).toContain('(https://desk.example.com/service/records/r1)');

    const sms = http.requests.filter((r) => r.path === '/sms/send');
    expect(sms).toHaveLength(1); // the supervisor has no mobile and did not ask for SMS
    expect(sms[0]!.headers['x-api-key']).toBe('sms-secret-1');
    expect(sms[0]!.body).toEqual({
      to: '13900001111',
      text: '【锦绣花园】工单超时升级 KF-20261127-0001：报修已超过处理时限',
      signature: '锦绣花园',
    });

    const sent = (await deliveries(admin, `?propertyId=${p1}&status=sent`)).slice(0, 5);
    const smsRow = sent.find((d) => d.channel === 'sms')!;
    expect(smsRow).toMatchObject({ target: '139****1111', attempts: 1, lastError: null });
    expect(smsRow.recipient?.displayName).toBe('王经理');
    expect(sent.find((d) => d.channel === 'wecom')).toMatchObject({ recipient: null, target: null });
  });

  it('records a recipient without an e-mail address as failed at once, without trying', async () => {
    const before = smtp.mails.length;
    await notifyNow(
      t,
      sample(p1, { recipients: { roles: ['admin'] }, title: { zh: '无邮箱', en: 'No mail' } }),
    );
    const failed = await deliveries(admin, `?propertyId=${p1}&status=failed&channel=email`);
    expect(failed[0]).toMatchObject({ lastError: 'NO_ADDRESS', attempts: 0, target: null });
    expect(failed[0]!.title?.zh).toBe('无邮箱');
    await runDue(t);
    expect(smtp.mails.length).toBe(before);
  });
});

describe('failures', () => {
  it('retries a refused message with backoff, then shows it failed; an admin’s retry sends it', async () => {
    http.answer = (req) =>
      req.path.startsWith('/sms')
        ? { status: 500, body: { message: 'gateway down' } }
        : { status: 200, body: { errcode: 93000, errmsg: 'invalid webhook url' } };
    http.requests.length = 0;
    await notifyNow(
      t,
      sample(p1, { recipients: { roles: ['manager'] }, title: { zh: '重试', en: 'Retry' } }),
    );
    const mine = async () =>
      (await deliveries(admin, `?propertyId=${p1}`)).filter(
        (d) => d.title?.zh === '重试' && d.channel !== 'email',
      );

    await runDue(t);
    const first = await mine();
    expect(first).toHaveLength(2);
    for (const d of first) {
      expect(d).toMatchObject({ status: 'pending', attempts: 1 });
      expect(d.nextAttemptAt).toBe(t.clock.now() + backoffMs(1));
    }
    expect(first.find((d) => d.channel === 'sms')!.lastError).toContain('HTTP 500');
    expect(first.find((d) => d.channel === 'wecom')!.lastError).toContain('errcode 93000');

    // Not before the backoff is over.
    t.clock.advance(backoffMs(1) - 1000);
    await runDue(t);
    expect((await mine()).map((d) => d.attempts)).toEqual([1, 1]);

    for (let attempt = 1; attempt < 6; attempt++) {
      t.clock.advance(backoffMs(attempt));
      await runDue(t);
    }
    const failed = await mine();
    expect(failed.map((d) => [d.status, d.attempts])).toEqual([
      ['failed', 6],
      ['failed', 6],
    ]);
    expect(http.requests).toHaveLength(12);
    const listed = await deliveries(admin, `?status=failed&channel=sms`);
    expect(listed.map((d) => d.id)).toContain(failed.find((d) => d.channel === 'sms')!.id);

    http.answer = () => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } });
    const sms = failed.find((d) => d.channel === 'sms')!;
    const retried = await admin.request('POST', `/api/v1/admin/notification-deliveries/${sms.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending' });
    const again = await admin.request('POST', `/api/v1/admin/notification-deliveries/${sms.id}/retry`);
    expect(again.statusCode).toBe(409);
    await runDue(t);
    expect((await mine()).find((d) => d.id === sms.id)).toMatchObject({ status: 'sent', attempts: 7 });
    const audit = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('entity_id', '=', sms.id)
      .execute();
    expect(audit).toEqual([{ action: 'notification.delivery.retry', actor_username: 'admin' }]);
  });

  it('lets the caller’s transaction commit when every channel is down', async () => {
    const down = `http://127.0.0.1:${await deadPort()}`;
    await setUpChannels(p1, { smtpPort: await deadPort(), httpUrl: down });
    const ctx = t.runtime.systemContext();
    await ctx.db.transaction().execute(async (trx) => {
      const tx = { ...ctx, db: trx };
      await writeAudit(tx, {
        action: 'service.record.create',
        entityType: 'service_record',
        entityId: 'rec-1',
        propertyId: p1,
      });
      await notify(
        tx,
        sample(p1, { recipients: { roles: ['manager'] }, title: { zh: '全断', en: 'All down' } }),
      );
    });
    await runDue(t);
    const record = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', 'rec-1')
      .execute();
    expect(record).toEqual([{ action: 'service.record.create' }]);
    const rows = (await deliveries(admin, `?propertyId=${p1}`)).filter((d) => d.title?.zh === '全断');
    expect(rows.map((d) => d.channel).sort()).toEqual(['email', 'sms', 'wecom']);
    for (const d of rows) {
      expect(d).toMatchObject({ status: 'pending', attempts: 1 });
      expect(d.lastError).toMatch(/ECONNREFUSED|fetch failed/);
    }
    // The bell still has it.
    const bell = await (await t.login('manager')).request('GET', '/api/v1/notifications');
    expect(bell.json<{ items: { title: { zh: string } }[] }>().items[0]!.title.zh).toBe('全断');
    await setUpChannels(p1, { smtpPort: smtp.port, httpUrl: http.url });
  });

  it('shows an administrator only the deliveries of their own properties', async () => {
    await setUpChannels(p2, { smtpPort: smtp.port, httpUrl: http.url });
    await notifyNow(t, sample(p2, { recipients: { roles: ['admin'] }, title: { zh: '二号项目', en: 'P2' } }));
    const p2Failed = (await deliveries(admin, `?propertyId=${p2}`)).find((d) => d.title?.zh === '二号项目')!;
    expect(p2Failed).toMatchObject({ status: 'failed', lastError: 'NO_ADDRESS' });

    const created = await admin.request('POST', '/api/v1/users', {
      username: 'admin-p1',
      displayName: '一号管理员',
      password: 'Admin-p1-first-2026',
      roles: ['admin'],
      propertyIds: [p1],
    });
    expect(created.statusCode).toBe(201);
    const first = await t.login('admin-p1', { password: 'Admin-p1-first-2026' });
    await first.request('POST', '/api/v1/auth/password', {
      currentPassword: 'Admin-p1-first-2026',
      newPassword: 'Admin-p1-second-2026',
    });
    const admin1 = await t.login('admin-p1', { password: 'Admin-p1-second-2026' });
    const seen = await deliveries(admin1);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((d) => d.propertyId === p1)).toBe(true);
    expect(
      (await admin1.request('GET', `/api/v1/admin/notification-deliveries?propertyId=${p2}`)).statusCode,
    ).toBe(404);
    const retry = await admin1.request('POST', `/api/v1/admin/notification-deliveries/${p2Failed.id}/retry`);
    expect(retry.statusCode).toBe(404);
  });
});
