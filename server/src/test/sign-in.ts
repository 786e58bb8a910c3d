import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Agent, TestApp } from './harness.js';

/** One sign-in attempt as a browser makes it, whatever its outcome. */
export function attemptLogin(
  t: TestApp,
  username: string,
  password: string,
  opts: { ip?: string; lang?: string } = {},
): Promise<LightMyRequestResponse> {
  return t.runtime.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: opts.ip ?? '127.0.0.1',
    headers: opts.lang ? { 'accept-language': opts.lang } : {},
    payload: { username, password },
  });
}

/** An agent holding the session cookie and CSRF token of a sign-in or password-change answer. */
export function agentFrom(t: TestApp, res: LightMyRequestResponse, ip = '127.0.0.1'): Agent {
  const value = res.cookies.find((c) => c.name === 'qt_session')?.value;
  if (!value) throw new Error(`no session cookie: ${res.statusCode} ${res.body}`);
  const cookie = `qt_session=${value}`;
  const csrfToken = res.json<{ csrfToken: string }>().csrfToken;
  return {
    cookie,
    csrfToken,
    request(method, url, body, headers = {}) {
      return t.runtime.app.inject({
        method,
        url,
        remoteAddress: ip,
        headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
        ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      });
    },
  };
}

/** The error body without its request id, which differs on every answer. */
export function errorWithoutRequestId(res: LightMyRequestResponse) {
  const { requestId, ...rest } = res.json<{ error: { requestId: string } }>().error;
  return { ...rest, hasRequestId: typeof requestId === 'string' && requestId.length > 0 };
}
