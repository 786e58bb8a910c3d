import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { testConfig, type Config } from '../config.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo-seed.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** A clock the test moves by hand, so timeouts and due work need no waiting. */
export class TestClock {
  constructor(public current = Date.UTC(2026, 10, 27, 1, 0, 0)) {}
  readonly now = () => this.current;
  advance(ms: number) {
    this.current += ms;
  }
}

export interface TestApp {
  runtime: Runtime;
  clock: TestClock;
  database: TestDatabase;
  /** A signed-in user: a demo user (password qiantai-demo) unless another password is given. */
  login(username: string, opts?: { ip?: string; password?: string }): Promise<Agent>;
  anonymous(): Agent;
  /** Property ids of the demo company: [锦绣花园, 国贸中心]. */
  propertyIds(): Promise<[string, string]>;
  close(): Promise<void>;
}

export interface Agent {
  cookie: string | null;
  csrfToken: string | null;
  request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export async function startTestApp(
  // The demo directory (about 2,500 people) is opt-in: most test files need only the company.
  opts: {
    config?: Partial<Config>;
    seed?: boolean;
    demoDirectory?: boolean;
    /** Receives the request log (give config.logLevel too: tests log nothing by default). */
    logStream?: { write(line: string): void };
  } = {},
): Promise<TestApp> {
  const clock = new TestClock();
  const database = await createTestDatabase();
  const runtime = await createRuntime(testConfig({ webDist: '/nonexistent', ...opts.config }), {
    database: database.handle,
    clock: clock.now,
    logStream: opts.logStream,
  });
  if (opts.seed !== false)
    await seedDemo(runtime.systemContext(), runtime.deps, { directory: opts.demoDirectory });
  const app = runtime.app;

  const makeAgent = (cookie: string | null, csrfToken: string | null, ip = '127.0.0.1'): Agent => ({
    cookie,
    csrfToken,
    request(method, url, body, headers = {}) {
      return app.inject({
        method,
        url,
        remoteAddress: ip,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      });
    },
  });

  return {
    runtime,
    clock,
    database,
    anonymous: () => makeAgent(null, null),
    async login(username, { ip = '127.0.0.1', password = DEMO_PASSWORD } = {}) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: ip,
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'qt_session')!;
      return makeAgent(`qt_session=${cookie.value}`, res.json<{ csrfToken: string }>().csrfToken, ip);
    },
    async propertyIds() {
      const rows = await runtime.deps.database.db
        .selectFrom('properties')
        .select('id')
        .orderBy('code', 'desc')
        .execute();
      return [rows[0]!.id, rows[1]!.id];
    },
    async close() {
      await runtime.close();
      await database.dispose();
    },
  };
}
