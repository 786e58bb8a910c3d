import type { Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';

export async function findSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'csrf_token', 'created_at', 'last_seen_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findSessionById(db: Db, id: string) {
  return db.selectFrom('sessions').select(['id', 'csrf_token']).where('id', '=', id).executeTakeFirst();
}

export async function insertSession(
  db: Db,
  s: {
    tokenHash: string;
    csrfToken: string;
    userId: string;
    now: number;
    expiresAt: number;
    ip: string | null;
    userAgent: string | null;
  },
) {
  const id = newId(s.now);
  await db
    .insertInto('sessions')
    .values({
      id,
      token_hash: s.tokenHash,
      csrf_token: s.csrfToken,
      user_id: s.userId,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return id;
}

export async function touchSession(db: Db, sessionId: string, now: number) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteExpiredSessions(db: Db, now: number, idleMs: number) {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleMs)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
