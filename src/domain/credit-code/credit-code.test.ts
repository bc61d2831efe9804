import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, findCreditCodeProblem, isValidCreditCode, normaliseCreditCode } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  // Published codes of real organisations, and the standard's own example.
  it.each([
    ['914403001922038216', '华为技术有限公司'],
    ['9144030071526726XG', '腾讯科技（深圳）有限公司'],
    ['91350100M000100Y43', 'GB 32100-2015 附录示例'],
    ['91110000100010433L', '已公示企业代码'],
  ])('accepts %s (%s)', (code) => {
    expect(findCreditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each([
    ['914403001922038217', 'checkDigit', 'last character changed'],
    ['914403001922083216', 'checkDigit', 'two characters swapped'],
    ['9144030071526726X', 'length', '17 characters'],
    ['9144030071526726XGA', 'length', '19 characters'],
    ['', 'length', 'empty'],
    ['91440300715267260I', 'character', 'I is not in the alphabet'],
    ['9144030071526726xg', 'character', 'lower case is not normalised here'],
    ['91AB030071526726XG', 'division', 'division code must be digits'],
  ] as const)('refuses %s as %s (%s)', (code, problem, _note) => {
    expect(findCreditCodeProblem(code)).toBe(problem);
  });

  it('computes the check character of the first 17 characters', () => {
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G');
    expect(creditCodeCheckCharacter('9144030071526726!')).toBeNull();
  });

  it('mutating any single character of a valid code is detected', () => {
    const valid = '9144030071526726XG';
    for (let i = 0; i < 18; i += 1) {
      const replacement = valid[i] === '1' ? '2' : '1';
      const mutated = valid.slice(0, i) + replacement + valid.slice(i + 1);
      expect(isValidCreditCode(mutated), mutated).toBe(false);
    }
  });

  it('normalises what people type: spaces removed, upper case', () => {
    expect(normaliseCreditCode(' 9144030071526726xg ')).toBe('9144030071526726XG');
    expect(normaliseCreditCode('914403 0071526726 XG')).toBe('9144030071526726XG');
  });
});
