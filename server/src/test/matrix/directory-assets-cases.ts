import type { Agent } from '../harness.js';
import { EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from './fixtures.js';
import type { RouteCase } from './route-cases.js';

// Vehicles, parking spaces, leases (with their contract file) and the phone book. Reading needs
// directory.read (everyone), changing the directory directory.edit, the phone book phonebook.edit.
// Every record route is scoped: a member of the other property gets 404.

const EDITORS: readonly Member[] = ['admin', 'admin1', 'supervisor', 'frontdesk', 'frontdesk2'];
const PHONEBOOK_EDITORS: readonly Member[] = ['admin', 'admin1', 'supervisor'];

interface AssetRecords {
  unitId: string;
  personId: string;
  vehicleId: string;
  parkingSpaceId: string;
  leaseId: string;
}

const records = new WeakMap<Fixtures, Map<PropertyKey, AssetRecords>>();

async function post(agent: Agent, url: string, body: unknown): Promise<{ id: string }> {
  const res = await agent.request('POST', url, body);
  if (res.statusCode !== 201) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>();
}

const plate = (fx: Fixtures) => `粤B${10000 + Number(fx.unique())}`;

/** A unit, a tenant, their car, space and lease (with a contract) in the property, made once by the administrator. */
async function assets(fx: Fixtures, p: PropertyKey): Promise<AssetRecords> {
  const byProperty = records.get(fx) ?? new Map<PropertyKey, AssetRecords>();
  records.set(fx, byProperty);
  const known = byProperty.get(p);
  if (known) return known;
  const admin = await fx.agent('admin');
  const propertyId = fx.property(p);
  const building = await post(admin, '/api/v1/buildings', { propertyId, code: `AS${p}`, name: '矩阵资产楼' });
  const unit = await post(admin, '/api/v1/units', { buildingId: building.id, room: '201' });
  const person = await post(admin, '/api/v1/people', { propertyId, name: '矩阵租户' });
  const vehicle = await post(admin, '/api/v1/vehicles', {
    propertyId,
    plate: plate(fx),
    personId: person.id,
  });
  const space = await post(admin, '/api/v1/parking-spaces', {
    propertyId,
    number: `MX-${p}`,
    type: 'rented',
    holderPersonId: person.id,
  });
  const lease = await post(admin, '/api/v1/leases', {
    unitId: unit.id,
    tenantPersonId: person.id,
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    rentFen: 350000,
  });
  const upload = await admin.request(
    'POST',
    `/api/v1/leases/${lease.id}/contract`,
    Buffer.from('%PDF-1.4\n'),
    {
      'content-type': 'application/pdf',
    },
  );
  if (upload.statusCode !== 200) throw new Error(`contract: ${upload.statusCode} ${upload.body}`);
  const made = {
    unitId: unit.id,
    personId: person.id,
    vehicleId: vehicle.id,
    parkingSpaceId: space.id,
    leaseId: lease.id,
  };
  byProperty.set(p, made);
  return made;
}

async function versionOf(fx: Fixtures, url: string): Promise<number> {
  const res = await (await fx.agent('admin')).request('GET', url);
  return res.json<{ version: number }>().version;
}

/** A fresh phone-book line of the property, made by the administrator: something to change or delete. */
async function phonebookLine(fx: Fixtures, p: PropertyKey) {
  return post(await fx.agent('admin'), '/api/v1/phonebook', {
    propertyId: fx.property(p),
    scope: 'external',
    category: 'other',
    name: `矩阵号码${fx.unique()}`,
    phone: '12345678',
  });
}

export const DIRECTORY_ASSETS_CASES: readonly RouteCase[] = [
  // vehicles
  {
    method: 'GET',
    route: '/api/v1/vehicles',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/vehicles?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'GET',
    route: '/api/v1/vehicles/:id',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/vehicles/${(await assets(fx, p)).vehicleId}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/vehicles',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: '/api/v1/vehicles',
      body: { propertyId: fx.property(p), plate: plate(fx) },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/vehicles/:id',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const url = `/api/v1/vehicles/${(await assets(fx, p)).vehicleId}`;
      return { url, body: { version: await versionOf(fx, url), note: `改${fx.unique()}` } };
    },
  },

  // parking spaces
  {
    method: 'GET',
    route: '/api/v1/parking-spaces',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/parking-spaces?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'GET',
    route: '/api/v1/parking-spaces/:id',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/parking-spaces/${(await assets(fx, p)).parkingSpaceId}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/parking-spaces',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: '/api/v1/parking-spaces',
      body: { propertyId: fx.property(p), number: `M-${fx.unique()}`, type: 'visitor' },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/parking-spaces/:id',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const url = `/api/v1/parking-spaces/${(await assets(fx, p)).parkingSpaceId}`;
      return { url, body: { version: await versionOf(fx, url), note: `改${fx.unique()}` } };
    },
  },

  // leases and their contract
  {
    method: 'GET',
    route: '/api/v1/leases',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/leases?propertyId=${fx.property(p)}&expiringWithinDays=30` }),
  },
  {
    method: 'GET',
    route: '/api/v1/leases/:id',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/leases/${(await assets(fx, p)).leaseId}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/leases',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: async (fx, _, p) => {
      const { unitId, personId } = await assets(fx, p);
      return {
        url: '/api/v1/leases',
        body: {
          unitId,
          tenantPersonId: personId,
          startDate: '2026-12-01',
          endDate: '2027-11-30',
          rentFen: 1,
        },
      };
    },
  },
  {
    method: 'PATCH',
    route: '/api/v1/leases/:id',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const url = `/api/v1/leases/${(await assets(fx, p)).leaseId}`;
      return { url, body: { version: await versionOf(fx, url), note: `改${fx.unique()}` } };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/leases/:id/contract',
    may: EDITORS,
    // The matrix sends JSON only, and the upload takes a raw PDF or image body: an allowed caller
    // gets past permission and scope (checked before the body is read) to the 400 for the body.
    // lease-contract.test.ts uploads real files.
    status: 400,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/leases/${(await assets(fx, p)).leaseId}/contract`,
      body: { file: 'not a file' },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/leases/:id/contract',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/leases/${(await assets(fx, p)).leaseId}/contract` }),
  },

  // phone book
  {
    method: 'GET',
    route: '/api/v1/phonebook',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/phonebook?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/phonebook',
    may: PHONEBOOK_EDITORS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: '/api/v1/phonebook',
      body: { propertyId: fx.property(p), scope: 'external', category: 'other', name: '矩阵', phone: '110' },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/phonebook/:id',
    may: PHONEBOOK_EDITORS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/phonebook/${(await phonebookLine(fx, p)).id}`,
      body: { version: 1, note: '改' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/phonebook/:id',
    may: PHONEBOOK_EDITORS,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/phonebook/${(await phonebookLine(fx, p)).id}?version=1` }),
  },
];
