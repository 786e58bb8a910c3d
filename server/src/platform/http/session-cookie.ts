import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { SESSION_COOKIE } from './request-context.js';

/**
 * HttpOnly so scripts cannot read it, SameSite=Lax so other sites' forms do not carry it, Secure
 * whenever the request came over HTTPS (or always, with COOKIE_SECURE=true behind a TLS proxy).
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, deps: AppDeps, token: string) {
  const secure =
    deps.config.cookieSecure === 'auto' ? request.protocol === 'https' : deps.config.cookieSecure;
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(deps.config.sessionAbsoluteMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
