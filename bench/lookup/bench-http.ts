import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '../../server/src/seed/demo-seed.js';
import { percentile } from './bench-queries.js';

// HTTP under load: a fixed number of requests, a bounded number in flight, to 127.0.0.1 only.

export async function httpLoad(
  app: FastifyInstance,
  propertyId: string,
  queries: readonly string[],
  concurrency: number,
): Promise<{ p50: number; p99: number; requests: number; seconds: number }> {
  // The caller's runtime closes the server.
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  {
    const login = await fetch(`${address}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'frontdesk', password: DEMO_PASSWORD }),
    });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('qt_session='))!
      .split(';')[0]!;
    const times: number[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < queries.length) {
        const q = queries[next++]!;
        const t0 = performance.now();
        const res = await fetch(
          `${address}/api/v1/directory/search?propertyId=${propertyId}&q=${encodeURIComponent(q)}`,
          { headers: { cookie } },
        );
        if (!res.ok) throw new Error(`search ${q}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
        times.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p99: percentile(times, 99), requests: times.length, seconds };
  }
}
