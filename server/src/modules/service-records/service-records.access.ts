import {
  ADMINS,
  EVERY_MEMBER,
  type Fixtures,
  type Member,
  type PropertyKey,
} from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';
import { departmentIdOf } from '../properties/properties.test-kit.js';

// The service register. Everyone of a property reads it (department staff: their department's queue,
// so the sample records are routed to engineering, the engineer's department); the desk and the
// supervisor log records; the follow-up calls are the desk's. Printing and exporting it needs
// service.export, which the desk, the supervisor, the manager and administrators hold; department
// staff and auditors do not. Every route is property-scoped.

const LOGGERS: readonly Member[] = [...ADMINS, 'supervisor', 'frontdesk', 'frontdesk2'];
const EDITORS: readonly Member[] = [...LOGGERS, 'manager'];
const REVEALERS: readonly Member[] = [...ADMINS, 'manager', 'supervisor', 'frontdesk', 'frontdesk2'];
// The auditor reads the register but takes no action on a record.
const ACTORS: readonly Member[] = EVERY_MEMBER.filter((m) => m !== 'auditor');
const EXPORTERS: readonly Member[] = ['admin', 'admin1', 'manager', 'supervisor', 'frontdesk', 'frontdesk2'];

/** A repair routed to engineering, logged by the administrator with a caller's phone. */
async function repair(fx: Fixtures, p: PropertyKey) {
  return fx.post('/api/v1/service-records', {
    propertyId: fx.property(p),
    kind: 'repair',
    channel: 'phone',
    customerName: `矩阵来电${fx.unique()}`,
    customerPhone: '13700137000',
    content: '电梯按钮失灵',
    departmentId: await departmentIdOf(fx.t, fx.property(p), 'engineering'),
  });
}

/** The property's sample repair, logged once. */
const sampleRecord = (fx: Fixtures, p: PropertyKey) =>
  fx.once(`service-records:${p}`, async () => (await repair(fx, p)).id);

async function currentVersion(fx: Fixtures, id: string): Promise<number> {
  const res = await (await fx.agent('admin')).request('GET', `/api/v1/service-records/${id}`);
  return res.json<{ record: { version: number } }>().record.version;
}

// The smallest PNG there is: a 1×1 transparent pixel.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** A photo attached once by the administrator to the property's sample record. */
async function samplePhoto(fx: Fixtures, p: PropertyKey): Promise<{ recordId: string; fileId: string }> {
  const recordId = await sampleRecord(fx, p);
  const fileId = await fx.once(`service-records:${p}:photo`, async () => {
    const res = await (
      await fx.agent('admin')
    ).request('POST', `/api/v1/service-records/${recordId}/attachments`, PNG, {
      'content-type': 'image/png',
      'x-file-name': 'leak.png',
    });
    if (res.statusCode !== 200) throw new Error(`attach: ${res.statusCode} ${res.body}`);
    return res.json<{ attachments: { id: string }[] }>().attachments[0]!.id;
  });
  return { recordId, fileId };
}

/** A completed repair's pending follow-up call. */
async function pendingFollowUp(fx: Fixtures, p: PropertyKey) {
  const admin = await fx.agent('admin');
  const r = await repair(fx, p);
  const completed = await admin.request('POST', `/api/v1/service-records/${r.id}/actions`, {
    action: 'complete',
    version: r.version,
    result: '已更换按钮',
  });
  if (completed.statusCode !== 200) throw new Error(`complete: ${completed.statusCode} ${completed.body}`);
  const res = await admin.request(
    'GET',
    `/api/v1/service-follow-ups?propertyId=${fx.property(p)}&due=all&pageSize=200`,
  );
  const call = res
    .json<{ items: { id: string; recordId: string; version: number }[] }>()
    .items.find((f) => f.recordId === r.id);
  if (!call) throw new Error('no follow-up for a completed repair');
  return call;
}

/** One complaint with a caller's phone per property, so the masking walk has a phone to look at. */
async function withComplaint(fx: Fixtures, p: PropertyKey): Promise<string> {
  await fx.once(`service-records:${p}:complaint`, () =>
    fx.post('/api/v1/service-records', {
      propertyId: fx.property(p),
      kind: 'complaint',
      channel: 'phone',
      customerName: '矩阵投诉人',
      customerPhone: '13600136000',
      content: '夜间施工噪音',
    }),
  );
  return fx.property(p);
}

export const ACCESS: readonly RouteCase[] = [
  {
    method: 'GET',
    route: '/api/v1/service-records',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/service-records?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/service-records',
    may: LOGGERS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: '/api/v1/service-records',
      body: {
        propertyId: fx.property(p),
        kind: 'inquiry',
        channel: 'walk_in',
        customerName: '矩阵访客',
        content: '问路',
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/service-records/:id',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/service-records/${await sampleRecord(fx, p)}` }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/service-records/:id',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const id = await sampleRecord(fx, p);
      return {
        url: `/api/v1/service-records/${id}`,
        body: { version: await currentVersion(fx, id), content: `电梯按钮失灵${fx.unique()}` },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/service-records/:id/actions',
    may: ACTORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const id = await sampleRecord(fx, p);
      return {
        url: `/api/v1/service-records/${id}/actions`,
        body: { action: 'comment', version: await currentVersion(fx, id), comment: '已电话联系' },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/service-records/:id/reveal',
    may: REVEALERS,
    scoped: true,
    revealsPersonalData: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/service-records/${await sampleRecord(fx, p)}/reveal`,
      body: { field: 'customerPhone' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/service-records/:id/attachments',
    may: EVERY_MEMBER.filter((m) => m !== 'auditor'),
    // The matrix sends JSON, and the upload takes a raw photo or PDF: an allowed caller gets past
    // permission and scope (checked before the body is read) to the 400 for the body.
    // record-attachments.test.ts uploads real files.
    status: 400,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/service-records/${await sampleRecord(fx, p)}/attachments`,
      body: { file: 'not a file' },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/service-records/:id/attachments/:fileId',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => {
      const { recordId, fileId } = await samplePhoto(fx, p);
      return { url: `/api/v1/service-records/${recordId}/attachments/${fileId}` };
    },
  },
  {
    method: 'GET',
    route: '/api/v1/service-staff',
    may: ACTORS,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/service-staff?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'GET',
    route: '/api/v1/service-follow-ups',
    may: LOGGERS,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/service-follow-ups?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/service-follow-ups/:id/record',
    may: LOGGERS,
    scoped: true,
    sample: async (fx, _, p) => {
      const call = await pendingFollowUp(fx, p);
      return {
        url: `/api/v1/service-follow-ups/${call.id}/record`,
        body: { version: call.version, reached: true, satisfaction: 'satisfied' },
      };
    },
  },

  // printed and exported
  {
    method: 'GET',
    route: '/api/v1/service-records/print',
    may: EXPORTERS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/service-records/print?propertyId=${await withComplaint(fx, p)}&layout=complaints`,
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/service-records/export',
    may: EXPORTERS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/service-records/export?propertyId=${await withComplaint(fx, p)}`,
    }),
  },
];
