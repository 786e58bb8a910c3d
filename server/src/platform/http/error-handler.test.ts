import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { installErrorHandler } from './error-handler.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the error handler', () => {
  it('answers a unique-constraint violation from the real database with 409 CONFLICT, not 500', async () => {
    // A route that inserts a property whose code exists, as two racing requests would.
    const app = Fastify();
    app.decorateRequest('locale', 'en');
    installErrorHandler(app);
    const db = t.runtime.deps.database.db;
    const existing = await db.selectFrom('properties').selectAll().executeTakeFirstOrThrow();
    app.post('/race', async () => {
      await db
        .insertInto('properties')
        .values({ ...existing, id: 'another-id' })
        .execute();
      return { ok: true };
    });
    const res = await app.inject({ method: 'POST', url: '/race' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'CONFLICT',
      message: 'Conflict. Please reload and try again.',
    });
    expect(res.body).not.toMatch(/UNIQUE|duplicate key|SQLITE|constraint/i);
    await app.close();
  });
});
