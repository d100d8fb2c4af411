import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
/**
 * HKDF-SHA256 turns APP_SECRET (at least 32 characters of randomness, see config/app-secret.ts) into
 * the AES key. HKDF rather than scrypt: the input is already a random key, not a password a person
 * chose, so nothing is gained by a slow derivation and every start would pay for it. The fixed salt
 * and the info strings keep these keys apart from any other use of the same secret.
 */
const SALT = 'bussanten/app-secret';
const KEY_INFO = 'bussanten/secret-box/v1/aes-256-gcm';
const KID_INFO = 'bussanten/secret-box/v1/key-id';

export class SecretBoxError extends Error {}

interface Key {
  id: string;
  bytes: Buffer;
}

function derive(secret: string): Key {
  const ikm = Buffer.from(secret, 'utf8');
  return {
    bytes: Buffer.from(hkdfSync('sha256', ikm, SALT, KEY_INFO, 32)),
    // Names the key in each sealed value (so rotation knows what to re-encrypt) without revealing it.
    id: Buffer.from(hkdfSync('sha256', ikm, SALT, KID_INFO, 6)).toString('base64url'),
  };
}

/**
 * Encrypts small secrets (the webhooks' signing secrets) for storage: AES-256-GCM with a fresh random
 * 12-byte IV per value, and the row the value belongs to as additional data, so a value copied into
 * another row does not open. Stored as `v1:<key id>:<iv>:<tag>:<ciphertext>` (base64url parts).
 *
 * Opens values sealed under the current key or any previous one (APP_SECRET_PREVIOUS while rotating);
 * seals only under the current one.
 */
export class SecretBox {
  private readonly current: Key;
  private readonly keys = new Map<string, Buffer>();

  constructor(secret: string, previous: readonly string[] = []) {
    this.current = derive(secret);
    for (const key of [this.current, ...previous.map(derive)]) if (!this.keys.has(key.id)) this.keys.set(key.id, key.bytes);
  }

  /** The id of the key new values are sealed with. */
  get keyId(): string {
    return this.current.id;
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.bytes, iv, { authTagLength: 16 });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const b64 = (b: Buffer) => b.toString('base64url');
    return [VERSION, this.current.id, b64(iv), b64(cipher.getAuthTag()), b64(ciphertext)].join(':');
  }

  /** The plain text, or SecretBoxError when the value is malformed, sealed under an unknown key, altered, or of another row. */
  open(sealed: string, context: string): string {
    const parts = sealed.split(':');
    if (parts.length !== 5 || parts[0] !== VERSION) throw new SecretBoxError('not a sealed value');
    const [, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
    const key = this.keys.get(keyId);
    if (!key) throw new SecretBoxError(`sealed under key ${keyId}, which is neither APP_SECRET nor APP_SECRET_PREVIOUS`);
    try {
      // authTagLength: a truncated tag is refused, not checked on fewer bytes.
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError('the sealed value does not open (altered, or of another row)');
    }
  }

  /** The key id a sealed value names, or null when it is not a sealed value. */
  static keyIdOf(sealed: string): string | null {
    const parts = sealed.split(':');
    return parts.length === 5 && parts[0] === VERSION ? (parts[1] ?? null) : null;
  }
}
