// F7 item 6: a contact person's or objector's phone is stored sealed (field-cipher.ts), shown whole only to whoever
// is entitled to it, masked (138****5678) everywhere else. 个人信息保护法 第51条; 等保2.0 三级 8.1.4.11 个人信息保护.
import { maskPhone } from '../../domain/shared/mask';
import { isSealed, openField, sealField } from './field-cipher';

export function sealPhone(key: Buffer, phone: string): string {
  return sealField(key, phone);
}

/**
 * The phone as entered. A value from before sealing (a database the start-up step has not run on yet) has no
 * 'v1:' prefix and is returned as it is; seal-personal-data.ts seals it at the next start.
 */
export function revealPhone(key: Buffer, stored: string): string {
  return isSealed(stored) ? openField(key, stored) : stored;
}

export function maskedPhone(key: Buffer, stored: string): string {
  return maskPhone(revealPhone(key, stored));
}
