// F7 item 6: personal data sealed at rest (个人信息保护法 第51条 加密等安全技术措施; 等保2.0 三级 8.1.4.8 数据保密性).
// One column value in, one text value out: 'v1:' + base64url(iv(12) | tag(16) | ciphertext), AES-256-GCM with a
// random IV, so the same phone sealed twice gives two different values and a changed byte fails authentication.
//
// Key rotation: the prefix names the key version. To add v2, read a second key (e.g. SHIFAN_DATA_KEY_V2) into
// SecuritySettings, give sealField the v2 key and prefix, let openField pick the key by the prefix it finds, and
// extend the start-up step (src/server/startup/seal-personal-data.ts) to re-seal every 'v1:' value with v2. Once no
// 'v1:' value is left, the v1 key can be retired.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION_PREFIX = 'v1:';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED_PATTERN = /^v1:[A-Za-z0-9_-]+$/;

/** A sealed value that does not open: wrong key, tampered or truncated text. Never carries the value itself. */
export class FieldCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

function requireKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new FieldCipherError(`个人信息加密密钥应为${KEY_BYTES}字节，实际为${key.length}字节`);
}

/** True when the value has the sealed shape (it may still fail to open with the wrong key). */
export function isSealed(value: string): boolean {
  return SEALED_PATTERN.test(value);
}

/**
 * associatedData binds the value to where it belongs (e.g. `totp:<userId>`): a sealed value copied to another row
 * does not open there. It is authenticated, not stored; open with the same text.
 */
export function sealField(key: Buffer, plaintext: string, associatedData?: string): string {
  requireKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  if (associatedData !== undefined) cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return VERSION_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

export function openField(key: Buffer, sealed: string, associatedData?: string): string {
  requireKey(key);
  if (!isSealed(sealed)) throw new FieldCipherError('个人信息密文格式不正确（缺少版本前缀 v1:）');
  const bytes = Buffer.from(sealed.slice(VERSION_PREFIX.length), 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new FieldCipherError('个人信息密文长度不正确，可能已被截断');
  const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  if (associatedData !== undefined) decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new FieldCipherError('个人信息密文无法解密：密钥不符（检查 SHIFAN_DATA_KEY）、密文已被篡改或不属于此处');
  }
}

export { sealField as seal, openField as open };
