/** One Server-Sent Events frame as a browser's EventSource would see it (comments kept for pings). */
export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
  comment?: string;
}

/** Signs in over HTTP and returns the session cookie and CSRF token. */
export async function signIn(base: string, username: string, password = 'qiantai-demo') {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('qt_session='));
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

function parseFrame(text: string): SseFrame {
  const f: SseFrame = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === '') f.comment = value;
    else if (field === 'id') f.id = value;
    else if (field === 'event') f.event = value;
    else if (field === 'data') f.data = f.data === undefined ? value : `${f.data}\n${value}`;
    else if (field === 'retry') f.retry = Number(value);
  }
  return f;
}

/**
 * A streaming reader over GET /api/v1/events. Every frame received is kept in order, so a test can
 * wait for the frame it expects and then check what did (not) arrive before it.
 */
export class SseClient {
  readonly frames: SseFrame[] = [];
  ended = false;
  /** The JSON error body when the stream was refused. */
  errorBody: unknown = null;
  private waiters: (() => void)[] = [];

  private constructor(
    readonly status: number,
    private readonly abort: AbortController,
    body: ReadableStream<Uint8Array> | null,
  ) {
    if (body) void this.pump(body);
    else this.ended = true;
  }

  /** Opens the stream and, when it was accepted, waits for its first frame (sent once subscribed). */
  static async open(base: string, cookie: string | null, lastEventId?: string): Promise<SseClient> {
    const abort = new AbortController();
    const res = await fetch(`${base}/api/v1/events`, {
      headers: {
        accept: 'text/event-stream',
        ...(cookie ? { cookie } : {}),
        ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
      },
      signal: abort.signal,
    });
    const client = new SseClient(res.status, abort, res.status === 200 ? res.body : null);
    if (res.status !== 200) client.errorBody = await res.json();
    else await client.waitFor((f) => f.retry !== undefined);
    return client;
  }

  private async pump(body: ReadableStream<Uint8Array>) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.frames.push(parseFrame(buffer.slice(0, end)));
          buffer = buffer.slice(end + 2);
        }
        this.wake();
      }
    } catch {
      // aborted by close(), or the connection dropped: either way the stream has ended
    }
    this.ended = true;
    this.wake();
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private until<T>(check: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== poll);
        reject(new Error(`timed out waiting for ${what}; frames: ${JSON.stringify(this.frames)}`));
      }, timeoutMs);
      const poll = () => {
        const found = check();
        if (found !== undefined) {
          clearTimeout(timer);
          resolve(found);
        } else this.waiters.push(poll);
      };
      poll();
    });
  }

  /** The first frame (received so far or later) matching `match`. */
  waitFor(match: (f: SseFrame) => boolean, timeoutMs = 5000): Promise<SseFrame> {
    return this.until(() => this.frames.find(match), 'a frame', timeoutMs);
  }

  waitForId(id: string, timeoutMs = 5000) {
    return this.waitFor((f) => f.id === id, timeoutMs);
  }

  /** Resolves when the server ends the stream. */
  waitForEnd(timeoutMs = 5000): Promise<true> {
    return this.until(() => (this.ended ? true : undefined), 'the stream to end', timeoutMs);
  }

  /** Ids of the events received, in order (pings and the retry frame left out). */
  eventIds(): string[] {
    return this.frames.flatMap((f) => (f.id ? [f.id] : []));
  }

  close() {
    this.abort.abort();
  }
}
