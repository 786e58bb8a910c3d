import { EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';
import { makePerson } from '../people/people.test-kit.js';

// Parking spaces: reading needs directory.read (everyone), changing them directory.edit. Every
// record route is scoped: a member of the other property gets 404.

const EDITORS: readonly Member[] = ['admin', 'admin1', 'supervisor', 'frontdesk', 'frontdesk2'];

/** A rented space of the property and its holder, made once through the API by the administrator. */
const spaceOf = (fx: Fixtures, p: PropertyKey) =>
  fx.once(`parking:${p}`, async () => {
    const propertyId = fx.property(p);
    const holder = await makePerson(await fx.agent('admin'), { propertyId, name: '矩阵租户' });
    const space = await fx.post('/api/v1/parking-spaces', {
      propertyId,
      number: `MX-${p}`,
      type: 'rented',
      holderPersonId: holder.id,
    });
    return space.id;
  });

export const ACCESS: readonly RouteCase[] = [
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
    sample: async (fx, _, p) => ({ url: `/api/v1/parking-spaces/${await spaceOf(fx, p)}` }),
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
      const url = `/api/v1/parking-spaces/${await spaceOf(fx, p)}`;
      return { url, body: { version: await fx.versionOf(url), note: `改${fx.unique()}` } };
    },
  },
];
