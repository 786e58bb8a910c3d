import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

// Short limits so the test needs no minute-long waits; the production defaults are 10 s for
// headers, 60 s for a whole request, 75 s idle and 1,000 connections.
const LIMITS = { headersTimeoutMs: 400, requestTimeoutMs: 800, idleTimeoutMs: 3_000, maxConnections: 4 };
/** How long a test waits for the server to act before calling it a failure (not a speed target). */
const PATIENCE_MS = 8_000;

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await startTestApp({ seed: false, config: { http: LIMITS } });
  const address = await t.runtime.app.listen({ port: 0, host: '127.0.0.1' });
  port = Number(new URL(address).port);
});
afterAll(() => t.close());

interface Peer {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
}

function open(): Promise<Peer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => (text += d.toString()));
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('error', () => undefined);
    socket.once('connect', () => resolve({ socket, received: () => text, closed }));
    socket.once('error', reject);
  });
}

/** Resolves 'closed' when the server hangs up, 'open' if it still has not after PATIENCE_MS. */
const outcome = (peer: Peer) =>
  Promise.race([
    peer.closed.then(() => 'closed' as const),
    new Promise<'open'>((r) => setTimeout(() => r('open'), PATIENCE_MS)),
  ]);

/** Writes one byte at a time, as the probe's slow clients did, until the socket closes. */
function trickle(peer: Peer, text: string) {
  let i = 0;
  const timer = setInterval(() => {
    if (i >= text.length || peer.socket.destroyed) return clearInterval(timer);
    peer.socket.write(text[i++]!);
  }, 100);
  void peer.closed.then(() => clearInterval(timer));
}

describe('slow clients and too many connections', () => {
  it('closes a sign-in whose body trickles in, answering 408', async () => {
    const peer = await open();
    const body = JSON.stringify({ username: 'frontdesk', password: 'x'.repeat(200) });
    peer.socket.write(
      `POST /api/v1/auth/login HTTP/1.1\r\nhost: desk\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
    );
    trickle(peer, body);
    expect(await outcome(peer)).toBe('closed');
    expect(peer.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose headers trickle in', async () => {
    const peer = await open();
    trickle(peer, 'GET /api/health HTTP/1.1\r\nhost: desk\r\nx-slow: ' + 'a'.repeat(200));
    expect(await outcome(peer)).toBe('closed');
  });

  it('drops connections beyond the cap, and takes new ones once others close', async () => {
    const held = await Promise.all(Array.from({ length: LIMITS.maxConnections }, () => open()));
    // Each held connection is in use: a request answered, the socket kept alive.
    for (const peer of held) peer.socket.write('GET /api/health HTTP/1.1\r\nhost: desk\r\n\r\n');
    await expect.poll(() => held.every((p) => p.received().includes('"status":"ok"'))).toBe(true);
    const extra = await open();
    extra.socket.write('GET /api/health HTTP/1.1\r\nhost: desk\r\n\r\n');
    expect(await outcome(extra)).toBe('closed');
    expect(extra.received()).toBe('');

    for (const peer of held) peer.socket.destroy();
    await Promise.all(held.map((p) => p.closed));
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).status, { timeout: PATIENCE_MS })
      .toBe(200);
  });
});
