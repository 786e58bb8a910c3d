import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { startTestApp, type TestApp } from './harness.js';

// A stand-in for the built web app, so page responses (index.html, assets, client routes) are served.
const webDist = mkdtempSync(join(tmpdir(), 'qiantai-web-'));
mkdirSync(join(webDist, 'assets'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
writeFileSync(join(webDist, 'assets', 'app.js'), 'console.log("desk")');
// A hashed asset large enough to be precompressed, compressed by the build's own script.
const bigAsset = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `row ${i}`))};`;
writeFileSync(join(webDist, 'assets', 'table-Ab12Cd.js'), bigAsset);
copyFileSync(new URL('../../../web/public/robots.txt', import.meta.url), join(webDist, 'robots.txt'));
execFileSync(process.execPath, [
  new URL('../../../scripts/precompress.mjs', import.meta.url).pathname,
  webDist,
]);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ config: { webDist } });
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.runtime.app.inject({ method: 'GET', url, headers });

function expectSecurityHeaders(res: LightMyRequestResponse) {
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  // Over plain HTTP on a LAN address these would break the desk: no upgrade, no HSTS.
  expect(csp).not.toContain('upgrade-insecure-requests');
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(res.headers['strict-transport-security']).toBeUndefined();
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['referrer-policy']).toBe('same-origin');
}

async function followToPage(app: TestApp, url: string, headers: Record<string, string>) {
  let res = await app.runtime.app.inject({ method: 'GET', url, headers });
  for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && hops < 3; hops++) {
    const next = new URL(String(res.headers.location), 'http://desk.local/api/docs').pathname;
    res = await app.runtime.app.inject({ method: 'GET', url: next, headers });
  }
  return res;
}

describe('health and API description', () => {
  it('reports health with the database in use, and no version while the API docs are not public', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite' });
  });

  it('describes every /api/v1 route in an OpenAPI 3 document, to signed-in users only by default', async () => {
    expect((await get('/api/openapi.json')).statusCode).toBe(401);
    const desk = await t.login('frontdesk');
    const res = await desk.request('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const routes = t.runtime.app.routeCatalog
      .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !documented.includes(r))).toEqual([]);
  });

  it('serves the interactive reference as HTML to a signed-in user, and asks anyone else to sign in', async () => {
    expect((await followToPage(t, '/api/docs', {})).statusCode).toBe(401);
    const desk = await t.login('frontdesk');
    const res = await followToPage(t, '/api/docs', { cookie: desk.cookie! });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/<html/i);
    expectSecurityHeaders(res);
  });

  it('API_DOCS=public opens the reference and the version to anyone; off removes both', async () => {
    const open = await startTestApp({ seed: false, config: { apiDocs: 'public' } });
    const off = await startTestApp({ seed: false, config: { apiDocs: 'off' } });
    try {
      expect((await followToPage(open, '/api/docs', {})).statusCode).toBe(200);
      const health = await open.anonymous().request('GET', '/api/health');
      expect(health.json()).toMatchObject({ version: readConfig({}, []).version });
      expect((await open.anonymous().request('GET', '/api/openapi.json')).statusCode).toBe(200);
      expect((await off.anonymous().request('GET', '/api/openapi.json')).statusCode).toBe(404);
      expect((await off.anonymous().request('GET', '/api/docs')).statusCode).toBe(404);
    } finally {
      await Promise.all([open.close(), off.close()]);
    }
  });
});

describe('security headers and plain HTTP on a LAN', () => {
  it('sends them on API answers, errors and web pages', async () => {
    for (const url of [
      '/api/health',
      '/api/v1/auth/me',
      '/api/nope',
      '/',
      '/calls/today',
      '/assets/app.js',
    ]) {
      const res = await get(url, { host: '192.168.1.20:3000' });
      expectSecurityHeaders(res);
    }
    expect((await get('/api/health')).headers['cache-control']).toBe('no-store');
  });

  it('serves the web app and its client-side routes, never for /api paths', async () => {
    for (const url of ['/', '/calls/today']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<div id="root">');
    }
    expect((await get('/assets/app.js')).body).toContain('desk');
    const api = await get('/api/v1/nope-at-all');
    expect(api.headers['content-type']).toMatch(/application\/json/);
    // However the /api prefix is spelled, an unknown API path is a JSON 404, not the web app.
    const spelled = await get('/%61pi/v1/nope-at-all');
    expect(spelled.statusCode).toBe(404);
    expect(spelled.headers['content-type']).toMatch(/application\/json/);
    expect(spelled.headers['cache-control']).toBe('no-store');
    // The static files' own routes are declared public, since an undeclared route is refused.
    for (const r of t.runtime.app.routeCatalog) expect(r.access, `${r.method} ${r.url}`).toBeDefined();
  });

  it('sends hashed assets precompressed by Accept-Encoding and cached for a year; the shell is revalidated', async () => {
    const url = '/assets/table-Ab12Cd.js';
    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(bigAsset);
    expect(br.rawPayload.length).toBeLessThan(bigAsset.length / 2);
    const gz = await get(url, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(bigAsset);
    const plain = await get(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(bigAsset);
    for (const res of [br, gz, plain])
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const page of ['/', '/calls/today'])
      expect((await get(page)).headers['cache-control']).toBe('no-cache');
  });

  it('answers robots.txt with a real file that keeps crawlers out of the intranet app', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe('User-agent: *\nDisallow: /\n');
  });

  it('issues a session cookie that works over http:// (not Secure), ignoring forged https claims', async () => {
    const login = (headers: Record<string, string>) =>
      t.runtime.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers,
        payload: { username: 'frontdesk', password: 'qiantai-demo' },
      });
    const plain = (await login({ host: '192.168.1.20:3000' })).cookies.find((c) => c.name === 'qt_session')!;
    expect(plain.secure).toBeFalsy();
    expect(plain.httpOnly).toBe(true);
    // Without TRUST_PROXY a client cannot claim HTTPS through a forwarded header.
    const forged = (await login({ 'x-forwarded-proto': 'https' })).cookies.find(
      (c) => c.name === 'qt_session',
    )!;
    expect(forged.secure).toBeFalsy();
  });
});

describe('the session cookie behind a TLS proxy', () => {
  it('is __Host-qt_session, Secure, Path=/ and without Domain over HTTPS, and only that name counts there', async () => {
    const proxied = await startTestApp({ config: { trustProxy: true } });
    try {
      const https = { 'x-forwarded-proto': 'https' };
      const login = await proxied.runtime.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: https,
        payload: { username: 'frontdesk', password: 'qiantai-demo' },
      });
      expect(login.cookies.map((c) => c.name)).toEqual(['__Host-qt_session']);
      const [cookie] = login.cookies;
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Lax' });
      expect(cookie!.domain).toBeUndefined();
      const me = (name: string, headers: Record<string, string>) =>
        proxied.runtime.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { ...headers, cookie: `${name}=${cookie!.value}` },
        });
      expect((await me('__Host-qt_session', https)).statusCode).toBe(200);
      // A plain-named cookie (one a page on the plain-HTTP port could plant) is not read over HTTPS.
      expect((await me('qt_session', https)).statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
  });
});

describe('errors', () => {
  it('answers an unknown /api path with 404 NOT_FOUND JSON in the caller’s language', async () => {
    const zh = await get('/api/nope');
    expect(zh.statusCode).toBe(404);
    expect(zh.json()).toEqual({
      error: {
        code: 'NOT_FOUND',
        message: '接口不存在',
        requestId: expect.stringMatching(/\S/) as unknown as string,
      },
    });
    const desk = await t.login('frontdesk');
    const en = await desk.request('GET', '/api/v1/nope', undefined, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.statusCode).toBe(404);
    expect(en.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'No such API route.' });
  });

  it('answers a malformed URL and an over-long id in the documented shape, without echoing the URL', async () => {
    const cases = [
      ['/api/v1/people/%E0%A4%A', 400, 'VALIDATION_FAILED', /^The address is malformed/],
      // With a web build the long segment falls to the static files' wildcard, which finds nothing either.
      [`/api/v1/people/${'a'.repeat(150)}`, 404, 'NOT_FOUND', /Record not found\.|No such API route\./],
    ] as const;
    for (const [url, status, code, message] of cases) {
      const res = await get(url, { 'accept-language': 'en' });
      expect(res.statusCode, url).toBe(status);
      const body = res.json<{ error: Record<string, unknown> }>();
      expect(Object.keys(body).sort()).toEqual(['error']);
      expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'requestId']);
      expect(body.error).toMatchObject({ code });
      expect(String(body.error.message)).toMatch(message);
      expect(res.body).not.toMatch(/%E0|aaaa|FST_ERR/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    const zh = await get('/api/v1/people/%E0%A4%A');
    expect(zh.json<{ error: { message: string } }>().error.message).toBe(
      '网址格式不正确（含有无法解码的 % 编码）',
    );
  });

  it('answers an internal failure with 500 INTERNAL, a request id, and no stack trace or SQL', async () => {
    const broken = await startTestApp();
    try {
      const admin = await broken.login('admin');
      // A table gone missing under the running app, as a botched manual change would leave it.
      await sql`alter table audit_log rename to audit_log_gone`.execute(broken.runtime.deps.database.db);
      for (const lang of ['zh-CN', 'en']) {
        const res = await admin.request('GET', '/api/v1/audit-log', undefined, { 'accept-language': lang });
        expect(res.statusCode).toBe(500);
        const body = res.json<{ error: Record<string, unknown> }>();
        expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'requestId']);
        expect(body.error.code).toBe('INTERNAL');
        expect(body.error.message).toBe(
          lang === 'en' ? 'Internal server error. Please try again later.' : '服务器内部错误，请稍后重试',
        );
        expect(body.error.requestId).toMatch(/\S/);
        expect(res.body).not.toMatch(/audit_log|select|relation|no such table|\.ts:\d+|\bat \w/i);
      }
    } finally {
      await broken.close();
    }
  });
});
