import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

// C0 controls but tab, line feed and carriage return (multi-line notes keep those), DEL, and the C1
// controls. None is typed at a desk; NUL is refused by PostgreSQL's text type outright (a 500 there,
// stored on SQLite), and the others hide text in exports and logs.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The path of the first string holding a control character (keys count too), or null. */
export function findControlCharacter(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (CONTROL.test(key)) return here;
    const found = findControlCharacter(inner, here);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses control characters in any parsed input (body, query, path parameters) before validation,
 * so every route on both databases answers the same 400 and nothing is written. Raw uploads (a
 * Buffer body) are files, checked by their own parsers.
 */
export function installTextInputCheck(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, querystring: request.query, body: request.body };
    for (const [part, value] of Object.entries(parts)) {
      const path = findControlCharacter(value, part);
      if (path)
        throw new AppError('VALIDATION_FAILED', 'error.validation', {
          details: [{ path, messageKey: 'validation.controlCharacter' }],
        });
    }
  });
}
