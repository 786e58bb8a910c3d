import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceRecordDetail } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { departmentIdOf } from '../properties/properties.test-kit.js';
import { recordKit } from './service-records.test-kit.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

let t: TestApp;
let desk: Agent;
let p1: string;
beforeAll(async () => {
  t = await startTestApp();
  [p1] = await t.propertyIds();
  desk = await t.login('frontdesk');
});
afterAll(() => t.close());

const attach = (agent: Agent, id: string, body: Buffer, type: string, name: string, lang = 'zh-CN') =>
  agent.request('POST', `/api/v1/service-records/${id}/attachments`, body, {
    'content-type': type,
    'x-file-name': encodeURIComponent(name),
    'accept-language': lang,
  });

describe('photos and documents of a record', () => {
  it('keeps a photo with the record, in its history, and gives it back as it was', async () => {
    const engineering = await departmentIdOf(t, p1, 'engineering');
    const r = await recordKit(t, p1).create(desk, {
      kind: 'repair',
      content: '天花板渗水',
      departmentId: engineering,
    });
    const res = await attach(desk, r.id, PNG, 'image/png', '渗水照片.png');
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json<ServiceRecordDetail>();
    expect(detail.attachments).toEqual([
      expect.objectContaining({
        name: '渗水照片.png',
        mime: 'image/png',
        size: PNG.length,
        createdByName: '陈晓梅',
      }),
    ]);
    expect(detail.events.at(-1)).toMatchObject({ action: 'attach', comment: '渗水照片.png' });

    // The engineer of the department it went to sees it, as the same bytes, shown inline.
    const engineer = await t.login('engineer');
    const file = await engineer.request(
      'GET',
      `/api/v1/service-records/${r.id}/attachments/${detail.attachments[0]!.id}`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(String(file.headers['content-disposition'])).toMatch(/^inline;/);
    expect(file.rawPayload.equals(PNG)).toBe(true);
  });

  it('refuses a file that is not what it claims, in the caller’s language, and stores nothing', async () => {
    const r = await recordKit(t, p1).create(desk, { kind: 'complaint', content: '噪音' });
    const fake = await attach(desk, r.id, Buffer.from('MZ not a picture'), 'image/png', 'virus.png', 'en');
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.details[0].message).toBe('Attach a photo (JPEG, PNG, WebP) or a PDF.');
    expect((await recordKit(t, p1).get(desk, r.id)).attachments).toEqual([]);
  });

  it('hides a record’s files from the other property and from a department it was not sent to', async () => {
    const r = await recordKit(t, p1).create(desk, { kind: 'inquiry', content: '门禁卡' });
    const detail = (await attach(desk, r.id, PNG, 'image/png', 'card.png')).json<ServiceRecordDetail>();
    const url = `/api/v1/service-records/${r.id}/attachments/${detail.attachments[0]!.id}`;
    expect((await (await t.login('frontdesk2')).request('GET', url)).statusCode).toBe(404);
    expect((await (await t.login('engineer')).request('GET', url)).statusCode).toBe(404);
    expect((await attach(await t.login('frontdesk2'), r.id, PNG, 'image/png', 'x.png')).statusCode).toBe(404);
  });
});
