import type { Agent, TestApp } from '../harness.js';
import { created } from '../created.js';
import { DEMO_PASSWORD } from '../../seed/demo-seed.js';
import { userId } from '../../modules/users/users.test-kit.js';

/** The two demo properties: p1 = 锦绣花园, p2 = 国贸中心. */
export type PropertyKey = 'p1' | 'p2';

/** Everyone the matrix tries each route as. `admin1` is an administrator of p1 only, made through the API. */
export const CAST = [
  'admin',
  'admin1',
  'manager',
  'supervisor',
  'frontdesk',
  'engineer',
  'auditor',
  'frontdesk2',
] as const;
export type Member = (typeof CAST)[number];
export type Caller = Member | 'anonymous';

/** Whose records each member may reach (the demo company, README). */
export const ASSIGNED: Record<Member, readonly PropertyKey[]> = {
  admin: ['p1', 'p2'],
  admin1: ['p1'],
  manager: ['p1', 'p2'],
  supervisor: ['p1'],
  frontdesk: ['p1'],
  engineer: ['p1'],
  auditor: ['p1'],
  frontdesk2: ['p2'],
};

export const ADMINS: readonly Member[] = ['admin', 'admin1'];
export const EVERY_MEMBER: readonly Member[] = CAST;

// Strong enough for the password rules; admin1 is created with it and changes it at first sign-in.
const ADMIN1_FIRST_PASSWORD = 'Matrix-first-2026';
const ADMIN1_PASSWORD = 'Matrix-admin1-2026';

/**
 * Shared state for building sample requests: the cast signed in, the demo properties, and records a
 * module's rows make once (`once`) or fresh on each call.
 */
export class Fixtures {
  private agents = new Map<Member, Agent>();
  private passwordHashes = new Map<string, string>();
  private made = new Map<string, unknown>();
  private counter = 0;

  private constructor(
    readonly t: TestApp,
    private readonly properties: Record<PropertyKey, string>,
  ) {}

  static async create(t: TestApp): Promise<Fixtures> {
    const [p1, p2] = await t.propertyIds();
    const fx = new Fixtures(t, { p1, p2 });
    const admin = await t.login('admin');
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'admin1',
      displayName: '一号项目管理员',
      password: ADMIN1_FIRST_PASSWORD,
      roles: ['admin'],
      propertyIds: [p1],
    });
    if (created.statusCode !== 201) throw new Error(`create admin1: ${created.body}`);
    const first = await t.login('admin1', { password: ADMIN1_FIRST_PASSWORD });
    const changed = await first.request('POST', '/api/v1/auth/password', {
      currentPassword: ADMIN1_FIRST_PASSWORD,
      newPassword: ADMIN1_PASSWORD,
    });
    if (changed.statusCode !== 200) throw new Error(`admin1 password: ${changed.body}`);
    const rows = await t.runtime.deps.database.db
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .execute();
    for (const r of rows) fx.passwordHashes.set(r.id, r.password_hash);
    return fx;
  }

  property(p: PropertyKey): string {
    return this.properties[p];
  }

  passwordOf(member: Member): string {
    return member === 'admin1' ? ADMIN1_PASSWORD : DEMO_PASSWORD;
  }

  /** A signed-in agent for the member, reused until a case ends its session. */
  async agent(member: Member): Promise<Agent> {
    let agent = this.agents.get(member);
    if (!agent) {
      agent = await this.t.login(member, { password: this.passwordOf(member) });
      this.agents.set(member, agent);
    }
    return agent;
  }

  forget(member: Member) {
    this.agents.delete(member);
  }

  /** A distinct suffix for usernames and codes, so repeated creates never collide. */
  unique(): string {
    this.counter += 1;
    return String(this.counter);
  }

  /** Records a module's rows share, made by the first row that needs them (key them by module and property). */
  async once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.made.has(key)) this.made.set(key, await make());
    return this.made.get(key) as T;
  }

  /** A record made by the administrator through the API (a 201 answer, or the sample fails). */
  async post<T = { id: string; version: number }>(url: string, body: unknown): Promise<T> {
    return created<T>(await (await this.agent('admin')).request('POST', url, body));
  }

  /** A record's current version, as the administrator reads it. */
  async versionOf(url: string): Promise<number> {
    return (await (await this.agent('admin')).request('GET', url)).json<{ version: number }>().version;
  }

  userId(username: string): Promise<string> {
    return userId(this.t, username);
  }

  /** Puts a member's original password back after a case changed it. */
  async restorePassword(member: Member) {
    const id = await this.userId(member);
    await this.t.runtime.deps.database.db
      .updateTable('users')
      .set({ password_hash: this.passwordHashes.get(id)!, must_change_password: 0 })
      .where('id', '=', id)
      .execute();
    this.forget(member);
  }
}
