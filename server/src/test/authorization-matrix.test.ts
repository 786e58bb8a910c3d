import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';
import { ASSIGNED, CAST, Fixtures, type Caller, type PropertyKey } from './matrix/fixtures.js';
import { ROUTE_CASES, type RouteCase, type SampleRequest } from './matrix/route-cases.js';
import { unmaskedPersonalData } from './personal-data.js';

let t: TestApp;
let fx: Fixtures;
beforeAll(async () => {
  t = await startTestApp();
  fx = await Fixtures.create(t);
});
afterAll(() => t.close());

// Routes the matrix leaves out on purpose: HEAD twins of GET routes (same handler and checks), the
// static files of the interactive API reference, and the web app's pages outside /api (public files,
// registered only when a build exists).
const isExcluded = (r: { method: string; url: string }) =>
  r.method === 'HEAD' ||
  !r.url.startsWith('/api/') ||
  r.url === '/api/docs' ||
  r.url.startsWith('/api/docs/');

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

const ERROR_FOR_STATUS: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

function expectedStatus(c: RouteCase, caller: Caller, property: PropertyKey): number {
  const success = c.status ?? 200;
  if (c.may === 'public') return success;
  if (caller === 'anonymous') return 401;
  if (!c.may.includes(caller)) return 403;
  if (c.scoped && !ASSIGNED[caller].includes(property)) return 404;
  return success;
}

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

async function send(c: RouteCase, caller: Caller, req: SampleRequest) {
  const agent = caller === 'anonymous' ? null : await fx.agent(caller);
  const res = await t.runtime.app.inject({
    method: c.method,
    url: req.url,
    headers: {
      ...(agent?.cookie ? { cookie: agent.cookie } : {}),
      ...(agent?.csrfToken ? { 'x-csrf-token': agent.csrfToken } : {}),
    },
    ...(req.body === undefined ? {} : { payload: req.body as object }),
    payloadAsStream: c.stream,
  });
  let text: string;
  if (c.stream && res.statusCode < 300) {
    // Closing the request ends the stream (and its heartbeat); only the status was wanted.
    (res.raw.res as ServerResponse).req.destroy();
    text = '';
  } else {
    text = c.stream ? await readAll(res.stream()) : res.body;
  }
  const code =
    res.statusCode >= 400 ? (JSON.parse(text) as { error?: { code?: string } }).error?.code : undefined;
  return { status: res.statusCode, code, text };
}

/** Every caller against one route; returns the mismatches so one failure shows them all. */
async function runCase(c: RouteCase): Promise<string[]> {
  const mismatches: string[] = [];
  for (const property of c.scoped ? (['p1', 'p2'] as const) : (['p1'] as const)) {
    for (const caller of ['anonymous', ...CAST] as const) {
      const expected = expectedStatus(c, caller, property);
      const res = await send(c, caller, await c.sample(fx, caller, property));
      const where = `${caller}${c.scoped ? ` on a ${property} record` : ''}`;
      if (res.status !== expected) {
        mismatches.push(`${where}: expected ${expected}, got ${res.status} ${res.text.slice(0, 200)}`);
      } else if (ERROR_FOR_STATUS[expected] && res.code !== ERROR_FOR_STATUS[expected]) {
        mismatches.push(`${where}: expected code ${ERROR_FOR_STATUS[expected]}, got ${res.code}`);
      }
      // The masking walk: no answer of any route but reveal carries a phone or ID number in full.
      const [leak] = expected < 300 && !c.revealsPersonalData ? unmaskedPersonalData(res.text) : [];
      if (leak) mismatches.push(`${where}: unmasked personal data ${leak}`);
      if (caller !== 'anonymous' && expected < 300) {
        if (c.endsSession) fx.forget(caller);
        await c.after?.(fx, caller);
      }
    }
  }
  return mismatches;
}

// A route is called by nine callers (twice for scoped routes), each sign-in a scrypt verification.
describe('authorization matrix', { timeout: 60_000 }, () => {
  it('has a row for every route the app registers, and none for a route it lacks', () => {
    const registered = t.runtime.app.routeCatalog.filter((r) => !isExcluded(r)).map(key);
    const table = ROUTE_CASES.map((c) => `${c.method} ${c.route}`);
    expect(registered.length).toBeGreaterThan(0);
    expect(registered.filter((r) => !table.includes(r))).toEqual([]);
    expect(table.filter((r) => !registered.includes(r))).toEqual([]);
    expect(table.filter((r, i) => table.indexOf(r) !== i)).toEqual([]);
  });

  it('sees every route, the API reference included', () => {
    // Guards the guard: a catalog installed too late would miss early routes and pass vacuously.
    const urls = t.runtime.app.routeCatalog.map((r) => r.url);
    expect(urls).toContain('/api/docs');
    expect(urls).toContain('/api/health');
  });

  it('has every route declare who may call it (an undeclared one is refused), and matches that to its row', () => {
    for (const r of t.runtime.app.routeCatalog) expect(r.access, key(r)).toBeDefined();
    for (const r of t.runtime.app.routeCatalog.filter((x) => !isExcluded(x))) {
      const row = ROUTE_CASES.find((c) => c.method === r.method && c.route === r.url);
      expect(row?.may === 'public', key(r)).toBe(r.access === 'public');
    }
  });

  for (const c of ROUTE_CASES) {
    it(`${c.method} ${c.route}`, async () => {
      expect(await runCase(c)).toEqual([]);
    });
  }
});
