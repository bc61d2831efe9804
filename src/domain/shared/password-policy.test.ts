import { describe, expect, it } from 'vitest';
import { countCharacterClasses, creditCodeParts, findPasswordProblem, organisationNameParts, passwordChangeReasonOf } from './password-policy';

describe('password composition (等保2.0 三级 8.1.4.1 a)', () => {
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
    expect(findPasswordProblem('Zhangsan#2026x', { username: 'ZHANGSAN' })).toBe('containsUsername');
    expect(findPasswordProblem('Unrelated#2026x', 'zhangsan')).toBeNull();
    expect(findPasswordProblem('Abc#Unrelated2026', 'ab')).toBeNull();
  });

  it('counts the four character classes', () => {
    expect(countCharacterClasses('aA1!')).toBe(4);
    expect(countCharacterClasses('中文密码')).toBe(1);
  });
});

describe("an applicant's password and its organisation", () => {
  const context = { username: 'applicant01', organisationName: '广东省深圳市星河科技有限公司', creditCode: '91440300MA5ABCDE1X' };

  it.each([
    ['星河科技有限公司#Ab1', 'containsOrganisationName', 'the name without the place'],
    ['Ab1#广东省深圳市星河科技有限公司', 'containsOrganisationName', 'the whole name'],
    ['星河科技Ab#12345678', 'containsOrganisationName', 'the core name'],
    ['Ab#91440300MA5ABCDE1X', 'containsCreditCode', 'the credit code'],
    ['Ab#91440300ma5abcde1x', 'containsCreditCode', 'the credit code in lower case'],
    ['Xy#MA5ABCDE1-2026', 'containsCreditCode', 'the 9-character organisation code'],
    ['星河#Ab12345678', null, 'two characters of the name are not the name'],
    ['Unrelated#2026x', null, 'nothing of the account'],
  ] as const)('%s → %s (%s)', (password, problem, _note) => {
    expect(findPasswordProblem(password, context)).toBe(problem);
  });

  it.each([
    ['广东省深圳市星河科技有限公司', ['广东省深圳市星河科技有限公司', '星河科技']],
    ['广州某某软件股份有限公司', ['广州某某软件股份有限公司', '某某软件']],
    ['东莞市智造服务中心（普通合伙）', ['东莞市智造服务中心（普通合伙）', '智造服务中心']],
    ['A', []],
  ])('the name %s is checked as %j', (name, parts) => {
    expect(organisationNameParts(name)).toEqual(parts);
  });

  it('reads the organisation code out of an 18-character credit code', () => {
    expect(creditCodeParts('91440300MA5ABCDE1X')).toEqual(['91440300ma5abcde1x', 'ma5abcde1']);
    expect(creditCodeParts('12')).toEqual([]);
  });
});

// F7 item 3 (等保2.0 三级 8.1.4.1 a: 口令定期更换): 90 days to the millisecond; an initial password wins; demo mode
// may leave expiry off.
describe('why a password must be changed now', () => {
  const changedAt = new Date('2026-01-01T00:00:00Z');
  const at = (ms: number) => new Date(changedAt.getTime() + ms);
  const DAY = 24 * 60 * 60 * 1000;
  it.each([
    ['89 days 23:59:59.999 old', false, at(90 * DAY - 1), true, null],
    ['exactly 90 days old', false, at(90 * DAY), true, 'expired'],
    ['400 days old, expiry off (demo)', false, at(400 * DAY), false, null],
    ['an initial password, new', true, at(0), true, 'initial'],
    ['an initial password, also expired', true, at(100 * DAY), true, 'initial'],
  ] as const)('%s → %s', (_label, mustChangePassword, now, isExpiryEnforced, reason) => {
    expect(passwordChangeReasonOf({ mustChangePassword, passwordChangedAt: changedAt }, now, isExpiryEnforced)).toBe(reason);
  });
});
