import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import type { Config } from '../../config.js';

/** The cookie over plain HTTP (a desk at http://192.168.x.x:3000). */
export const SESSION_COOKIE = 'qt_session';
/**
 * The cookie over HTTPS. `__Host-` makes browsers insist on Secure, Path=/ and no Domain, so a
 * neighbour on the same site (another app on a sibling host, or anyone on the plain-HTTP port) cannot
 * plant a session cookie of their own (decision 0014).
 */
export const SECURE_SESSION_COOKIE = '__Host-qt_session';

/**
 * Whether the session cookie is Secure: when the request came over HTTPS (seen through a TLS proxy
 * only with TRUST_PROXY=true), or always with COOKIE_SECURE=true.
 */
function secureFor(request: FastifyRequest, config: Config): boolean {
  return config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure;
}

const cookieName = (secure: boolean) => (secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

/** The session token this request carries. Over HTTPS only the `__Host-` cookie counts. */
export function sessionTokenOf(request: FastifyRequest, config: Config): string | undefined {
  return request.cookies[cookieName(secureFor(request, config))];
}

/** HttpOnly so scripts cannot read it, SameSite=Lax so other sites' forms do not carry it. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, deps: AppDeps, token: string) {
  const secure = secureFor(request, deps.config);
  void reply.setCookie(cookieName(secure), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(deps.config.sessionAbsoluteMs / 1000),
  });
}

/** Clears both spellings: a browser keeps each under its own name. */
export function clearSessionCookie(reply: FastifyReply) {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  void reply.clearCookie(SECURE_SESSION_COOKIE, { path: '/', secure: true });
}
