import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale, Permission } from '@qiantai/contracts';
import type { Actor, ServiceContext } from '../context.js';
import { writeAudit } from '../audit/audit-writer.js';
import { AppError } from '../errors.js';
import { localeFromHeader } from '../i18n/messages.js';
import type { AppDeps } from '../../app-deps.js';
import { clearSessionCookie, sessionTokenOf } from './session-cookie.js';

/**
 * Who may call a route. Every route declares it, and a route without a declaration is refused. A list
 * means any one of those permissions (the desk and a department both read the register; the service
 * decides what each may see).
 */
export type Access = 'public' | 'authenticated' | Permission | readonly Permission[];

function allows(actor: Actor, access: Permission | readonly Permission[]): boolean {
  return typeof access === 'string'
    ? actor.permissions.has(access)
    : access.some((p) => actor.permissions.has(p));
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
    csrfToken: string | null;
    /** The session cookie's token, when the request carried one (the event stream re-checks it). */
    sessionToken: string | null;
    ctx: ServiceContext;
  }
  interface FastifyContextConfig {
    access?: Access;
    /** Reachable while the user must still change an initial password (me, change password, logout). */
    duringPasswordChange?: boolean;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A signed-in session behind a cookie token, as the auth module resolves it. */
export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
}
export type SessionResolver = (
  ctx: ServiceContext,
  policy: { idleMs: number; absoluteMs: number },
  token: string,
) => Promise<ResolvedSession | null>;

/** `resolveSession` is the auth module's, handed in by the app: the platform imports no module. */
export function installRequestContext(app: FastifyInstance, deps: AppDeps, resolveSession: SessionResolver) {
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('ctx', null as unknown as ServiceContext);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.locale = localeFromHeader(request.headers['accept-language']);
    request.ctx = {
      db: deps.database.db,
      dialect: deps.database.dialect,
      now: deps.clock,
      actor: null,
      ip: request.ip,
      requestId: request.id,
      events: deps.events,
    };
    // Unmatched URLs go to the not-found handler, which reads no session and reveals nothing.
    if (request.is404) return;
    await authenticate(request, reply, deps, resolveSession);
  });
}

// Access is decided from the route the router matched, never from the URL's text: the router
// matches the percent-decoded path, so `/api/%761/…` and `/%61pi/v1/…` reach the same routes and
// must meet the same checks. These run in onRequest, before the body is parsed or validated: an
// anonymous caller learns nothing about a route's input rules.
async function authenticate(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  resolveSession: SessionResolver,
) {
  const config = request.routeOptions.config;
  const access = config.access;
  if (access === undefined) {
    request.log.error({ route: request.routeOptions.url }, 'route declares no access; refused');
    throw new AppError('FORBIDDEN', 'error.forbidden');
  }
  // Public pages and files need no session: their answer is the same for everyone.
  if (access === 'public') return;
  const token = sessionTokenOf(request, deps.config);
  const policy = { idleMs: deps.config.sessionIdleMs, absoluteMs: deps.config.sessionAbsoluteMs };
  const session = token ? await resolveSession(request.ctx, policy, token) : null;
  if (token && !session) clearSessionCookie(reply);
  if (session) {
    request.sessionToken = token!;
    request.actor = session.actor;
    request.csrfToken = session.csrfToken;
    request.ctx = { ...request.ctx, actor: session.actor };
  }
  if (!session)
    throw new AppError('UNAUTHENTICATED', token ? 'error.sessionExpired' : 'error.unauthenticated');
  if (UNSAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
    throw new AppError('FORBIDDEN', 'error.csrf', { details: { reason: 'CSRF_TOKEN_MISMATCH' } });
  }
  if (session.mustChangePassword && !config.duringPasswordChange) {
    throw new AppError('FORBIDDEN', 'error.passwordChangeRequired', {
      details: { reason: 'PASSWORD_CHANGE_REQUIRED' },
    });
  }
  if (access !== 'authenticated' && !allows(session.actor, access)) {
    await writeAudit(request.ctx, {
      action: 'auth.permission.denied',
      detail: { permission: access, method: request.method, route: request.routeOptions.url ?? request.url },
    });
    throw new AppError('FORBIDDEN', 'error.forbidden');
  }
}
