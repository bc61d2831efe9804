// F7 items 3 and 6: the two security settings every use case may need, read once at boot (config.ts) and passed
// in Deps. Production must bring its own data key and always asks back-office users for a TOTP code.
import { createHash } from 'node:crypto';

export interface SecuritySettings {
  /** 32-byte AES-256-GCM key that seals personal data at rest (contact phones, TOTP secrets): SHIFAN_DATA_KEY. */
  dataKey: Buffer;
  /** TOTP second factor for every back-office role: always in production; demo mode and tests may skip it. */
  isSecondFactorRequired: boolean;
  /**
   * Passwords expire after 90 days (等保2.0 三级 8.1.4.1 a): always in production. Demo mode moves its clock years
   * ahead to walk the programme, which would expire every demo account, so it leaves expiry off unless asked.
   */
  isPasswordExpiryEnforced: boolean;
}

/** Demo mode and tests only (config.ts refuses to start production without SHIFAN_DATA_KEY). */
export const DEMO_DATA_KEY: Buffer = createHash('sha256').update('shifan-demo-data-key-not-for-production').digest();

export const DEMO_SECURITY: SecuritySettings = { dataKey: DEMO_DATA_KEY, isSecondFactorRequired: false, isPasswordExpiryEnforced: false };

/** SHIFAN_DATA_KEY: 32 bytes, written as 64 hex digits or as base64. Null when it is neither. */
export function parseDataKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(trimmed)) {
    const key = Buffer.from(trimmed, 'base64');
    return key.length === 32 ? key : null;
  }
  return null;
}
