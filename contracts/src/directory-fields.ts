import { z } from 'zod';
import { ruleIssue as custom } from './common.js';
import {
  ID_DOCUMENT_TYPES,
  documentNumberProblem,
  isMainlandMobile,
  isPhoneNumber,
  isPlate,
  normalizeDocumentNumber,
  normalizeMobile,
  normalizePhone,
  normalizePlate,
} from './validators/index.js';

// Field schemas with the rules a desk relies on. A failed rule carries `params.key`, a message key
// that the server (and the web app) translate; see docs/decisions/0007-errors-and-validation.md.

export const mobileSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (!isMainlandMobile(v)) ctx.addIssue(custom('validation.mobile'));
  })
  .transform(normalizeMobile);

export const phoneSchema = z
  .string()
  .trim()
  .max(30)
  .superRefine((v, ctx) => {
    if (!isPhoneNumber(v)) ctx.addIssue(custom('validation.phone'));
  })
  .transform((v) => (isMainlandMobile(v) ? normalizeMobile(v) : normalizePhone(v)));

export const plateSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (!isPlate(v)) ctx.addIssue(custom('validation.plate'));
  })
  .transform(normalizePlate);

export const idDocumentTypeSchema = z.enum(ID_DOCUMENT_TYPES);

/** An identity document: type and number checked together (the resident ID's check digit and birth date). */
export const idDocumentSchema = z
  .object({ idType: idDocumentTypeSchema, idNumber: z.string().trim().min(1).max(30) })
  .superRefine((v, ctx) => {
    const problem = documentNumberProblem(v.idType, v.idNumber);
    if (problem) ctx.addIssue({ ...custom(`validation.idNumber.${problem}`), path: ['idNumber'] });
  })
  .transform((v) => ({ idType: v.idType, idNumber: normalizeDocumentNumber(v.idNumber) }));

/** Calendar dates as YYYY-MM-DD (leases, residence from/until): dates, not instants. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .superRefine((v, ctx) => {
    const d = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
      ctx.addIssue(custom('validation.date'));
  });

/** Money in fen (分): integers, so no rounding errors; the UI shows yuan. */
export const fenSchema = z.number().int().min(0).max(1_000_000_000_00);

/** Free text as the desk types it: trimmed, bounded. */
export const trimmedText = (max: number) => z.string().trim().max(max);

/** Every update of a versioned record carries the version it was read at (409 when stale). */
export const versioned = { version: z.number().int().min(1) };
