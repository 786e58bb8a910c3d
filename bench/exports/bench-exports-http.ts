import { Worker } from 'node:worker_threads';
import { DEMO_PASSWORD } from '../../server/src/seed/demo-seed.js';

// The desk's side of the benchmark, over real sockets to 127.0.0.1 only: sign in, ask for an export,
// and time GET /api/health while something else runs.

/** The session cookie of a demo user. */
export async function signIn(address: string, username: string): Promise<string> {
  const login = await fetch(`${address}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status} ${await login.text()}`);
  return login.headers
    .getSetCookie()
    .find((c) => c.startsWith('qt_session='))!
    .split(';')[0]!;
}

export interface ExportRun {
  label: string;
  cookie: string;
  path: string;
}

/** One export, read to its last byte: how long it took and how big the file was. */
export async function runExport(address: string, run: ExportRun): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(`${address}${run.path}`, { headers: { cookie: run.cookie } });
  if (!res.ok) throw new Error(`${run.label}: ${res.status} ${await res.text()}`);
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - t0, bytes };
}

export interface HealthSamples {
  /** Every request's latency in milliseconds, sorted (failed ones with the time they waited). */
  times: number[];
  /** Requests that got no answer (connection timed out). */
  failed: number;
}

/** GET /api/health at a fixed rate from a worker thread (health-probe.ts) until stopped. */
export function probeHealth(address: string, opts: { intervalMs: number; max: number }) {
  // A worker thread does not get tsx's loader from the command line: it starts as a line of
  // JavaScript that registers tsx, then imports the probe's TypeScript.
  const probe = new URL('./health-probe.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(probe)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: { address, ...opts } });
  const samples = new Promise<HealthSamples>((resolve, reject) => {
    worker.once('message', (result: HealthSamples) => {
      // Its listener for 'stop' would keep the thread alive after it has answered.
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
  return {
    /** Stops the probe; answers the latencies it measured, sorted, once the last request is answered. */
    async stop(): Promise<HealthSamples> {
      worker.postMessage('stop');
      return samples;
    },
    /** The probe's latencies once it has sent all `max` requests. */
    done: samples,
  };
}
