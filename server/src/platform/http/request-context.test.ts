import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSession } from '../../modules/auth/index.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { installErrorHandler } from './error-handler.js';
import { installRequestContext } from './request-context.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('a route that declares no access', () => {
  it('is refused to everyone, signed in or not, and its handler never runs', async () => {
    const app = Fastify();
    await app.register(fastifyCookie);
    installRequestContext(app, t.runtime.deps, resolveSession);
    installErrorHandler(app);
    let ran = 0;
    app.get('/api/v1/forgotten', async () => {
      ran += 1;
      return { secret: true };
    });
    app.get('/api/v1/declared', { config: { access: 'authenticated' } }, async () => ({ ok: true }));
    const admin = await t.login('admin');
    for (const cookie of [undefined, admin.cookie!]) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/forgotten',
        headers: cookie ? { cookie } : {},
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    expect(ran).toBe(0);
    const declared = await app.inject({
      method: 'GET',
      url: '/api/v1/declared',
      headers: { cookie: admin.cookie! },
    });
    expect(declared.statusCode).toBe(200);
    await app.close();
  });
});
