import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';
import { COMMON_PASSWORDS } from './common-passwords.js';
import type { MessageKey } from '../i18n/messages.js';

const scrypt = promisify(scryptCb) as (
  pw: string,
  salt: Buffer,
  len: number,
  opts: ScryptOptions,
) => Promise<Buffer>;

// N=2^15, r=8: ~32 MiB and ~50 ms per hash on this class of machine (OWASP's scrypt floor is N=2^17
// with r=8 p=1, or equivalent cost trade-offs; see docs/decisions/0003-sessions-and-passwords.md).
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LEN = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, KEY_LEN, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltB64, keyB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, 'base64url');
  const actual = await scrypt(
    password.normalize('NFKC'),
    Buffer.from(saltB64, 'base64url'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: PARAMS.maxmem,
    },
  );
  return timingSafeEqual(actual, expected);
}

/** A hash to compare against when the username is unknown, so timing does not reveal which usernames exist. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}

/** Rules beyond length (which the contract checks): not a common password, not the username. */
export function passwordWeakness(password: string, username: string): MessageKey | null {
  const lower = password.toLowerCase();
  if (lower === username.toLowerCase()) return 'password.sameAsUsername';
  if (COMMON_PASSWORDS.has(lower)) return 'password.tooCommon';
  if (/^(.)\1+$/.test(password)) return 'password.tooCommon';
  return null;
}

/** A one-time password a person can read out over the phone: no 0/O or 1/l/I look-alikes. */
export function generateOneTimePassword(length = 12): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}
