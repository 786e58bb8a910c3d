import { describe, expect, it } from 'vitest';
import {
  FINAL_STATUSES,
  SERVICE_ACTIONS,
  SERVICE_STATUSES,
  allowedActions,
  isActionAllowed,
  statusAfter,
  type RecordFacts,
  type ServiceStatus,
} from './service-record-status.js';
import { SERVICE_KINDS } from './service-config.js';

/** A small seeded generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const start = (kind: string, severity = 'general'): RecordFacts => ({
  status: 'new',
  kind,
  severity,
  acknowledgedAt: null,
});

describe('the service record status machine', () => {
  it('never reaches an unknown status, whatever actions are tried in whatever order', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = random(seed);
      const kind = SERVICE_KINDS[Math.floor(next() * SERVICE_KINDS.length)]!;
      let record = start(kind, next() < 0.3 ? 'major' : 'general');
      for (let step = 0; step < 40; step++) {
        const action = SERVICE_ACTIONS[Math.floor(next() * SERVICE_ACTIONS.length)]!;
        if (!isActionAllowed(record, action)) continue;
        const status = statusAfter(record, action);
        expect(SERVICE_STATUSES, `seed ${seed} step ${step}`).toContain(status);
        record = {
          ...record,
          status,
          acknowledgedAt: action === 'acknowledge' ? step : record.acknowledgedAt,
        };
        if (record.status === 'cancelled')
          expect(allowedActions(record).filter((a) => a !== 'comment' && a !== 'acknowledge')).toEqual([]);
      }
    }
  });

  it('lets every record reach an end (closed or cancelled) from every status it can be in', () => {
    for (const kind of SERVICE_KINDS) {
      const seen = new Set<ServiceStatus>(['new']);
      const queue: ServiceStatus[] = ['new'];
      while (queue.length) {
        const status = queue.shift()!;
        for (const action of allowedActions({ ...start(kind), status })) {
          const to = statusAfter({ ...start(kind), status }, action);
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      for (const status of seen) {
        const ends = new Set<ServiceStatus>();
        const walk = [status];
        const visited = new Set(walk);
        while (walk.length) {
          const s = walk.pop()!;
          if (FINAL_STATUSES.includes(s)) ends.add(s);
          for (const a of allowedActions({ ...start(kind), status: s })) {
            const to = statusAfter({ ...start(kind), status: s }, a);
            if (!visited.has(to)) {
              visited.add(to);
              walk.push(to);
            }
          }
        }
        expect(ends.size, `${kind} from ${status}`).toBeGreaterThan(0);
      }
    }
  });

  it('answers at the desk only inquiries and suggestions, and calls back only repairs and complaints', () => {
    expect(isActionAllowed(start('inquiry'), 'answer_at_desk')).toBe(true);
    expect(isActionAllowed(start('repair'), 'answer_at_desk')).toBe(false);
    const done = (kind: string): RecordFacts => ({ ...start(kind), status: 'done' });
    expect(isActionAllowed(done('repair'), 'follow_up')).toBe(true);
    expect(isActionAllowed(done('inquiry'), 'follow_up')).toBe(false);
  });

  it('asks the manager to acknowledge a major record once, and never a general one', () => {
    expect(isActionAllowed(start('complaint', 'major'), 'acknowledge')).toBe(true);
    expect(isActionAllowed({ ...start('complaint', 'major'), acknowledgedAt: 1 }, 'acknowledge')).toBe(false);
    expect(isActionAllowed(start('complaint'), 'acknowledge')).toBe(false);
  });
});
