import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

// The only reader of process.env. Everything else receives a frozen Config.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  JOBS_POLL_MS: z.coerce.number().int().min(50).default(1000),
  JOBS_ENABLED: z.enum(['true', 'false']).default('true'),
  WEB_DIST: z.string().default('./web/dist'),
  QIANTAI_DATA_KEY: z.string().optional(),
  SQLITE_SYNCHRONOUS: z.enum(['full', 'normal']).default('full'),
  API_DOCS: z.enum(['signed-in', 'public', 'off']).default('signed-in'),
  // Slow clients: a request's headers and whole body must arrive within these; connections are capped.
  HEADERS_TIMEOUT_SECONDS: z.coerce.number().min(1).default(10),
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().min(1).default(60),
  IDLE_TIMEOUT_SECONDS: z.coerce.number().min(1).default(75),
  MAX_CONNECTIONS: z.coerce.number().int().min(1).default(1000),
  LEASE_REMINDER_DAYS: z
    .string()
    .regex(/^\d+(,\d+)*$/)
    .default('30,7,0'),
});

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  jobsPollMs: number;
  jobsEnabled: boolean;
  /** How often a live-event stream sends a keep-alive and re-checks its session. */
  eventsHeartbeatMs: number;
  webDist: string;
  /** Base64 master key for personal data at rest; null: a key file under dataDir. */
  dataKeyBase64: string | null;
  /** SQLite's durability: full (each commit synced to disk; the default) or normal (decision 0014). */
  sqliteSynchronous: 'full' | 'normal';
  /** Who may read /api/docs, /api/openapi.json and the version in /api/health (decision 0014). */
  apiDocs: 'signed-in' | 'public' | 'off';
  /** Slow-client limits: headers and a whole request must arrive in time; idle sockets close. */
  http: Readonly<{
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    idleTimeoutMs: number;
    maxConnections: number;
  }>;
  /** Days before a lease ends at which the desk is reminded. */
  leaseReminderDays: readonly number[];
  demo: boolean;
  version: string;
}>;

export function readConfig(
  env: Record<string, string | undefined> = process.env,
  argv: readonly string[] = process.argv,
): Config {
  const e = envSchema.parse(env);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || null,
    logLevel: e.LOG_LEVEL,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    jobsPollMs: e.JOBS_POLL_MS,
    jobsEnabled: e.JOBS_ENABLED === 'true',
    eventsHeartbeatMs: 15_000,
    webDist: resolve(e.WEB_DIST),
    dataKeyBase64: e.QIANTAI_DATA_KEY || null,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    apiDocs: e.API_DOCS,
    http: Object.freeze({
      headersTimeoutMs: e.HEADERS_TIMEOUT_SECONDS * 1000,
      requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000,
      idleTimeoutMs: e.IDLE_TIMEOUT_SECONDS * 1000,
      maxConnections: e.MAX_CONNECTIONS,
    }),
    leaseReminderDays: e.LEASE_REMINDER_DAYS.split(',').map(Number),
    demo: argv.includes('--demo'),
    version: packageVersion(),
  });
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Database the API tests run on: TEST_DATABASE_URL (PostgreSQL) or a fresh SQLite file when unset. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | null {
  return env.TEST_DATABASE_URL || null;
}

const TEST_DATA_KEY = randomBytes(32).toString('base64');

/** Config for tests: defaults plus overrides, never reading the real environment except the test DB choice. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return Object.freeze({
    ...readConfig({}, []),
    jobsEnabled: false,
    logLevel: 'silent',
    dataKeyBase64: TEST_DATA_KEY,
    ...overrides,
  });
}
