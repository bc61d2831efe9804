// F7 item 3 and 6: the TOTP secret is sealed at rest with AES-256-GCM under the data key (SHIFAN_DATA_KEY), so a
// copy of the users table does not give away anyone's second factor (等保2.0 三级 8.1.4.8 数据保密性). The user id
// is the additional data: a sealed secret copied onto another user's row does not open.
// Own small sealing because the shared field cipher (field-cipher.ts) did not exist when this was written.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealTotpSecret(dataKey: Buffer, userId: string, secret: Uint8Array): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  cipher.setAAD(Buffer.from(`totp:${userId}`));
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** The secret, or null when the text was not sealed by this key for this user (tampered, other key, other row). */
export function openTotpSecret(dataKey: Buffer, userId: string, sealed: string): Uint8Array | null {
  const [version, payload] = sealed.split(':');
  if (version !== VERSION || !payload) return null;
  const bytes = Buffer.from(payload, 'base64');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`totp:${userId}`));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]));
  } catch {
    return null;
  }
}
