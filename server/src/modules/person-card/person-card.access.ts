import { EVERY_MEMBER, type Fixtures, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson, residentId } from '../people/people.test-kit.js';

// The person card, the person's history and the unit page: directory.read (everyone), within their
// own properties (another's person or unit is 404).

/** A unit of the property with an owner on file, made once through the API by the administrator. */
const sample = (fx: Fixtures, p: PropertyKey) =>
  fx.once(`person-card:${p}`, async () => {
    const admin = await fx.agent('admin');
    const building = await makeBuilding(admin, fx.property(p), `MC${p}`);
    const unit = await makeUnit(admin, building.id, '101');
    const person = await makePerson(admin, {
      propertyId: fx.property(p),
      name: '矩阵业主',
      mobile: '13800138000',
      // Personal data on the card and the unit's occupants: the masking walk needs something to find
      // (an ID number of its own: one number belongs to one person of a property).
      idDocument: { idType: 'resident_id', idNumber: residentId('19491231', '003', '110105') },
      unitLink: { unitId: unit.id, role: 'owner' },
    });
    return { unitId: unit.id, personId: person.id };
  });

export const ACCESS: readonly RouteCase[] = [
  {
    method: 'GET',
    route: '/api/v1/units/:id',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/units/${(await sample(fx, p)).unitId}` }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/:id/card',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/people/${(await sample(fx, p)).personId}/card` }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/:id/history',
    may: EVERY_MEMBER,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/people/${(await sample(fx, p)).personId}/history` }),
  },
];
