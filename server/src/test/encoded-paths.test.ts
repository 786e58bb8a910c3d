import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';
import { CAST, Fixtures, type Caller } from './matrix/fixtures.js';
import { ROUTE_CASES, type RouteCase } from './matrix/route-cases.js';

// The router matches the percent-decoded path, so each of these reaches the same route as its plain
// spelling. The checks must follow the route, not the URL's text (an outside probe created a
// property anonymously through /api/%761/properties).
const SPELLINGS: readonly [string, (url: string) => string][] = [
  ['/%61pi', (url) => url.replace(/^\/api\//, '/%61pi/')],
  ['/api/%761', (url) => url.replace(/^\/api\/v1\//, '/api/%761/')],
  ['/api/v%31', (url) => url.replace(/^\/api\/v1\//, '/api/v%31/')],
  [
    'its own segment',
    (url) =>
      url.replace(/^(\/api\/v1\/)(\w)/, (_, p: string, c: string) => `${p}%${c.charCodeAt(0).toString(16)}`),
  ],
];

let t: TestApp;
let fx: Fixtures;
beforeAll(async () => {
  t = await startTestApp();
  fx = await Fixtures.create(t);
});
afterAll(() => t.close());

async function send(c: RouteCase, caller: Caller, url: string, body: unknown) {
  const agent = caller === 'anonymous' ? null : await fx.agent(caller);
  const res = await t.runtime.app.inject({
    method: c.method,
    url,
    headers: {
      ...(agent?.cookie ? { cookie: agent.cookie } : {}),
      ...(agent?.csrfToken ? { 'x-csrf-token': agent.csrfToken } : {}),
    },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: res.statusCode, code: (res.json() as { error?: { code?: string } }).error?.code };
}

describe('percent-encoded spellings of every route', { timeout: 120_000 }, () => {
  it('refuses an anonymous property created through /api/%761/properties, and writes nothing', async () => {
    const res = await t.anonymous().request('POST', '/api/%761/properties', {
      code: 'ANON-1',
      name: 'x',
      nameEn: 'x',
      kind: 'residential',
    });
    expect(res.statusCode).toBe(401);
    const rows = await t.runtime.deps.database.db
      .selectFrom('properties')
      .select('id')
      .where('code', '=', 'ANON-1')
      .execute();
    expect(rows).toEqual([]);
  });

  it('meets every guarded route with the same 401 and 403 as its plain spelling', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const c of ROUTE_CASES.filter((x) => x.may !== 'public' && !x.stream)) {
      const lacking = CAST.find((m) => !(c.may as readonly string[]).includes(m));
      for (const [name, spell] of SPELLINGS) {
        for (const caller of ['anonymous', ...(lacking ? [lacking] : [])] as const) {
          const sample = await c.sample(fx, caller, 'p1');
          const url = spell(sample.url);
          if (url === sample.url) continue;
          const expected = caller === 'anonymous' ? [401, 'UNAUTHENTICATED'] : [403, 'FORBIDDEN'];
          const res = await send(c, caller, url, sample.body);
          checked += 1;
          if (res.status !== expected[0] || res.code !== expected[1])
            mismatches.push(`${c.method} ${url} (${name}) as ${caller}: ${res.status} ${res.code}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(ROUTE_CASES.length * 3);
  });

  it('opens no live-event stream anonymously through an encoded path', async () => {
    for (const url of ['/api/%761/events', '/%61pi/v1/events', '/api/v1/%65vents']) {
      const res = await t.anonymous().request('GET', url);
      expect(res.statusCode, url).toBe(401);
    }
  });
});
