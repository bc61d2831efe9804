// F7 item 3: a password being set must not be one of the most common ones (OWASP ASVS 4.0 V2.1.7; 等保2.0 三级
// 8.1.4.1 身份鉴别 a). "Password2026!" is "password" with digits and a symbol stuck on, so the check also runs on the
// password with its leading and trailing digits and symbols taken off. Server-side only: the list is ~80 KB.
import { COMMON_PASSWORDS_TEXT } from './common-passwords-list';
import { findPasswordProblem, type PasswordContext, type PasswordProblem } from './password-policy';

const COMMON = new Set(COMMON_PASSWORDS_TEXT.split(/\s+/).filter((entry) => entry.length > 0));
// A core shorter than this says nothing: "Xy#20240601!!" has the core "xy".
const MIN_CORE_LENGTH = 3;

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const withoutTail = lower.replace(/[^a-z]+$/, '');
  const core = withoutTail.replace(/^[^a-z]+/, '');
  if (COMMON.has(lower)) return true;
  return [withoutTail, core].some((part) => part.length >= MIN_CORE_LENGTH && COMMON.has(part));
}

/** Every rule for a password being set: composition, the account's own words, then the common-password list. */
export function findNewPasswordProblem(password: string, context: PasswordContext): PasswordProblem | null {
  return findPasswordProblem(password, context) ?? (isCommonPassword(password) ? 'common' : null);
}
