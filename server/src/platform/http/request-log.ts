import type { FastifyRequest } from 'fastify';
import { decodedOrRaw } from './request-path.js';

// The request log is read by whoever runs the server, so it carries no personal data (PIPL art. 51:
// access on a need-to-know basis). A desk searches by phone and ID number, and the search is in the
// query string: every query value is replaced unless it is an id or a small number, and long runs
// of digits in the path (an unmatched URL may hold anything) are masked.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEEP_VALUE = /^(?:\d{1,4}|true|false)$/i;
const LONG_DIGITS = /\d{7,}[\dXx]?/g;

/** Ids stay as they are (a UUID's last group may be all digits); anything else loses long digit runs. */
const maskDigits = (text: string) => (UUID.test(text) ? text : text.replace(LONG_DIGITS, REDACTED));
const REDACTED = '…';

/** The URL as the log may show it: path with long digit runs masked, query keys with safe values only. */
export function loggableUrl(url: string): string {
  const [path = '', query] = url.split(/\?(.*)/s, 2);
  // Decoded first, so digits spelled %31%33… are masked too.
  const safePath = path
    .split('/')
    .map((segment) => maskDigits(decodedOrRaw(segment)))
    .join('/');
  if (query === undefined) return safePath;
  const params = new URLSearchParams(query);
  const safe = [...params].map(([key, value]) => {
    const shown = UUID.test(value) || KEEP_VALUE.test(value) ? value : REDACTED;
    return `${encodeURIComponent(maskDigits(key))}=${shown}`;
  });
  return `${safePath}?${safe.join('&')}`;
}

/** Fastify's request serializer with the URL made loggable; the rest as Fastify logs it. */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: loggableUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
