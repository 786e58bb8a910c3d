import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '@qiantai/contracts';
import { AppError } from '../errors.js';
import { localeFromHeader, translate, type MessageKey } from '../i18n/messages.js';
import { applySecurityHeaders } from './security-headers.js';
import { describeKeyedIssues, describeZodIssues } from './validation.js';

// Fastify's own client errors, mapped onto our codes. The issue contract says bad input is a 400.
const FASTIFY_CLIENT_ERRORS: Record<string, MessageKey> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'error.malformedJson',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'error.malformedJson',
  FST_ERR_CTP_BODY_TOO_LARGE: 'error.bodyTooLarge',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'error.unsupportedMediaType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'error.validation',
};

/** PostgreSQL's unique_violation and SQLite's unique / primary-key constraint codes. */
const UNIQUE_VIOLATIONS = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  message: string,
  details?: unknown,
) {
  return reply.status(ERROR_CODES[code]).send({
    error: { code, message, ...(details === undefined ? {} : { details }), requestId: request.id },
  });
}

/**
 * Errors Fastify meets before any route or hook runs: a URL that cannot be percent-decoded, and a
 * path parameter longer than any id (`maxParamLength`). Fastify's own answers echo the URL in its
 * own shape; these answer in ours, and say nothing of the URL.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = localeFromHeader(request.headers['accept-language']);
  applySecurityHeaders(reply, true);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return sendError(request, reply, 'NOT_FOUND', translate(locale, 'error.notFound'));
  if (error.code === 'FST_ERR_BAD_URL')
    return sendError(request, reply, 'VALIDATION_FAILED', translate(locale, 'validation.badUrl'));
  request.log.error({ err: error }, 'framework error');
  return sendError(request, reply, 'INTERNAL', translate(locale, 'error.internal'));
}

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError | z.ZodError, request, reply) => {
    const locale = request.locale;
    if (err instanceof AppError) {
      if (err.status === 500) request.log.error({ err }, 'internal error');
      if (err.options.headers) void reply.headers(err.options.headers);
      return sendError(
        request,
        reply,
        err.code,
        translate(locale, err.messageKey, err.options.params),
        describeKeyedIssues(err.options.details, locale),
      );
    }
    if (err instanceof z.ZodError) {
      const context = (err as unknown as { validationContext?: string }).validationContext;
      return sendError(
        request,
        reply,
        'VALIDATION_FAILED',
        translate(locale, 'error.validation'),
        describeZodIssues(err, locale, context),
      );
    }
    // Two requests racing past a service's uniqueness check: the database's constraint decides, and
    // the loser hears "conflict" rather than "internal error".
    if (UNIQUE_VIOLATIONS.has(String(err.code))) {
      return sendError(request, reply, 'CONFLICT', translate(locale, 'error.conflict'));
    }
    const known = FASTIFY_CLIENT_ERRORS[err.code];
    if (known) return sendError(request, reply, 'VALIDATION_FAILED', translate(locale, known));
    if (err.statusCode === 429)
      return sendError(request, reply, 'RATE_LIMITED', translate(locale, 'error.rateLimited'));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(request, reply, 'VALIDATION_FAILED', translate(locale, 'error.validation'));
    }
    // Anything else is our bug: log it in full, tell the caller nothing but the request id.
    request.log.error({ err }, 'unhandled error');
    return sendError(request, reply, 'INTERNAL', translate(locale, 'error.internal'));
  });
}
