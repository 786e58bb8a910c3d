import { EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson } from './people.test-kit.js';

// People and where they live: who may read (directory.read), edit (directory.edit) and reveal
// (person.reveal). Every record route is scoped: a member of the other property gets 404. (The
// person card and history are the person-card module's.)

const EDITORS: readonly Member[] = ['admin', 'admin1', 'supervisor', 'frontdesk', 'frontdesk2'];
const REVEALERS: readonly Member[] = [...EDITORS, 'manager'];

/** A unit of the property and a person living there, made once through the API by the administrator. */
const sample = (fx: Fixtures, p: PropertyKey) =>
  fx.once(`people:${p}`, async () => {
    const admin = await fx.agent('admin');
    const building = await makeBuilding(admin, fx.property(p), `MP${p}`);
    const unit = await makeUnit(admin, building.id, '101');
    const person = await makePerson(admin, {
      propertyId: fx.property(p),
      name: '矩阵住户',
      mobile: '13800138000',
      // Personal data on every list and answer: the masking walk needs something to find.
      idDocument: { idType: 'resident_id', idNumber: '11010519491231002X' },
      unitLink: { unitId: unit.id, role: 'owner' },
    });
    return { unitId: unit.id, personId: person.id };
  });

/** A new person of the property linked to the property's unit: something to end. */
async function freshLink(fx: Fixtures, p: PropertyKey) {
  const { unitId } = await sample(fx, p);
  const person = await fx.post('/api/v1/people', { propertyId: fx.property(p), name: `迁出${fx.unique()}` });
  const link = await fx.post(`/api/v1/people/${person.id}/units`, { unitId, role: 'tenant' });
  return { personId: person.id, linkId: link.id };
}

export const ACCESS: readonly RouteCase[] = [
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
    sample: async (fx, _, p) => ({ url: `/api/v1/people/${(await sample(fx, p)).personId}` }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/people/:id',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const url = `/api/v1/people/${(await sample(fx, p)).personId}`;
      return { url, body: { version: await fx.versionOf(url), notes: `改${fx.unique()}` } };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/people/:id/units',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: async (fx, _, p) => {
      const { unitId } = await sample(fx, p);
      const person = await fx.post('/api/v1/people', {
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
    method: 'POST',
    route: '/api/v1/people/:id/reveal',
    may: REVEALERS,
    scoped: true,
    revealsPersonalData: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/people/${(await sample(fx, p)).personId}/reveal`,
      body: { field: 'mobile' },
    }),
  },
];
