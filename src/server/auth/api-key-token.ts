// Push API keys (F4 item 2(b)): `sfk_` + 32 base32 characters (160 random bits). The database keeps the SHA-256 and
// the first characters (the prefix, to find the key and to show which key is which); the key itself is shown once.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_MARK = 'sfk_';
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const RANDOM_CHARS = 32;
const PREFIX_LENGTH = API_KEY_MARK.length + 8;
const KEY_PATTERN = new RegExp(`^${API_KEY_MARK}[${ALPHABET}]{${RANDOM_CHARS}}$`);

export interface NewApiKey {
  key: string;
  keyPrefix: string;
  keySha256: string;
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function newApiKey(): NewApiKey {
  const key = API_KEY_MARK + base32(randomBytes((RANDOM_CHARS * 5) / 8));
  return { key, keyPrefix: key.slice(0, PREFIX_LENGTH), keySha256: hashApiKey(key) };
}

/** The prefix to look the key up by, or null for text that cannot be a key. */
export function apiKeyPrefixOf(key: string): string | null {
  return KEY_PATTERN.test(key) ? key.slice(0, PREFIX_LENGTH) : null;
}

/** Compares the presented key's hash with the stored one in constant time. */
export function isSameKeyHash(presented: string, storedSha256: string): boolean {
  const a = Buffer.from(hashApiKey(presented), 'hex');
  const b = Buffer.from(storedSha256, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `Authorization: Bearer <key>` → the key, or null. */
export function bearerTokenOf(header: string | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
