import { z } from 'zod';
import { localeSchema } from './common.js';
import { PERMISSIONS, ROLES } from './permissions.js';
import { defineCodes } from './define-codes.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// Stored lower-case: sign-in lower-cases what is typed, so 'LiWei' must be kept as 'liwei'.
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(32)
  .regex(/^[a-z0-9][a-z0-9._-]*$/i);
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});

export const propertySummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(['residential', 'commercial', 'mixed']),
  timezone: z.string(),
});
export type PropertySummary = z.infer<typeof propertySummarySchema>;

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    locale: localeSchema,
    mustChangePassword: z.boolean(),
    departmentId: z.string().nullable(),
  }),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.enum(PERMISSIONS)),
  properties: z.array(propertySummarySchema),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const updateMyPreferencesSchema = z.strictObject({ locale: localeSchema });

export const createPropertyBodySchema = z.strictObject({
  code: z
    .string()
    .trim()
    .min(2)
    .max(20)
    .regex(/^[A-Z0-9-]+$/),
  name: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(80),
  kind: z.enum(['residential', 'commercial', 'mixed']),
  timezone: z.string().min(1).max(64).default('Asia/Shanghai'),
});
export type CreatePropertyBody = z.infer<typeof createPropertyBodySchema>;

/** What sign-in, sign-out and the request hook's refusals write to the audit log. */
export const authCodes = defineCodes({
  auditActions: [
    'auth.permission.denied',
    'auth.login.success',
    'auth.login.failure',
    'auth.logout',
    'auth.password.failure',
    'user.password.change',
  ],
});

export const propertiesCodes = defineCodes({ auditActions: ['property.create'] });
