import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';

// The health probe runs in a worker thread with an event loop of its own, so a server that blocks
// its loop cannot also hold back the probe's clock. It sends GET /api/health at a fixed rate, each
// request on its own (open loop: a slow answer does not delay the next request), and measures each
// from the moment it was due, so a stalled server shows as the stall, not as one slow sample among
// many quick ones. It stops at 'stop' or after `max` requests and posts the latencies back.

const { address, intervalMs, max } = workerData as { address: string; intervalMs: number; max: number };
let stopped = false;
parentPort!.on('message', (message) => {
  if (message === 'stop') stopped = true;
});

const times: number[] = [];
let failed = 0;
const inFlight: Promise<void>[] = [];
const start = performance.now();
for (let i = 0; i < max && !stopped; i++) {
  const due = start + i * intervalMs;
  const wait = due - performance.now();
  if (wait > 0) await sleep(wait);
  // A timer may fire a little early: then the request is timed from when it was actually sent.
  const from = Math.min(due, performance.now());
  inFlight.push(
    fetch(`${address}/api/health`)
      .then(async (res) => {
        if (!res.ok) throw new Error(`health: ${res.status}`);
        await res.arrayBuffer();
      })
      // A server stalled long enough fills its listen backlog and connections time out (after 10 s):
      // such a request counts with the time it waited, a lower bound, and is reported as failed.
      .catch(() => {
        failed += 1;
      })
      .finally(() => times.push(performance.now() - from)),
  );
}
await Promise.all(inFlight);
parentPort!.postMessage({ times: times.sort((a, b) => a - b), failed });
