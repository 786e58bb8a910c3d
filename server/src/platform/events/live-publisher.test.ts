import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { inTransaction } from '../context.js';
import type { LiveEvent } from './event-bus.js';
import { publishLive } from './live-publisher.js';

let t: TestApp;
let p1: string;
const seen: LiveEvent[] = [];
beforeAll(async () => {
  t = await startTestApp();
  [p1] = await t.propertyIds();
  t.runtime.deps.events.subscribe((e) => seen.push(e));
});
afterAll(() => t.close());

const seenTopics = () => seen.map((e) => e.topic);

describe('publishLive', () => {
  it('holds an event published in a transaction until it commits, then sends it', async () => {
    await inTransaction(t.runtime.systemContext(), async (tx) => {
      await publishLive(tx, { propertyId: p1, topic: 'test.committed', data: { n: 1 } });
      // Still inside: nobody may hear of a change that is not visible yet.
      expect(seenTopics()).not.toContain('test.committed');
    });
    await expect.poll(seenTopics).toContain('test.committed');
  });

  it('drops the events of a transaction that rolls back', async () => {
    await expect(
      inTransaction(t.runtime.systemContext(), async (tx) => {
        await publishLive(tx, { propertyId: p1, topic: 'test.rolled-back', data: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    // A later event proves the dropped one is not merely late.
    await publishLive(t.runtime.systemContext(), { propertyId: p1, topic: 'test.after', data: {} });
    await expect.poll(seenTopics).toContain('test.after');
    expect(seenTopics()).not.toContain('test.rolled-back');
  });
});
