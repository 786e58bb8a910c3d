import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationPage, NotificationPreferences } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { SseClient, signIn } from '../live-events/sse-test-client.js';
import { notify } from './notifications.service.js';
import { userId } from '../users/users.test-kit.js';
import { notifyNow, runDue, sample } from './notifications.test-kit.js';

let t: TestApp;
let base: string;
let p1: string;
let p2: string;
const clients: SseClient[] = [];

beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  base = await t.runtime.app.listen({ port: 0, host: '127.0.0.1' });
});
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});
afterAll(() => t.close());

const bell = async (agent: Agent, query = '') => {
  const res = await agent.request('GET', `/api/v1/notifications${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<NotificationPage>();
};

async function connect(username: string) {
  const client = await SseClient.open(base, (await signIn(base, username)).cookie);
  clients.push(client);
  return client;
}

describe('in-app notifications', () => {
  it('reach exactly the users named, holding the role, or in the department, of that property', async () => {
    const departments = (
      await (await t.login('admin')).request('GET', `/api/v1/properties/${p1}/departments`)
    ).json<{ id: string; code: string }[]>();
    const engineering = departments.find((d) => d.code === 'engineering')!.id;
    await notifyNow(
      t,
      sample(p1, {
        event: 'service.assigned',
        recipients: {
          userIds: [await userId(t, 'auditor')],
          roles: ['supervisor'],
          departmentIds: [engineering],
        },
        title: { zh: '新工单 KF-1', en: 'New record KF-1' },
      }),
    );
    for (const name of ['auditor', 'supervisor', 'engineer']) {
      const page = await bell(await t.login(name));
      expect(
        page.items.map((n) => n.title.zh),
        name,
      ).toContain('新工单 KF-1');
    }
    for (const name of ['frontdesk', 'manager', 'admin', 'frontdesk2']) {
      const page = await bell(await t.login(name));
      expect(
        page.items.map((n) => n.title.zh),
        name,
      ).not.toContain('新工单 KF-1');
    }
  });

  it('never reach someone not assigned to the property, even when named', async () => {
    await notifyNow(
      t,
      sample(p1, {
        recipients: { userIds: [await userId(t, 'frontdesk2')] },
        title: { zh: '越界', en: 'Out' },
      }),
    );
    expect((await bell(await t.login('frontdesk2'))).items.map((n) => n.title.zh)).not.toContain('越界');
  });

  it('count unread, page, and mark one or all read; another user’s is 404', async () => {
    const desk = await t.login('frontdesk');
    const before = await bell(desk);
    for (const n of [1, 2, 3])
      await notifyNow(
        t,
        sample(p1, {
          event: 'service.comment',
          recipients: { roles: ['receptionist'] },
          title: { zh: `评论 ${n}`, en: `Comment ${n}` },
        }),
      );
    const page = await bell(desk, '?pageSize=2');
    expect(page.unreadCount).toBe(before.unreadCount + 3);
    expect(page.total).toBe(before.total + 3);
    expect(page.items.map((n) => n.title.zh)).toEqual(['评论 3', '评论 2']);
    expect(page.items[0]).toMatchObject({ link: '/service/records/r1', readAt: null, urgent: false });

    const other = await t.login('supervisor');
    const notMine = await other.request('POST', `/api/v1/notifications/${page.items[0]!.id}/read`);
    expect(notMine.statusCode).toBe(404);

    const read = await desk.request('POST', `/api/v1/notifications/${page.items[0]!.id}/read`);
    expect(read.json()).toEqual({ unreadCount: page.unreadCount - 1 });
    const unread = await bell(desk, '?unread=true');
    expect(unread.items.map((n) => n.id)).not.toContain(page.items[0]!.id);
    expect((await bell(desk)).items[0]!.readAt).toBe(t.clock.now());

    const all = await desk.request('POST', '/api/v1/notifications/read-all');
    expect(all.json()).toEqual({ unreadCount: 0 });
    expect((await bell(desk, '?unread=true')).items).toEqual([]);
  });

  it('honour each user’s switches; urgent notices ignore “off” for the bell only', async () => {
    const manager = await t.login('manager');
    const off = await manager.request('PUT', '/api/v1/notifications/preferences', {
      items: [
        { event: 'service.major', channel: 'in_app', enabled: false },
        { event: 'service.reopened', channel: 'in_app', enabled: false },
      ],
    });
    expect(off.statusCode).toBe(200);
    const prefs = off.json<NotificationPreferences>();
    expect(prefs.items).toContainEqual({ event: 'service.major', channel: 'in_app', enabled: false });
    expect(prefs.items).toContainEqual({ event: 'service.escalated', channel: 'email', enabled: true });
    expect(prefs.items).toContainEqual({ event: 'service.comment', channel: 'email', enabled: false });
    expect(prefs.items).toHaveLength(7 * 4);

    await notifyNow(t, sample(p1, { event: 'service.reopened', title: { zh: '已关闭的提醒', en: 'Off' } }));
    await notifyNow(
      t,
      sample(p1, { event: 'service.major', urgent: true, title: { zh: '重大投诉', en: 'Major' } }),
    );
    const titles = (await bell(manager)).items.map((n) => n.title.zh);
    expect(titles).toContain('重大投诉');
    expect(titles).not.toContain('已关闭的提醒');
    expect((await bell(manager)).items.find((n) => n.title.zh === '重大投诉')?.urgent).toBe(true);
    // Someone else's switches are theirs: the supervisor still gets reopened records.
    await notifyNow(
      t,
      sample(p1, { event: 'service.reopened', recipients: { roles: ['manager', 'supervisor'] } }),
    );
    expect((await bell(await t.login('supervisor'))).items[0]!.event).toBe('service.reopened');
  });

  it('announce a new notification live to its recipient and to nobody else', async () => {
    await runDue(t); // earlier tests' announcements go out before anyone listens
    const desk = await connect('frontdesk');
    const supervisor = await connect('supervisor');
    await notifyNow(
      t,
      sample(p1, { recipients: { roles: ['receptionist'] }, title: { zh: '给前台', en: 'To desk' } }),
    );
    await notifyNow(
      t,
      sample(p1, { recipients: { roles: ['supervisor'] }, title: { zh: '给主管', en: 'To sup' } }),
    );
    await runDue(t);
    const mine = await desk.waitFor((f) => f.event === 'notification.created');
    const data = JSON.parse(mine.data!) as {
      propertyId: string;
      data: { notification: { title: { zh: string } } };
    };
    expect(data.propertyId).toBe(p1);
    expect(data.data.notification.title.zh).toBe('给前台');
    // The supervisor's own event arriving proves the desk's was not merely late for them.
    const theirs = await supervisor.waitFor((f) => f.event === 'notification.created');
    expect(theirs.data).toContain('给主管');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(supervisor.frames.filter((f) => f.data?.includes('给前台'))).toEqual([]);
    expect(desk.frames.filter((f) => f.data?.includes('给主管'))).toEqual([]);
  });
});

describe('notify() inside the caller’s transaction', () => {
  it('writes nothing when the caller’s transaction rolls back', async () => {
    const ctx = t.runtime.systemContext();
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await notify({ ...ctx, db: trx }, sample(p1, { title: { zh: '回滚', en: 'Rolled back' } }));
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    const rows = await ctx.db
      .selectFrom('notifications')
      .select('id')
      .where('title_zh', '=', '回滚')
      .execute();
    expect(rows).toEqual([]);
    const jobs = await ctx.db
      .selectFrom('jobs')
      .select('payload')
      .where('kind', 'like', 'notification.%')
      .execute();
    expect(jobs.filter((j) => j.payload.includes('回滚'))).toEqual([]);
  });

  it('does nothing for a property nobody is assigned to', async () => {
    const admin = await t.login('admin');
    const created = await admin.request('POST', '/api/v1/properties', {
      code: 'NT1',
      name: '空项目',
      nameEn: 'Empty',
      kind: 'residential',
    });
    const empty = created.json<{ id: string }>().id;
    // The administrator who created it is assigned to it: only they are told.
    await notifyNow(t, sample(empty, { recipients: { roles: ['manager', 'receptionist'] } }));
    const count = await t.runtime.deps.database.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('property_id', '=', empty)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    expect(p2).not.toBe(empty);
  });
});

describe('how long notifications are kept', () => {
  const DAY = 86_400_000;
  const deliveryIds = async () =>
    (await t.runtime.deps.database.db.selectFrom('notification_deliveries').select('id').execute()).map(
      (d) => d.id,
    );
  async function delivery(id: string, notificationId: string, status: 'pending' | 'sent') {
    const now = t.clock.now();
    await t.runtime.deps.database.db
      .insertInto('notification_deliveries')
      .values({
        id,
        property_id: p1,
        notification_id: notificationId,
        user_id: null,
        channel: 'email',
        target: 'desk@example.com',
        status,
        attempts: status === 'sent' ? 1 : 0,
        last_error: null,
        next_attempt_at: null,
        sent_at: status === 'sent' ? now : null,
        extra: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const titles = async () =>
    (await bell(await t.login('frontdesk'), '?pageSize=100')).items.map((n) => n.title.zh);

  it('deletes ended deliveries after 90 days and notifications after 180, and keeps what is newer', async () => {
    const desk = await userId(t, 'frontdesk');
    const to = { recipients: { userIds: [desk] } };
    await notifyNow(t, sample(p1, { ...to, title: { zh: '半年前的通知', en: 'Old' } }));
    const old = (await bell(await t.login('frontdesk'))).items.find((n) => n.title.zh === '半年前的通知')!;
    await delivery('d-sent', old.id, 'sent');
    await delivery('d-pending', old.id, 'pending');

    t.clock.advance(100 * DAY);
    await notifyNow(t, sample(p1, { ...to, title: { zh: '三个月前的通知', en: 'Newer' } }));
    await runDue(t);
    // The sent delivery ended 100 days ago; one still pending is owed, and the notification stays.
    expect(await deliveryIds()).toEqual(['d-pending']);
    expect(await titles()).toContain('半年前的通知');

    t.clock.advance(81 * DAY);
    await runDue(t);
    const left = await titles();
    expect(left).not.toContain('半年前的通知');
    expect(left).toContain('三个月前的通知');
    expect(await deliveryIds()).toEqual([]);
  });
});
