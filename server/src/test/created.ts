import type { LightMyRequestResponse } from 'fastify';

/** The body of a 201 answer; anything else fails the test with the request and the answer. */
export function created<T = { id: string; version: number }>(res: LightMyRequestResponse): T {
  if (res.statusCode !== 201) {
    throw new Error(
      `${res.raw.req.method} ${res.raw.req.url}: expected 201, got ${res.statusCode} ${res.body}`,
    );
  }
  return res.json<T>();
}
