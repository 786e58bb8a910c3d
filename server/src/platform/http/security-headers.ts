import type { FastifyInstance, FastifyReply } from 'fastify';
import { isApiPath, routerPath } from './request-path.js';

// A CSP that works when the desk is served over plain HTTP on a LAN address: no
// upgrade-insecure-requests and no HSTS (both would break http://192.168.x.x:3000). antd injects
// <style> elements at run time, hence 'unsafe-inline' for styles only; scripts stay 'self'.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function installSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    applySecurityHeaders(reply, isApiPath(routerPath(request)));
  });
}

/** Also called by answers made before any hook runs (framework errors). API answers are never stored. */
export function applySecurityHeaders(reply: FastifyReply, noStore: boolean) {
  reply.header('content-security-policy', CSP);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-frame-options', 'DENY');
  reply.header('referrer-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(self), microphone=(), geolocation=()');
  if (noStore) reply.header('cache-control', 'no-store');
}
