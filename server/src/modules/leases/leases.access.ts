import { EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson } from '../people/people.test-kit.js';

// Leases and their contract file: reading needs directory.read (everyone), changing them
// directory.edit. Every record route is scoped: a member of the other property gets 404.

const EDITORS: readonly Member[] = ['admin', 'admin1', 'supervisor', 'frontdesk', 'frontdesk2'];

/** A unit, a tenant and their lease (with a contract) in the property, made once by the administrator. */
const sample = (fx: Fixtures, p: PropertyKey) =>
  fx.once(`leases:${p}`, async () => {
    const admin = await fx.agent('admin');
    const propertyId = fx.property(p);
    const building = await makeBuilding(admin, propertyId, `AS${p}`);
    const unit = await makeUnit(admin, building.id, '201');
    const person = await makePerson(admin, { propertyId, name: '矩阵租户' });
    const lease = await fx.post('/api/v1/leases', {
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
    return { unitId: unit.id, personId: person.id, leaseId: lease.id };
  });

export const ACCESS: readonly RouteCase[] = [
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
    sample: async (fx, _, p) => ({ url: `/api/v1/leases/${(await sample(fx, p)).leaseId}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/leases',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: async (fx, _, p) => {
      const { unitId, personId } = await sample(fx, p);
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
      const url = `/api/v1/leases/${(await sample(fx, p)).leaseId}`;
      return { url, body: { version: await fx.versionOf(url), note: `改${fx.unique()}` } };
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
      url: `/api/v1/leases/${(await sample(fx, p)).leaseId}/contract`,
      body: { file: 'not a file' },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/leases/:id/contract',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/leases/${(await sample(fx, p)).leaseId}/contract` }),
  },
];
