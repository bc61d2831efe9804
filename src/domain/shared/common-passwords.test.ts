import { describe, expect, it } from 'vitest';
import { findNewPasswordProblem, isCommonPassword } from './common-passwords';

describe('common passwords (ASVS 4.0 V2.1.7; 等保2.0 三级 8.1.4.1 a)', () => {
  it.each([
    ['Aa123456789!', 'listed as it is (common in China)'],
    ['P@ssw0rd1234', 'p@ssw0rd with digits stuck on'],
    ['Woaini1314!!', 'woaini1314 / woaini'],
    ['Qwer1234!@#$', 'a keyboard walk'],
    ['1qaz@WSX3edc', 'a keyboard walk, mixed case'],
    ['Password2026!', 'password with a year and a symbol'],
    ['2026#Password!', 'password with digits in front'],
    ['ADMIN@2024', 'admin@<year>, upper case'],
    ['Shifan#123456', 'the name of this system'],
    ['Abcdefgh123!', 'abcdefgh with digits and a symbol'],
    ['Iloveyou1314@', 'iloveyou'],
  ])('%s is common (%s)', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each([
    ['Test#Password2026', 'a phrase, not a word'],
    ['Xy#20240601!!', 'a two-letter core is not compared'],
    ['Brand#New2026pw', 'letters at both ends'],
    ['Kq7#vLm2$Pz9', 'random'],
  ])('%s is not common (%s)', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });

  it('checks composition and the account first, then the list', () => {
    expect(findNewPasswordProblem('short', {})).toBe('tooShort');
    expect(findNewPasswordProblem('Zhangsan#2026x', { username: 'zhangsan' })).toBe('containsUsername');
    expect(findNewPasswordProblem('P@ssw0rd1234', { username: 'zhangsan' })).toBe('common');
    expect(findNewPasswordProblem('Kq7#vLm2$Pz9', { username: 'zhangsan' })).toBeNull();
  });
});
