import { ERROR_CODES, type ErrorCode } from '@qiantai/contracts';
import type { MessageKey, MessageParams } from './i18n/messages.js';

/**
 * The one error type. Services throw it; the HTTP error handler turns it into
 * `{ error: { code, message, details, requestId } }` with the message in the caller's language.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly options: { params?: MessageParams; details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.status = ERROR_CODES[code];
  }
}

export const notFound = () => new AppError('NOT_FOUND', 'error.notFound');
export const forbidden = () => new AppError('FORBIDDEN', 'error.forbidden');
export const staleVersion = (current: number) =>
  new AppError('CONFLICT', 'error.staleVersion', { details: { currentVersion: current } });
export const invalid = (key: MessageKey, path: string, params?: MessageParams) =>
  new AppError('VALIDATION_FAILED', 'error.validation', { details: [{ path, messageKey: key, params }] });

/** A uniqueness conflict on one field (a taken username, code or plate): 409 with the field named. */
export const conflictOn = (key: MessageKey, path: string) =>
  new AppError('CONFLICT', key, { details: [{ path, messageKey: key }] });
