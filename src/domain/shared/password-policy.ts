// Password composition (F7 item 3; 等保2.0 三级 8.1.4.1 身份鉴别 a: 口令具有复杂度要求; DESIGN §1): at least 12
// characters from at least three of the four classes, and nothing guessable from the account itself (OWASP ASVS 4.0
// V2.1.1, V2.1.9 is deliberately not followed: 等保 asks for composition rules; docs/security/passwords-and-sessions.md).
// Light enough for the browser: the common-password list lives in common-passwords.ts, for the server only.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
// 等保2.0 三级 8.1.4.1 a (口令定期更换), F7 item 3: every 90 days; none of the last 5 passwords again.
export const PASSWORD_MAX_AGE_DAYS = 90;
export const PASSWORD_HISTORY_DEPTH = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a session may do nothing but change the password: a first/reset password, or one 90 days old or more. */
export type PasswordChangeReason = 'initial' | 'expired';

export function isPasswordExpired(passwordChangedAt: Date, now: Date): boolean {
  return now.getTime() - passwordChangedAt.getTime() >= PASSWORD_MAX_AGE_DAYS * DAY_MS;
}

/** `isExpiryEnforced`: always in production; demo mode moves its clock years ahead, so it may leave expiry off. */
export function passwordChangeReasonOf(
  user: { mustChangePassword: boolean; passwordChangedAt: Date },
  now: Date,
  isExpiryEnforced: boolean,
): PasswordChangeReason | null {
  if (user.mustChangePassword) return 'initial';
  return isExpiryEnforced && isPasswordExpired(user.passwordChangedAt, now) ? 'expired' : null;
}

export type PasswordProblem =
  | 'tooShort'
  | 'tooLong'
  | 'tooFewClasses'
  | 'containsUsername'
  | 'containsOrganisationName'
  | 'containsCreditCode'
  | 'common'
  | 'reused';

/** What the password must not contain: the user name, and for an applicant its organisation's name and credit code. */
export interface PasswordContext {
  username?: string | null;
  organisationName?: string | null;
  creditCode?: string | null;
}

export function countCharacterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
}

// "广东省深圳市某某科技有限公司" is known to everyone as "某某科技": the province, city and legal-form words are dropped.
const GUANGDONG_CITIES = '广州|深圳|珠海|汕头|佛山|韶关|河源|梅州|惠州|汕尾|东莞|中山|江门|阳江|湛江|茂名|肇庆|清远|潮州|揭阳|云浮';
const NAME_PREFIX = new RegExp(`^(?:广东省|广东)?(?:(?:${GUANGDONG_CITIES})市?|[\u4e00-\u9fa5]{1,4}?市)?`);
const NAME_SUFFIX = /(?:股份有限公司|有限责任公司|有限公司|集团|公司|（[^）]*）|\([^)]*\))+$/;

/** The organisation name and its core, each at least 2 characters, lower-cased. */
export function organisationNameParts(name: string): string[] {
  const full = name.trim().toLowerCase();
  const core = full.replace(NAME_SUFFIX, '').replace(NAME_PREFIX, '');
  return [...new Set([full, core])].filter((part) => part.length >= 2);
}

/** The 18-character unified social credit code and its 9-character organisation code (characters 9–17, GB 32100-2015). */
export function creditCodeParts(creditCode: string): string[] {
  const code = creditCode.trim().toLowerCase();
  return code.length === 18 ? [code, code.slice(8, 17)] : code.length >= 6 ? [code] : [];
}

export function findPasswordProblem(password: string, context: string | PasswordContext = {}): PasswordProblem | null {
  const { username, organisationName, creditCode } = typeof context === 'string' ? { username: context } : context;
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (countCharacterClasses(password) < 3) return 'tooFewClasses';
  const lower = password.toLowerCase();
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return 'containsUsername';
  if (organisationName && organisationNameParts(organisationName).some((part) => lower.includes(part))) return 'containsOrganisationName';
  if (creditCode && creditCodeParts(creditCode).some((part) => lower.includes(part))) return 'containsCreditCode';
  return null;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  tooShort: `密码至少${PASSWORD_MIN_LENGTH}位`,
  tooLong: `密码不能超过${PASSWORD_MAX_LENGTH}位`,
  tooFewClasses: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
  containsUsername: '密码不能包含用户名',
  containsOrganisationName: '密码不能包含单位名称',
  containsCreditCode: '密码不能包含统一社会信用代码',
  common: '该密码过于常见，容易被猜中，请换一个',
  reused: `新密码不能与最近${PASSWORD_HISTORY_DEPTH}次使用过的密码相同`,
};
