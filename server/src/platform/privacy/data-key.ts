import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The 32-byte master key for personal data at rest: QIANTAI_DATA_KEY (base64) when set — required
 * when several app processes share one PostgreSQL database — else DATA_DIR/keys/data.key, created on
 * first start readable by the owner only. Losing it makes encrypted ID numbers unreadable: back it up
 * apart from the database.
 */
export function loadDataKey(opts: { dataKeyBase64: string | null; dataDir: string }): Buffer {
  if (opts.dataKeyBase64) {
    const key = Buffer.from(opts.dataKeyBase64, 'base64');
    if (key.length !== 32) throw new Error('QIANTAI_DATA_KEY must be 32 bytes, base64-encoded');
    return key;
  }
  const file = join(opts.dataDir, 'keys', 'data.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}
