import { z } from 'zod';
import { localeSchema, pageOf, pageQuerySchema } from './common.js';
import { ROLES } from './permissions.js';
import { passwordSchema, usernameSchema } from './auth.js';
import { defineCodes } from './define-codes.js';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  locale: localeSchema,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  departmentId: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  propertyIds: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
  lastLoginAt: z.number().nullable(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;
export const userPageSchema = pageOf(userSchema);

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  role: z.enum(ROLES).optional(),
  propertyId: z.string().max(64).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

const rolesField = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
const propertyIdsField = z.array(z.string().min(1).max(64)).min(1).max(100);

export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(50),
  password: passwordSchema.optional(),
  locale: localeSchema.default('zh-CN'),
  departmentId: z.string().max(64).nullable().default(null),
  roles: rolesField,
  propertyIds: propertyIdsField,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.strictObject({
  version: z.number().int().min(1),
  displayName: z.string().trim().min(1).max(50).optional(),
  locale: localeSchema.optional(),
  departmentId: z.string().max(64).nullable().optional(),
  roles: rolesField.optional(),
  propertyIds: propertyIdsField.optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

/** Creating a user or resetting a password without giving one returns a one-time password. */
export const userWithPasswordSchema = z.object({
  user: userSchema,
  oneTimePassword: z.string().nullable(),
});

export const departmentSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
});
export type Department = z.infer<typeof departmentSchema>;

export const usersCodes = defineCodes({
  auditActions: ['user.create', 'user.update', 'user.disable', 'user.password.reset', 'user.contact.update'],
});
