import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for personal data at rest, plus a keyed hash (HMAC-SHA256) for exact matching
 * ("is this ID number already on file?") without decrypting. Both keys are derived from the master
 * key with HKDF, so one secret serves and neither key can be derived from the other.
 * Ciphertext format: v1.<iv>.<tag>.<data>, base64url parts; `v1` leaves room for key rotation.
 */
export class PersonalDataCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(masterKey: Buffer) {
    this.encKey = Buffer.from(
      hkdfSync('sha256', masterKey, Buffer.alloc(0), 'qiantai personal data enc v1', 32),
    );
    this.macKey = Buffer.from(
      hkdfSync('sha256', masterKey, Buffer.alloc(0), 'qiantai personal data mac v1', 32),
    );
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), data]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('unknown ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  hash(plain: string): string {
    return createHmac('sha256', this.macKey).update(plain).digest('base64url');
  }
}
