// Password composition (等保2.0 三级 identity authentication; DESIGN §1, F7): at least 12 characters from at
// least three of the four classes. F7 adds the common-password list, history and rotation.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooFewClasses' | 'containsUsername';

export function countCharacterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
}

export function findPasswordProblem(password: string, username?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (countCharacterClasses(password) < 3) return 'tooFewClasses';
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return 'containsUsername';
  return null;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  tooShort: `密码至少${PASSWORD_MIN_LENGTH}位`,
  tooLong: `密码不能超过${PASSWORD_MAX_LENGTH}位`,
  tooFewClasses: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
  containsUsername: '密码不能包含用户名',
};
