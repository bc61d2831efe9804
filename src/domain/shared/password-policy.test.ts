import { describe, expect, it } from 'vitest';
import { countCharacterClasses, findPasswordProblem } from './password-policy';

describe('password composition', () => {
  it.each([
    ['Abcdefgh12!', 'tooShort', '11 characters, 4 classes'],
    ['Abcdefgh123!', null, 'exactly 12 characters, 4 classes'],
    ['abcdefgh1234', 'tooFewClasses', '2 classes'],
    ['abcdefgh123!', null, '3 classes: lower, digit, symbol'],
    ['ABCDEFGHabcd', 'tooFewClasses', 'upper and lower only'],
    ['A'.repeat(60) + 'a'.repeat(60) + '1'.repeat(8), null, 'exactly 128 characters'],
    ['A'.repeat(60) + 'a'.repeat(60) + '1'.repeat(9), 'tooLong', '129 characters'],
  ] as const)('%s → %s (%s)', (password, problem, _note) => {
    expect(findPasswordProblem(password)).toBe(problem);
  });

  it('refuses a password that contains the user name, whatever the case', () => {
    expect(findPasswordProblem('Zhangsan#2026x', 'zhangsan')).toBe('containsUsername');
    expect(findPasswordProblem('Unrelated#2026x', 'zhangsan')).toBeNull();
  });

  it('counts the four character classes', () => {
    expect(countCharacterClasses('aA1!')).toBe(4);
    expect(countCharacterClasses('中文密码')).toBe(1);
  });
});
