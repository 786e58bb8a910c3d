import type { Agent } from '../harness.js';
import { EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from './fixtures.js';
import type { RouteCase } from './route-cases.js';

// Buildings, units, people: who may read (directory.read), edit (directory.edit) and reveal
// (person.reveal). Every record route is scoped: a member of the other property gets 404.

const EDITORS: readonly Member[] = ['admin', 'admin1', 'supervisor', 'frontdesk', 'frontdesk2'];
const REVEALERS: readonly Member[] = [...EDITORS, 'manager'];

interface DirectoryRecords {
  buildingId: string;
  unitId: string;
  personId: string;
}

const records = new WeakMap<Fixtures, Map<PropertyKey, DirectoryRecords>>();

async function post(agent: Agent, url: string, body: unknown): Promise<{ id: string }> {
  const res = await agent.request('POST', url, body);
  if (res.statusCode !== 201) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>();
}

/** A building, a unit and a person of the property, made once through the API by the administrator. */
async function directory(fx: Fixtures, p: PropertyKey): Promise<DirectoryRecords> {
  const byProperty = records.get(fx) ?? new Map<PropertyKey, DirectoryRecords>();
  records.set(fx, byProperty);
  const known = byProperty.get(p);
  if (known) return known;
  const admin = await fx.agent('admin');
  const building = await post(admin, '/api/v1/buildings', {
    propertyId: fx.property(p),
    code: `MX${p}`,
    name: `矩阵楼${p}`,
  });
  const unit = await post(admin, '/api/v1/units', { buildingId: building.id, room: '101' });
  const person = await post(admin, '/api/v1/people', {
    propertyId: fx.property(p),
    name: '矩阵住户',
    mobile: '13800138000',
    // Personal data on every list, card and search result: the masking walk needs something to find.
    idDocument: { idType: 'resident_id', idNumber: '11010519491231002X' },
    unitLink: { unitId: unit.id, role: 'owner' },
  });
  const made = { buildingId: building.id, unitId: unit.id, personId: person.id };
  byProperty.set(p, made);
  return made;
}

async function versionOf(fx: Fixtures, url: string): Promise<number> {
  const res = await (await fx.agent('admin')).request('GET', url);
  return res.json<{ version: number }>().version;
}

/** A new person of the property linked to the property's unit: something to end. */
async function freshLink(fx: Fixtures, p: PropertyKey) {
  const { unitId } = await directory(fx, p);
  const admin = await fx.agent('admin');
  const person = await post(admin, '/api/v1/people', {
    propertyId: fx.property(p),
    name: `迁出${fx.unique()}`,
  });
  const link = await post(admin, `/api/v1/people/${person.id}/units`, { unitId, role: 'tenant' });
  return { personId: person.id, linkId: link.id };
}

export const DIRECTORY_PEOPLE_CASES: readonly RouteCase[] = [
  {
    method: 'GET',
    route: '/api/v1/buildings',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/buildings?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/buildings',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: '/api/v1/buildings',
      body: { propertyId: fx.property(p), code: `B${fx.unique()}`, name: '矩阵新楼' },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/buildings/:id',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const { buildingId } = await directory(fx, p);
      const buildings = await (
        await fx.agent('admin')
      ).request('GET', `/api/v1/buildings?propertyId=${fx.property(p)}`);
      const version = buildings.json<{ id: string; version: number }[]>().find((b) => b.id === buildingId)!;
      return {
        url: `/api/v1/buildings/${buildingId}`,
        body: { version: version.version, note: `改${fx.unique()}` },
      };
    },
  },
  {
    method: 'GET',
    route: '/api/v1/units',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/units?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'GET',
    route: '/api/v1/units/:id',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/units/${(await directory(fx, p)).unitId}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/units',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: '/api/v1/units',
      body: { buildingId: (await directory(fx, p)).buildingId, room: String(1000 + Number(fx.unique())) },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/units/:id',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const url = `/api/v1/units/${(await directory(fx, p)).unitId}`;
      return { url, body: { version: await versionOf(fx, url), note: `改${fx.unique()}` } };
    },
  },
  {
    method: 'GET',
    route: '/api/v1/people',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/people?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/people',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: '/api/v1/people',
      body: { propertyId: fx.property(p), name: `新住户${fx.unique()}` },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/:id',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/people/${(await directory(fx, p)).personId}` }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/people/:id',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const url = `/api/v1/people/${(await directory(fx, p)).personId}`;
      return { url, body: { version: await versionOf(fx, url), notes: `改${fx.unique()}` } };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/people/:id/units',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: async (fx, _, p) => {
      const { unitId } = await directory(fx, p);
      const person = await post(await fx.agent('admin'), '/api/v1/people', {
        propertyId: fx.property(p),
        name: `入住${fx.unique()}`,
      });
      return { url: `/api/v1/people/${person.id}/units`, body: { unitId, role: 'household' } };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/people/:id/units/:linkId/end',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const { personId, linkId } = await freshLink(fx, p);
      return { url: `/api/v1/people/${personId}/units/${linkId}/end`, body: { until: '2026-11-01' } };
    },
  },
  {
    method: 'PATCH',
    route: '/api/v1/people/:id/units/:linkId',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const { personId, linkId } = await freshLink(fx, p);
      return { url: `/api/v1/people/${personId}/units/${linkId}`, body: { role: 'household' } };
    },
  },
  {
    method: 'GET',
    route: '/api/v1/people/:id/card',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/people/${(await directory(fx, p)).personId}/card` }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/:id/history',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/people/${(await directory(fx, p)).personId}/history` }),
  },
  {
    method: 'POST',
    route: '/api/v1/people/:id/reveal',
    may: REVEALERS,
    scoped: true,
    revealsPersonalData: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/people/${(await directory(fx, p)).personId}/reveal`,
      body: { field: 'mobile' },
    }),
  },
];
