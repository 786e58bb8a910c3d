import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataKey } from '../../platform/privacy/data-key.js';
import { PersonalDataCipher } from '../../platform/privacy/personal-data-cipher.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { unmaskedPersonalData } from '../../test/personal-data.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson, residentId } from './people.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
let unitId: string;
const ID_NUMBER = residentId('19881120', '246', '110105');
const MOBILE = '13812345678';
const OTHER_MOBILE = '15987654321';
let personId: string;

beforeAll(async () => {
  t = await startTestApp();
  desk = await t.login('frontdesk');
  [p1] = await t.propertyIds();
  const building = await makeBuilding(desk, p1, '1');
  unitId = (await makeUnit(desk, building.id, '101', '1')).id;
  personId = (
    await makePerson(desk, {
      propertyId: p1,
      name: '周杰',
      mobile: MOBILE,
      otherPhones: [OTHER_MOBILE],
      idDocument: { idType: 'resident_id', idNumber: ID_NUMBER },
      unitLink: { unitId, role: 'owner' },
    })
  ).id;
  await makePerson(desk, {
    propertyId: p1,
    name: '周太太',
    mobile: '18611112222',
    idDocument: { idType: 'resident_id', idNumber: residentId('19900101', '368', '110105') },
    unitLink: { unitId, role: 'household' },
  });
});
afterAll(() => t.close());

const db = () => t.runtime.deps.database.db;

describe('ID numbers at rest', () => {
  it('stores no plain ID number: ciphertext, a keyed hash and the masked form only', async () => {
    const row = await db()
      .selectFrom('people')
      .selectAll()
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const text = JSON.stringify(row);
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain(ID_NUMBER.slice(4, 14)); // not even the hidden middle (birth date)
    expect(row.id_number_enc).toMatch(/^v1\./);
    expect(row.id_number_masked).toBe(`1101${'*'.repeat(10)}${ID_NUMBER.slice(-4)}`);
    expect(row.id_number_hash).toBe(t.runtime.deps.cipher.hash(ID_NUMBER));
  });

  it('never writes the plain ID number or phones into the audit log', async () => {
    const rows = await db().selectFrom('audit_log').selectAll().execute();
    const text = JSON.stringify(rows);
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain(MOBILE);
    expect(text).not.toContain(OTHER_MOBILE);
  });
});

describe('reveal', () => {
  it('shows each field in full to a receptionist and records every reveal without the value', async () => {
    const before = await db()
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'person.reveal')
      .execute();
    const id = await desk.request('POST', `/api/v1/people/${personId}/reveal`, { field: 'idNumber' });
    expect(id.statusCode).toBe(200);
    expect(id.json()).toEqual({ field: 'idNumber', value: ID_NUMBER });
    const mobile = await desk.request('POST', `/api/v1/people/${personId}/reveal`, { field: 'mobile' });
    expect(mobile.json()).toEqual({ field: 'mobile', value: MOBILE });
    const others = await desk.request('POST', `/api/v1/people/${personId}/reveal`, { field: 'otherPhones' });
    expect(others.json()).toEqual({ field: 'otherPhones', value: [OTHER_MOBILE] });

    const entries = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.reveal')
      .where('entity_id', '=', personId)
      .execute();
    expect(entries.length - before.length).toBe(3);
    expect(entries.map((e) => JSON.parse(e.detail!).field).sort()).toEqual([
      'idNumber',
      'mobile',
      'otherPhones',
    ]);
    expect(entries.every((e) => e.actor_username === 'frontdesk' && e.property_id === p1)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(entries)).not.toContain(MOBILE);
  });

  it('answers null for a field the person does not have', async () => {
    const p = await makePerson(desk, { propertyId: p1, name: '无证件' });
    const res = await desk.request('POST', `/api/v1/people/${p.id}/reveal`, { field: 'idNumber' });
    expect(res.json()).toEqual({ field: 'idNumber', value: null });
  });

  it('refuses department staff and auditors (403) and records no reveal', async () => {
    for (const username of ['engineer', 'auditor']) {
      const agent = await t.login(username);
      const res = await agent.request('POST', `/api/v1/people/${personId}/reveal`, { field: 'idNumber' });
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(ID_NUMBER);
      const reveals = await db()
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'person.reveal')
        .where('actor_username', '=', username)
        .execute();
      expect(reveals).toEqual([]);
    }
  });

  it('lets the manager reveal (read-only role with person.reveal)', async () => {
    const manager = await t.login('manager');
    const res = await manager.request('POST', `/api/v1/people/${personId}/reveal`, { field: 'mobile' });
    expect(res.json().value).toBe(MOBILE);
  });

  it('rejects an unknown field', async () => {
    const res = await desk.request('POST', `/api/v1/people/${personId}/reveal`, { field: 'name' });
    expect(res.statusCode).toBe(400);
  });
});

describe('masking everywhere', () => {
  it('shows no unmasked mobile or ID number in any list, record, card, history or write answer', async () => {
    const admin = await t.login('admin');
    const edited = await desk.request('PATCH', `/api/v1/people/${personId}`, {
      version: 1,
      mobile: '13800001111',
      otherPhones: [OTHER_MOBILE, '17700001111'],
    });
    expect(edited.statusCode).toBe(200);
    const created = await desk.request('POST', '/api/v1/people', {
      propertyId: p1,
      name: '新住户',
      mobile: '13300003333',
      idDocument: { idType: 'resident_id', idNumber: residentId('20010203', '777') },
      unitLink: { unitId, role: 'tenant' },
    });
    const link = await desk.request('POST', `/api/v1/people/${created.json().id}/units`, {
      unitId,
      role: 'emergency_contact',
    });
    const answers = {
      edited,
      created,
      link,
      list: await desk.request('GET', `/api/v1/people?propertyId=${p1}`),
      byUnit: await desk.request('GET', `/api/v1/people?propertyId=${p1}&unitId=${unitId}`),
      person: await desk.request('GET', `/api/v1/people/${personId}`),
      card: await desk.request('GET', `/api/v1/people/${personId}/card`),
      history: await desk.request('GET', `/api/v1/people/${personId}/history`),
      unit: await desk.request('GET', `/api/v1/units/${unitId}`),
      auditLog: await admin.request('GET', `/api/v1/audit-log?entityType=person&pageSize=200`),
    };
    for (const [name, res] of Object.entries(answers)) {
      expect(res.statusCode, name).toBeLessThan(300);
      expect({ name, unmasked: unmaskedPersonalData(res.json()) }).toEqual({ name, unmasked: [] });
    }
    // The walk would notice a leak: the same check finds the revealed number.
    const revealed = await desk.request('POST', `/api/v1/people/${personId}/reveal`, { field: 'idNumber' });
    expect(unmaskedPersonalData(revealed.json())).toContain(ID_NUMBER);
    expect(answers.card.json().household.map((h: { personName: string }) => h.personName)).toContain(
      '周太太',
    );
  });
});

describe('the data key', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'qiantai-key-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('creates a key file readable by the owner only on first start, and reuses it', () => {
    const dataDir = tempDir();
    const first = loadDataKey({ dataKeyBase64: null, dataDir });
    const file = join(dataDir, 'keys', 'data.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(32);
    expect(loadDataKey({ dataKeyBase64: null, dataDir }).equals(first)).toBe(true);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(first)).toBe(true);
  });

  it('prefers QIANTAI_DATA_KEY, writing no file, and refuses a key of the wrong length', () => {
    const dataDir = tempDir();
    const key = randomBytes(32);
    expect(loadDataKey({ dataKeyBase64: key.toString('base64'), dataDir }).equals(key)).toBe(true);
    expect(() => statSync(join(dataDir, 'keys', 'data.key'))).toThrow();
    expect(() => loadDataKey({ dataKeyBase64: randomBytes(16).toString('base64'), dataDir })).toThrow(
      /32 bytes/,
    );
  });

  it('decrypts only with the same key; the matching hash differs between keys', () => {
    const a = new PersonalDataCipher(randomBytes(32));
    const b = new PersonalDataCipher(randomBytes(32));
    const sealed = a.encrypt(ID_NUMBER);
    expect(a.decrypt(sealed)).toBe(ID_NUMBER);
    expect(() => b.decrypt(sealed)).toThrow();
    expect(a.encrypt(ID_NUMBER)).not.toBe(sealed); // a fresh IV each time
    expect(a.hash(ID_NUMBER)).not.toBe(b.hash(ID_NUMBER));
  });
});
