import type { CreateUserBody, Role, UpdateUserBody, User, UserListQuery } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { auditCreate, auditUpdate } from '../../platform/audit/audited-writes.js';
import { generateOneTimePassword, hashPassword, passwordWeakness } from '../../platform/auth/passwords.js';
import { inTransaction, requireActor, type ServiceContext } from '../../platform/context.js';
import { conflictOn, invalid, notFound, staleVersion } from '../../platform/errors.js';
import { endAllSessions } from '../../platform/auth/end-sessions.js';
import { departmentWithin } from '../properties/index.js';
import * as repo from './users.repository.js';

export function toUser(row: repo.UserRow, roles: Role[], propertyIds: string[]): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    locale: row.locale,
    disabled: row.disabled === 1,
    mustChangePassword: row.must_change_password === 1,
    departmentId: row.department_id,
    roles,
    propertyIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastLoginAt: row.last_login_at,
    version: row.version,
  };
}

/** The user with roles and properties, or null: for sign-in and session checks (no scope applies). */
export async function loadAccount(ctx: ServiceContext, userId: string) {
  const row = await repo.findUserById(ctx.db, userId);
  if (!row) return null;
  const [roles, propertyIds] = await Promise.all([
    repo.rolesOf(ctx.db, userId),
    repo.propertyIdsOf(ctx.db, userId),
  ]);
  return { row, roles, propertyIds };
}

export const countUsers = (ctx: ServiceContext) => repo.countUsers(ctx.db);

export const findAccountByUsername = (ctx: ServiceContext, username: string) =>
  repo.findUserByUsername(ctx.db, username);

export async function markLoggedIn(ctx: ServiceContext, userId: string) {
  await repo.setUserFields(ctx.db, userId, { last_login_at: ctx.now() });
}

export async function setLocale(ctx: ServiceContext, userId: string, locale: 'zh-CN' | 'en') {
  await repo.setUserFields(ctx.db, userId, { locale });
}

/**
 * Sets a new password hash, ends every session of the user, and records who did it. `field` names
 * the input a weak password is reported on, so the form can show the reason next to it.
 */
export async function setPassword(
  ctx: ServiceContext,
  userId: string,
  password: string,
  mustChange: boolean,
  field = 'password',
) {
  const row = await repo.findUserById(ctx.db, userId);
  if (!row) throw notFound();
  const weakness = passwordWeakness(password, row.username);
  if (weakness) throw invalid(weakness, field);
  const now = ctx.now();
  await repo.updateUserRow(ctx.db, userId, row.version, {
    password_hash: await hashPassword(password),
    must_change_password: mustChange ? 1 : 0,
    password_changed_at: now,
    updated_at: now,
  });
  await endAllSessions(ctx, userId);
}

/** A user the caller may manage: shares at least one property with the caller. Otherwise 404. */
async function loadManaged(ctx: ServiceContext, id: string) {
  const account = await loadAccount(ctx, id);
  const scope = requireActor(ctx).propertyIds;
  if (!account || !account.propertyIds.some((p) => scope.includes(p))) throw notFound();
  return account;
}

async function checkAssignments(
  ctx: ServiceContext,
  propertyIds: readonly string[],
  departmentId: string | null | undefined,
) {
  const scope = requireActor(ctx).propertyIds;
  const bad = propertyIds.findIndex((p) => !scope.includes(p));
  if (bad >= 0) throw invalid('user.unknownProperty', `propertyIds.${bad}`);
  if (departmentId && !(await departmentWithin(ctx, departmentId, propertyIds))) {
    throw invalid('user.unknownDepartment', 'departmentId');
  }
}

export async function listUsers(ctx: ServiceContext, q: UserListQuery) {
  const scope = requireActor(ctx).propertyIds;
  if (q.propertyId && !scope.includes(q.propertyId))
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await repo.listUsers(ctx.db, { ...q, scopePropertyIds: scope }, q.page, q.pageSize);
  const { roles, properties } = await repo.rolesAndPropertiesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) =>
    toUser(
      r,
      roles.get(r.id) ?? [],
      (properties.get(r.id) ?? []).filter((p) => scope.includes(p)),
    ),
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getUser(ctx: ServiceContext, id: string): Promise<User> {
  const a = await loadManaged(ctx, id);
  const scope = requireActor(ctx).propertyIds;
  return toUser(
    a.row,
    a.roles,
    a.propertyIds.filter((p) => scope.includes(p)),
  );
}

export interface CreateUserOptions {
  /** The demo seed sets its published password, which the common-password rule would refuse. */
  skipPasswordRules?: boolean;
  mustChangePassword?: boolean;
}

export async function createUser(ctx: ServiceContext, body: CreateUserBody, opts: CreateUserOptions = {}) {
  return inTransaction(ctx, async (tx) => {
    await checkAssignments(tx, body.propertyIds, body.departmentId);
    if (await repo.findUserByUsername(tx.db, body.username))
      throw conflictOn('user.usernameTaken', 'username');
    const oneTimePassword = body.password ? null : generateOneTimePassword();
    const password = body.password ?? oneTimePassword!;
    const weakness = opts.skipPasswordRules ? null : passwordWeakness(password, body.username);
    if (weakness) throw invalid(weakness, 'password');
    const now = tx.now();
    const row: repo.UserRow = {
      id: newId(now),
      username: body.username,
      display_name: body.displayName,
      password_hash: await hashPassword(password),
      must_change_password: opts.mustChangePassword === false ? 0 : 1,
      disabled: 0,
      locale: body.locale,
      department_id: body.departmentId,
      last_login_at: null,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
      version: 1,
      email: null,
      mobile: null,
    };
    const roles = [...new Set(body.roles)].sort();
    const propertyIds = [...new Set(body.propertyIds)].sort();
    await repo.insertUser(tx.db, row, roles, propertyIds);
    const user = toUser(row, roles, propertyIds);
    await auditCreate(tx, { action: 'user.create', entityType: 'user', entity: user, view: auditView });
    return { user, oneTimePassword };
  });
}

/** The fields of a user that the audit log records (never the password hash). */
function auditView(u: User) {
  return {
    username: u.username,
    displayName: u.displayName,
    locale: u.locale,
    disabled: u.disabled,
    departmentId: u.departmentId,
    roles: u.roles,
    propertyIds: u.propertyIds,
  };
}

export async function updateUser(ctx: ServiceContext, id: string, body: UpdateUserBody): Promise<User> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx);
    const before = await loadManaged(tx, id);
    if (before.row.version !== body.version) throw staleVersion(before.row.version);
    if (id === actor.userId && body.disabled) throw invalid('user.cannotDisableSelf', 'disabled');
    if (
      id === actor.userId &&
      body.roles &&
      !body.roles.includes('admin') &&
      before.roles.includes('admin')
    ) {
      throw invalid('user.cannotDropOwnAdmin', 'roles');
    }
    // Properties outside the caller's scope stay as they are: an admin of one property cannot see or drop them.
    const hidden = before.propertyIds.filter((p) => !actor.propertyIds.includes(p));
    const propertyIds = body.propertyIds
      ? [...new Set([...body.propertyIds, ...hidden])].sort()
      : before.propertyIds;
    const departmentId = body.departmentId === undefined ? before.row.department_id : body.departmentId;
    if (body.propertyIds || body.departmentId !== undefined) {
      await checkAssignments(
        tx,
        body.propertyIds ?? before.propertyIds.filter((p) => !hidden.includes(p)),
        null,
      );
      // A newly chosen department must be in a property both the user and the caller have; an
      // unchanged one may sit in a property the caller cannot see.
      const chosen = body.departmentId !== undefined && body.departmentId !== before.row.department_id;
      const allowed = chosen ? propertyIds.filter((p) => !hidden.includes(p)) : propertyIds;
      if (departmentId && !(await departmentWithin(tx, departmentId, allowed))) {
        throw invalid('user.unknownDepartment', 'departmentId');
      }
    }
    const now = tx.now();
    const patch: Partial<repo.UserRow> = {
      display_name: body.displayName ?? before.row.display_name,
      locale: body.locale ?? before.row.locale,
      department_id: departmentId,
      disabled: body.disabled === undefined ? before.row.disabled : body.disabled ? 1 : 0,
      updated_at: now,
    };
    if (!(await repo.updateUserRow(tx.db, id, body.version, patch))) throw staleVersion(before.row.version);
    const roles = body.roles ? [...new Set(body.roles)].sort() : before.roles;
    if (body.roles) await repo.replaceRoles(tx.db, id, roles);
    if (body.propertyIds) await repo.replaceProperties(tx.db, id, propertyIds);
    const after = toUser({ ...before.row, ...patch, version: body.version + 1 }, roles, propertyIds);
    const prev = toUser(before.row, before.roles, before.propertyIds);
    // Roles and properties are re-read on every request, so only disabling needs to end sessions.
    if (after.disabled && !prev.disabled) await endAllSessions(tx, id);
    await auditUpdate(tx, {
      action: body.disabled === true && !prev.disabled ? 'user.disable' : 'user.update',
      entityType: 'user',
      before: prev,
      after,
      view: auditView,
    });
    return { ...after, propertyIds: after.propertyIds.filter((p) => actor.propertyIds.includes(p)) };
  });
}

export async function resetPassword(ctx: ServiceContext, id: string) {
  return inTransaction(ctx, async (tx) => {
    await loadManaged(tx, id);
    const oneTimePassword = generateOneTimePassword();
    await setPassword(tx, id, oneTimePassword, true);
    await writeAudit(tx, { action: 'user.password.reset', entityType: 'user', entityId: id });
    return { user: await getUser(tx, id), oneTimePassword };
  });
}
