import { SEND_TIMEOUT_MS } from './channel.js';

/** POSTs JSON and returns the answer; a refused connection or a timeout throws with the reason. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      redirect: 'error',
    });
    return { status: res.status, text: await res.text() };
  } catch (err) {
    // fetch says only "fetch failed"; the cause (ECONNREFUSED, a timeout) is what an admin needs.
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    throw new Error(`${err instanceof Error ? err.message : String(err)}${cause}`);
  }
}

export const excerptOf = (text: string) => text.replace(/\s+/g, ' ').slice(0, 200);
