import { EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';
import { makePerson } from '../people/people.test-kit.js';

// Vehicles: reading needs directory.read (everyone), changing them directory.edit. Every record
// route is scoped: a member of the other property gets 404.

const EDITORS: readonly Member[] = ['admin', 'admin1', 'supervisor', 'frontdesk', 'frontdesk2'];

const plate = (fx: Fixtures) => `粤B${10000 + Number(fx.unique())}`;

/** A person of the property and their car, made once through the API by the administrator. */
const vehicleOf = (fx: Fixtures, p: PropertyKey) =>
  fx.once(`vehicles:${p}`, async () => {
    const propertyId = fx.property(p);
    const person = await makePerson(await fx.agent('admin'), { propertyId, name: '矩阵车主' });
    return (await fx.post('/api/v1/vehicles', { propertyId, plate: plate(fx), personId: person.id })).id;
  });

export const ACCESS: readonly RouteCase[] = [
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
    sample: async (fx, _, p) => ({ url: `/api/v1/vehicles/${await vehicleOf(fx, p)}` }),
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
      const url = `/api/v1/vehicles/${await vehicleOf(fx, p)}`;
      return { url, body: { version: await fx.versionOf(url), note: `改${fx.unique()}` } };
    },
  },
];
