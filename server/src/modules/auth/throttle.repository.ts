import type { Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';

// What the throttles count (throttle.ts, password-check.ts): sign-in attempts by typed name and
// address, the addresses each user has signed in from, and current passwords typed for a change.

export async function recordLoginAttempt(
  db: Db,
  a: { username: string; ip: string; at: number; success: boolean },
) {
  await db
    .insertInto('login_attempts')
    .values({ id: newId(a.at), username: a.username, ip: a.ip, at: a.at, success: a.success ? 1 : 0 })
    .execute();
}

/**
 * Failures for this username since its last success, within the window, newest first; with `ip`,
 * only those from that address (what a known address has spent of its own tries).
 */
export async function recentFailuresForUser(db: Db, username: string, since: number, ip?: string) {
  const lastSuccess = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('username', '=', username)
    .where('success', '=', 1)
    .where('at', '>=', since)
    .executeTakeFirst();
  const from = Math.max(since, Number(lastSuccess?.at ?? 0) + 1);
  let query = db
    .selectFrom('login_attempts')
    .select('at')
    .where('username', '=', username)
    .where('success', '=', 0)
    .where('at', '>=', from);
  if (ip !== undefined) query = query.where('ip', '=', ip);
  return query.orderBy('at', 'desc').execute();
}

export async function recentFailuresForIp(db: Db, ip: string, since: number) {
  return db
    .selectFrom('login_attempts')
    .select('at')
    .where('ip', '=', ip)
    .where('success', '=', 0)
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .execute();
}

/** Notes (or refreshes) that the user signed in successfully from this address. */
export async function rememberAddress(db: Db, userId: string, ip: string, at: number) {
  await db
    .insertInto('known_sign_in_addresses')
    .values({ user_id: userId, ip, last_success_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'ip']).doUpdateSet({ last_success_at: at }))
    .execute();
}

/** Whether the account of this username signed in successfully from this address since `since`. */
export async function isKnownAddress(db: Db, username: string, ip: string, since: number) {
  const row = await db
    .selectFrom('known_sign_in_addresses as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .select('k.user_id')
    .where('u.username', '=', username)
    .where('k.ip', '=', ip)
    .where('k.last_success_at', '>=', since)
    .executeTakeFirst();
  return row !== undefined;
}

export async function recordPasswordCheck(
  db: Db,
  c: { userId: string; ip: string | null; at: number; success: boolean },
) {
  await db
    .insertInto('password_checks')
    .values({ id: newId(c.at), user_id: c.userId, ip: c.ip, at: c.at, success: c.success ? 1 : 0 })
    .execute();
}

/** Wrong current passwords of this user since their last right one, within the window, newest first. */
export async function recentPasswordCheckFailures(db: Db, userId: string, since: number) {
  const lastSuccess = await db
    .selectFrom('password_checks')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('user_id', '=', userId)
    .where('success', '=', 1)
    .where('at', '>=', since)
    .executeTakeFirst();
  const from = Math.max(since, Number(lastSuccess?.at ?? 0) + 1);
  return db
    .selectFrom('password_checks')
    .select('at')
    .where('user_id', '=', userId)
    .where('success', '=', 0)
    .where('at', '>=', from)
    .orderBy('at', 'desc')
    .execute();
}

/** Housekeeping: attempts past any window, and addresses not signed in from for `addressesBefore`. */
export async function deleteAttemptsBefore(db: Db, attemptsBefore: number, addressesBefore: number) {
  await db.deleteFrom('login_attempts').where('at', '<', attemptsBefore).execute();
  await db.deleteFrom('password_checks').where('at', '<', attemptsBefore).execute();
  await db.deleteFrom('known_sign_in_addresses').where('last_success_at', '<', addressesBefore).execute();
}
