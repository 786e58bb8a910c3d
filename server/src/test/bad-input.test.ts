import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { startTestApp, type Agent, type TestApp } from './harness.js';

let t: TestApp;
let admin: Agent;
let p1: string;
let deskId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  [p1] = await t.propertyIds();
  const desk = await t.login('frontdesk');
  deskId = (await desk.request('GET', '/api/v1/auth/me')).json<{ user: { id: string } }>().user.id;
});
afterAll(() => t.close());

interface WriteRoute {
  name: string;
  method: 'POST' | 'PATCH';
  url: () => string;
  signedIn: boolean;
  valid: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** A field given a value of the wrong type, and one left out; both must be named in the details. */
  wrongType: [field: string, value: unknown];
  missing: string;
}

const ROUTES: WriteRoute[] = [
  {
    name: 'sign in',
    method: 'POST',
    url: () => '/api/v1/auth/login',
    signedIn: false,
    valid: () => ({ username: 'frontdesk', password: 'qiantai-demo' }),
    wrongType: ['username', 12345],
    missing: 'password',
  },
  {
    name: 'create user',
    method: 'POST',
    url: () => '/api/v1/users',
    signedIn: true,
    valid: () => ({
      username: 'badinput',
      displayName: '坏输入',
      roles: ['receptionist'],
      propertyIds: [p1],
    }),
    wrongType: ['roles', 'receptionist'],
    missing: 'displayName',
  },
  {
    name: 'update user',
    method: 'PATCH',
    url: () => `/api/v1/users/${deskId}`,
    signedIn: true,
    valid: async () => {
      const user = await admin.request('GET', `/api/v1/users/${deskId}`);
      return { version: user.json<{ version: number }>().version, displayName: '改名' };
    },
    wrongType: ['version', 'one'],
    missing: 'version',
  },
  {
    name: 'create property',
    method: 'POST',
    url: () => '/api/v1/properties',
    signedIn: true,
    valid: () => ({ code: 'BAD', name: '坏项目', nameEn: 'Bad', kind: 'mixed' }),
    wrongType: ['kind', 42],
    missing: 'code',
  },
];

const ONE_MIB = 1024 * 1024;

function send(route: WriteRoute, payload: string, lang = 'zh-CN') {
  const headers: InjectOptions['headers'] = { 'content-type': 'application/json', 'accept-language': lang };
  if (route.signedIn) Object.assign(headers, { cookie: admin.cookie!, 'x-csrf-token': admin.csrfToken! });
  return t.runtime.app.inject({ method: route.method, url: route.url(), headers, payload });
}

const counts = async () => {
  const db = t.runtime.deps.database.db;
  const n = async (table: 'users' | 'properties' | 'audit_log' | 'login_attempts' | 'sessions') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    users: await n('users'),
    properties: await n('properties'),
    audit: await n('audit_log'),
    loginAttempts: await n('login_attempts'),
    sessions: await n('sessions'),
  };
};

type ErrorBody = {
  error: { code: string; message: string; details?: { path: string; message: string }[]; requestId: string };
};

function expectBadInput(res: { statusCode: number; json: <T>() => T; body: string }, message: string) {
  expect(res.statusCode, res.body).toBe(400);
  const { error } = res.json<ErrorBody>();
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.message).toBe(message);
  expect(error.requestId).toMatch(/\S/);
  return error;
}

// Field paths are 'body.<field>' for schema issues.
const fields = (error: ErrorBody['error']) =>
  (error.details ?? []).map((d) => d.path.replace(/^body\.?/, ''));

describe.each(ROUTES)('bad input to $name', (route) => {
  it('answers 400 VALIDATION_FAILED in the caller’s language and changes nothing', async () => {
    const before = await counts();
    const valid = await route.valid();
    const invalid = 'Some input is invalid. Please check and try again.';

    expectBadInput(await send(route, '{"username": "x",'), '请求内容不是有效的 JSON');
    expectBadInput(await send(route, '{"username": "x",', 'en'), 'The request body is not valid JSON.');

    const unknown = expectBadInput(
      await send(route, JSON.stringify({ ...valid, sneaky: true })),
      '输入有误，请检查后重试',
    );
    expect(unknown.details?.some((d) => d.message.includes('sneaky'))).toBe(true);

    const [field, value] = route.wrongType;
    const wrong = expectBadInput(
      await send(route, JSON.stringify({ ...valid, [field]: value }), 'en'),
      invalid,
    );
    expect(fields(wrong)).toContain(field);

    const { [route.missing]: _omitted, ...rest } = valid;
    const missing = expectBadInput(await send(route, JSON.stringify(rest), 'en'), invalid);
    expect(fields(missing)).toEqual([route.missing]);
    expect(missing.details![0]!.message).toMatch(/\S/);

    // A NUL (PostgreSQL's text refuses it: this was a 500 there) or another control character.
    const [text] = Object.entries(valid).find(([, v]) => typeof v === 'string')!;
    for (const bad of ['a\u0000b', 'a\u001bb', 'a\u0085b']) {
      const control = expectBadInput(
        await send(route, JSON.stringify({ ...valid, [text]: bad }), 'en'),
        invalid,
      );
      expect(control.details).toEqual([
        {
          path: `body.${text}`,
          message: 'Must not contain control characters (such as NUL); remove them and try again.',
        },
      ]);
    }

    const huge = JSON.stringify({ ...valid, padding: 'x'.repeat(ONE_MIB + 1) });
    expectBadInput(await send(route, huge), '请求内容过大');
    expectBadInput(await send(route, huge, 'en'), 'The request body is too large.');

    expect(await counts()).toEqual(before);
    // The same body without the fault is accepted: the refusals above were about the fault alone.
    const ok = await send(route, JSON.stringify(valid));
    expect(ok.statusCode).toBeLessThan(300);
  });
});

describe('control characters outside the body', () => {
  it('refuses them in query strings and path parameters with a 400 naming the place, on both databases', async () => {
    const desk = await t.login('frontdesk');
    const cases = [
      [`/api/v1/directory/search?propertyId=${p1}&q=%E6%9D%8E%00`, 'querystring.q'],
      [`/api/v1/people?propertyId=${p1}&q=%01`, 'querystring.q'],
      ['/api/v1/people/%00', 'params.id'],
    ] as const;
    for (const [url, path] of cases) {
      const res = await desk.request('GET', url);
      const error = expectBadInput(res, '输入有误，请检查后重试');
      expect(error.details).toEqual([{ path, message: '不能包含控制字符（如 NUL），请删除后重试' }]);
    }
  });

  it('keeps tabs and line breaks in multi-line text', async () => {
    const res = await send(
      ROUTES[3]!,
      JSON.stringify({ code: 'TABS', name: '多行\n项目\t名', nameEn: 'Tabs', kind: 'mixed' }),
    );
    expect(res.statusCode, res.body).toBeLessThan(300);
  });
});
