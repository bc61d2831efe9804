// F7 items 3 and 6: the TOTP secret is sealed at rest with the field cipher under the data key (SHIFAN_DATA_KEY), so a
// copy of the users table does not give away anyone's second factor (等保2.0 三级 8.1.4.8 数据保密性). The user id
// is the associated data: a sealed secret copied onto another user's row does not open.
import { FieldCipherError, openField, sealField } from './field-cipher';

const boundTo = (userId: string) => `totp:${userId}`;

export function sealTotpSecret(dataKey: Buffer, userId: string, secret: Uint8Array): string {
  return sealField(dataKey, Buffer.from(secret).toString('base64'), boundTo(userId));
}

/** The secret, or null when the text was not sealed by this key for this user (tampered, other key, other row). */
export function openTotpSecret(dataKey: Buffer, userId: string, sealed: string): Uint8Array | null {
  try {
    return new Uint8Array(Buffer.from(openField(dataKey, sealed, boundTo(userId)), 'base64'));
  } catch (error) {
    if (error instanceof FieldCipherError) return null;
    throw error;
  }
}
