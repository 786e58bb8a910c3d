import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isActionAllowed, statusAfter, type ServiceRecord } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { departmentIdOf } from '../properties/properties.test-kit.js';
import { recordKit } from './service-records.test-kit.js';

// Generated action sequences against the real API: whatever is tried, the server takes exactly the
// actions the status machine allows (409 otherwise, with nothing changed) and the stored record
// never contradicts its status.

let t: TestApp;
let supervisor: Agent;
let manager: Agent;
let p1: string;
let engineering: string;
let supervisorId: string;
beforeAll(async () => {
  t = await startTestApp();
  [p1] = await t.propertyIds();
  supervisor = await t.login('supervisor');
  manager = await t.login('manager');
  engineering = await departmentIdOf(t, p1, 'engineering');
  const me = await supervisor.request('GET', '/api/v1/auth/me');
  supervisorId = me.json<{ user: { id: string } }>().user.id;
});
afterAll(() => t.close());

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const TRIED = [
  'accept',
  'start',
  'wait',
  'resume',
  'complete',
  'close',
  'answer_at_desk',
  'reopen',
  'cancel',
  'claim',
  'assign',
  'forward',
  'transfer',
  'comment',
  'acknowledge',
] as const;

function bodyOf(action: (typeof TRIED)[number], r: ServiceRecord, serviceDept: string) {
  const base = { action, version: r.version };
  switch (action) {
    case 'wait':
    case 'reopen':
    case 'cancel':
    case 'comment':
      return { ...base, comment: `理由 ${action}` };
    case 'complete':
    case 'answer_at_desk':
      return { ...base, result: '已处理' };
    case 'forward':
      return { ...base, departmentId: engineering };
    case 'assign':
      return { ...base, assigneeUserId: supervisorId };
    case 'transfer':
      return {
        ...base,
        departmentId: r.departmentId === engineering ? serviceDept : engineering,
        comment: '转部门',
      };
    default:
      return base;
  }
}

/** What must hold of a stored record in each status. */
function assertConsistent(r: ServiceRecord, where: string) {
  expect(r.pausedAt !== null, `${where}: paused iff waiting`).toBe(r.status === 'waiting_customer');
  if (['done', 'followed_up'].includes(r.status)) expect(r.doneAt, where).not.toBeNull();
  if (['new', 'accepted', 'in_progress', 'waiting_customer'].includes(r.status)) {
    expect(r.doneAt, where).toBeNull();
    expect(r.closedAt, where).toBeNull();
  }
  if (['closed', 'cancelled'].includes(r.status)) expect(r.closedAt, where).not.toBeNull();
  if (r.status !== 'new' && r.status !== 'cancelled') expect(r.respondedAt, where).not.toBeNull();
}

describe('generated action sequences through the API', () => {
  it('takes exactly what the status machine allows and keeps every record consistent', async () => {
    const kit = recordKit(t, p1);
    const serviceDept = await departmentIdOf(t, p1, 'service');
    for (let seed = 1; seed <= 12; seed++) {
      const next = random(seed);
      const kind = (['inquiry', 'repair', 'complaint', 'suggestion'] as const)[seed % 4];
      let r = await kit.create(supervisor, {
        kind,
        severity: kind === 'complaint' && seed % 3 === 0 ? 'major' : 'general',
      });
      for (let step = 0; step < 25; step++) {
        const action = TRIED[Math.floor(next() * TRIED.length)]!;
        const facts = {
          status: r.status,
          kind: r.kind,
          severity: r.severity,
          acknowledgedAt: r.acknowledgedAt,
        };
        const agent = action === 'acknowledge' ? manager : supervisor;
        const res = await agent.request(
          'POST',
          `/api/v1/service-records/${r.id}/actions`,
          bodyOf(action, r, serviceDept),
        );
        const where = `seed ${seed} step ${step}: ${action} in ${r.status}`;
        // The server offers a subset of what the machine allows: the rest is not this caller's to do.
        const offered = action === 'acknowledge' || r.allowedActions.includes(action);
        if (isActionAllowed(facts, action) && offered) {
          expect(res.statusCode, `${where} ${res.body}`).toBe(200);
          const after = res.json<{ record: ServiceRecord }>().record;
          expect(after.status, where).toBe(statusAfter(facts, action));
          expect(after.version, where).toBe(r.version + 1);
          r = after;
        } else {
          expect(res.statusCode, `${where} ${res.body}`).toBe(isActionAllowed(facts, action) ? 403 : 409);
          const unchanged = (await kit.get(supervisor, r.id)).record;
          expect(unchanged.version, where).toBe(r.version);
        }
        assertConsistent(r, where);
      }
    }
  }, 180_000);
});
