import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lease } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { STORED_FILE_MAX_BYTES as CONTRACT_MAX_BYTES } from '../../platform/files/file-type.js';
import { created } from '../../test/created.js';
import { resident } from './leases.test-kit.js';

let t: TestApp;
let desk: Agent;
let leaseId: string;
beforeAll(async () => {
  t = await startTestApp();
  const [p1] = await t.propertyIds();
  desk = await t.login('frontdesk');
  const tenant = await resident(desk, p1, '郑十一');
  leaseId = created(
    await desk.request('POST', '/api/v1/leases', {
      unitId: tenant.unitId,
      tenantPersonId: tenant.personId,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      rentFen: 500000,
    }),
  ).id;
});
afterAll(() => t.close());

const pdf = (size = 2048) => {
  const body = Buffer.alloc(size, 0x20);
  body.write('%PDF-1.7\n');
  return body;
};
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
// What a Windows executable starts with: "MZ" and the DOS stub.
const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512)]);

const upload = (agent: Agent, content: Buffer, type: string, name?: string) =>
  agent.request('POST', `/api/v1/leases/${leaseId}/contract`, content, {
    'content-type': type,
    ...(name ? { 'x-file-name': encodeURIComponent(name) } : {}),
  });

describe('lease contract file', () => {
  it('stores an uploaded PDF and gives back the same bytes with its name and type', async () => {
    const content = pdf(3 * 1024 * 1024); // above the 1 MiB limit of JSON routes
    const res = await upload(desk, content, 'application/pdf', '租赁合同 2026.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.json<Lease>()).toMatchObject({ contractFileName: '租赁合同 2026.pdf', version: 2 });

    const download = await (await t.login('engineer')).request('GET', `/api/v1/leases/${leaseId}/contract`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="____ 2026.pdf"; filename*=UTF-8''${encodeURIComponent('租赁合同 2026.pdf')}`,
    );
    const stored = await t.runtime.deps.database.db
      .selectFrom('files')
      .select(['sha256', 'size', 'mime'])
      .where('id', '=', res.json<Lease>().contractFileId!)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      sha256: createHash('sha256').update(content).digest('hex'),
      size: content.length,
      mime: 'application/pdf',
    });
  });

  it('accepts a photo of the contract and replaces the PDF, keeping the change in the history', async () => {
    const res = await upload(desk, png, 'image/png');
    expect(res.json<Lease>()).toMatchObject({ contractFileName: 'contract.png' });
    const download = await desk.request('GET', `/api/v1/leases/${leaseId}/contract`);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(png)).toBe(true);
    const attached = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', leaseId)
      .where('action', '=', 'lease.contract.attach')
      .execute();
    expect(attached).toHaveLength(2);
  });

  it('refuses a renamed executable, a mismatched type and types that are not documents', async () => {
    const renamed = await upload(desk, exe, 'application/pdf', '合同.pdf');
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json<{ error: { details: { message: string }[] } }>().error.details[0]!.message).toContain(
      'PDF',
    );
    expect((await upload(desk, pdf(), 'image/png', 'x.png')).statusCode).toBe(400);
    expect((await upload(desk, exe, 'application/x-msdownload', 'setup.exe')).statusCode).toBe(400);
    expect((await upload(desk, Buffer.from('hello'), 'text/plain', 'a.txt')).statusCode).toBe(400);
    // The contract is still the photo uploaded before.
    const download = await desk.request('GET', `/api/v1/leases/${leaseId}/contract`);
    expect(download.rawPayload.equals(png)).toBe(true);
  });

  it('refuses a file over 10 MiB', async () => {
    const res = await upload(desk, pdf(CONTRACT_MAX_BYTES + 1), 'application/pdf', 'big.pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '请求内容过大',
    });
  });

  it('lets readers download but only editors upload, and hides the lease from the other property', async () => {
    const engineer = await t.login('engineer');
    expect((await upload(engineer, pdf(), 'application/pdf')).statusCode).toBe(403);
    const outsider = await t.login('frontdesk2');
    expect((await upload(outsider, pdf(), 'application/pdf')).statusCode).toBe(404);
    expect((await outsider.request('GET', `/api/v1/leases/${leaseId}/contract`)).statusCode).toBe(404);
  });
});
