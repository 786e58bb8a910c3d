import { EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// The service register's configuration. Reading needs service.read, service.handle or
// service.create (every demo role holds one); changing it service.configure (administrators and
// the supervisor). Every route is scoped: a member of the other property gets 404.

const CONFIGURERS: readonly Member[] = ['admin', 'admin1', 'supervisor'];
const BASE = '/api/v1/service-config';

/** A fresh repair category of the property, made by the administrator: something to change. */
const freshCategory = (fx: Fixtures, p: PropertyKey) =>
  fx.post(`${BASE}/categories`, {
    propertyId: fx.property(p),
    kind: 'repair',
    name: `矩阵分类${fx.unique()}`,
  });

/** A fresh policy (on a fresh category, so its key is free). */
async function freshPolicy(fx: Fixtures, p: PropertyKey) {
  const category = await freshCategory(fx, p);
  return fx.post(`${BASE}/sla-policies`, {
    propertyId: fx.property(p),
    kind: 'repair',
    severity: 'general',
    categoryId: category.id,
    respondMinutes: 10,
    resolveMinutes: 60,
  });
}

/** A date nobody has used yet: one day further into 2031 per call. */
const freshDate = (fx: Fixtures) =>
  new Date(Date.UTC(2031, 0, 1) + Number(fx.unique()) * 86_400_000).toISOString().slice(0, 10);

const OFFICE = [
  [510, 720],
  [810, 1050],
];

export const ACCESS: readonly RouteCase[] = [
  // categories
  {
    method: 'GET',
    route: `${BASE}/categories`,
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `${BASE}/categories?propertyId=${fx.property(p)}&kind=repair` }),
  },
  {
    method: 'POST',
    route: `${BASE}/categories`,
    may: CONFIGURERS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: `${BASE}/categories`,
      body: { propertyId: fx.property(p), kind: 'complaint', name: `矩阵投诉${fx.unique()}` },
    }),
  },
  {
    method: 'PATCH',
    route: `${BASE}/categories/:id`,
    may: CONFIGURERS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `${BASE}/categories/${(await freshCategory(fx, p)).id}`,
      body: { version: 1, active: false },
    }),
  },

  // phrases
  {
    method: 'GET',
    route: `${BASE}/phrases`,
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `${BASE}/phrases?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'POST',
    route: `${BASE}/phrases`,
    may: CONFIGURERS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: `${BASE}/phrases`,
      body: { propertyId: fx.property(p), stage: 'other', text: `矩阵话术${fx.unique()}` },
    }),
  },
  {
    method: 'PATCH',
    route: `${BASE}/phrases/:id`,
    may: CONFIGURERS,
    scoped: true,
    sample: async (fx, _, p) => {
      const phrase = await fx.post(`${BASE}/phrases`, {
        propertyId: fx.property(p),
        stage: 'wait',
        text: `请稍候${fx.unique()}`,
      });
      return { url: `${BASE}/phrases/${phrase.id}`, body: { version: 1, active: false } };
    },
  },

  // SLA policies
  {
    method: 'GET',
    route: `${BASE}/sla-policies`,
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `${BASE}/sla-policies?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'POST',
    route: `${BASE}/sla-policies`,
    may: CONFIGURERS,
    status: 201,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `${BASE}/sla-policies`,
      body: {
        propertyId: fx.property(p),
        kind: 'repair',
        severity: 'major',
        categoryId: (await freshCategory(fx, p)).id,
        respondMinutes: 15,
        resolveMinutes: 120,
      },
    }),
  },
  {
    method: 'PATCH',
    route: `${BASE}/sla-policies/:id`,
    may: CONFIGURERS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `${BASE}/sla-policies/${(await freshPolicy(fx, p)).id}`,
      body: { version: 1, businessHours: true },
    }),
  },
  {
    method: 'DELETE',
    route: `${BASE}/sla-policies/:id`,
    may: CONFIGURERS,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `${BASE}/sla-policies/${(await freshPolicy(fx, p)).id}?version=1` }),
  },

  // escalation, business hours, holidays, settings
  {
    method: 'GET',
    route: `${BASE}/escalation-levels`,
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `${BASE}/escalation-levels?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'PUT',
    route: `${BASE}/escalation-levels`,
    may: CONFIGURERS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `${BASE}/escalation-levels`,
      body: {
        propertyId: fx.property(p),
        version: await fx.versionOf(`${BASE}/escalation-levels?propertyId=${fx.property(p)}`),
        levels: [
          { role: 'supervisor', afterMinutes: 0 },
          { role: 'manager', afterMinutes: 60 },
        ],
      },
    }),
  },
  {
    method: 'GET',
    route: `${BASE}/business-hours`,
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `${BASE}/business-hours?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'PUT',
    route: `${BASE}/business-hours`,
    may: CONFIGURERS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `${BASE}/business-hours`,
      body: {
        propertyId: fx.property(p),
        version: await fx.versionOf(`${BASE}/business-hours?propertyId=${fx.property(p)}`),
        weekly: { 1: OFFICE, 2: OFFICE, 3: OFFICE, 4: OFFICE, 5: OFFICE, 6: [], 7: [] },
      },
    }),
  },
  {
    method: 'GET',
    route: `${BASE}/holidays`,
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `${BASE}/holidays?propertyId=${fx.property(p)}&year=2026` }),
  },
  {
    method: 'POST',
    route: `${BASE}/holidays`,
    may: CONFIGURERS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: `${BASE}/holidays`,
      body: { propertyId: fx.property(p), date: freshDate(fx), kind: 'holiday', name: '矩阵假日' },
    }),
  },
  {
    method: 'DELETE',
    route: `${BASE}/holidays/:id`,
    may: CONFIGURERS,
    scoped: true,
    sample: async (fx, _, p) => {
      const day = await fx.post(`${BASE}/holidays`, {
        propertyId: fx.property(p),
        date: freshDate(fx),
        kind: 'workday',
      });
      return { url: `${BASE}/holidays/${day.id}` };
    },
  },
  {
    method: 'GET',
    route: `${BASE}/settings`,
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `${BASE}/settings?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'PUT',
    route: `${BASE}/settings`,
    may: CONFIGURERS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `${BASE}/settings`,
      body: {
        propertyId: fx.property(p),
        version: await fx.versionOf(`${BASE}/settings?propertyId=${fx.property(p)}`),
        warningShare: 0.8,
        followUpDelayHours: 24,
        waitApologySeconds: 60,
      },
    }),
  },
];
