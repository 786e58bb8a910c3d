import { EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';
import { makeBuilding, makeUnit } from './buildings.test-kit.js';

// Buildings and units: reading needs directory.read (everyone), changing them directory.edit. Every
// record route is scoped: a member of the other property gets 404. (A unit's page, GET /units/:id,
// is the person-card module's.)

const EDITORS: readonly Member[] = ['admin', 'admin1', 'supervisor', 'frontdesk', 'frontdesk2'];

/** A building and a unit of the property, made once through the API by the administrator. */
const sample = (fx: Fixtures, p: PropertyKey) =>
  fx.once(`buildings:${p}`, async () => {
    const admin = await fx.agent('admin');
    const building = await makeBuilding(admin, fx.property(p), `MX${p}`);
    const unit = await makeUnit(admin, building.id, '101');
    return { buildingId: building.id, unitId: unit.id };
  });

export const ACCESS: readonly RouteCase[] = [
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
      const { buildingId } = await sample(fx, p);
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
    method: 'POST',
    route: '/api/v1/units',
    may: EDITORS,
    status: 201,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: '/api/v1/units',
      body: { buildingId: (await sample(fx, p)).buildingId, room: String(1000 + Number(fx.unique())) },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/units/:id',
    may: EDITORS,
    scoped: true,
    sample: async (fx, _, p) => {
      const url = `/api/v1/units/${(await sample(fx, p)).unitId}`;
      return { url, body: { version: await fx.versionOf(url), note: `改${fx.unique()}` } };
    },
  },
];
