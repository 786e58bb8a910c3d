import type { Fixtures, Member, PropertyKey } from './fixtures.js';
import type { RouteCase } from './route-cases.js';

// The register printed (JSON for the print view) and exported (.xlsx): service.export, which the desk,
// the supervisor, the manager and administrators hold; department staff and auditors do not. Both name
// a property: a member of the other property gets 404.

const EXPORTERS: readonly Member[] = ['admin', 'admin1', 'manager', 'supervisor', 'frontdesk', 'frontdesk2'];

/** One complaint with a caller's phone per property, so the masking walk has a phone to look at. */
const logged = new WeakMap<Fixtures, Set<PropertyKey>>();
async function withComplaint(fx: Fixtures, p: PropertyKey): Promise<string> {
  const done = logged.get(fx) ?? new Set<PropertyKey>();
  logged.set(fx, done);
  if (!done.has(p)) {
    const res = await (
      await fx.agent('admin')
    ).request('POST', '/api/v1/service-records', {
      propertyId: fx.property(p),
      kind: 'complaint',
      channel: 'phone',
      customerName: '矩阵投诉人',
      customerPhone: '13600136000',
      content: '夜间施工噪音',
    });
    if (res.statusCode !== 201) throw new Error(`complaint: ${res.statusCode} ${res.body}`);
    done.add(p);
  }
  return fx.property(p);
}

export const SERVICE_REGISTER_EXPORT_CASES: readonly RouteCase[] = [
  {
    method: 'GET',
    route: '/api/v1/service-records/print',
    may: EXPORTERS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/service-records/print?propertyId=${await withComplaint(fx, p)}&layout=complaints`,
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/service-records/export',
    may: EXPORTERS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/service-records/export?propertyId=${await withComplaint(fx, p)}`,
    }),
  },
];
