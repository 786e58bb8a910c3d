import type { FastifyRequest } from 'fastify';

/**
 * The path the router matched, percent-decoding undone: `/%61pi/v1/x` is `/api/v1/x` to the router,
 * so it must be to everything else that asks "is this an API call?". Prefer the matched route's
 * pattern; for an unmatched URL decode the path, keeping the raw text when it cannot be decoded.
 */
export function routerPath(request: FastifyRequest): string {
  const matched = request.is404 ? undefined : request.routeOptions.url;
  if (matched) return matched;
  return decodedOrRaw(request.url.split('?', 1)[0]!);
}

/** The text percent-decoded, or as it is when it cannot be decoded (a stray `%`). */
export function decodedOrRaw(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');
