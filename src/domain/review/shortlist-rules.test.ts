import { describe, expect, it } from 'vitest';
import { shortlistProblem } from './shortlist-rules';

describe('shortlistProblem', () => {
  it.each([
    ['recommended', true, true, null],
    ['recommended', true, null, '尚未进行形式审查'],
    ['recommended', true, false, '形式审查未通过'],
    ['submitted', true, true, '当前状态为“已提交，待地市初审”，不能确定为拟创建对象'],
    ['shortlisted', true, true, '当前状态为“拟创建对象”，不能确定为拟创建对象'],
    ['recommended', false, true, '不属于本年度通知'],
  ] as const)('%s, in call %s, formal check %s → %s', (state, isInCall, formalCheckPassed, expected) => {
    expect(shortlistProblem({ state, isInCall, formalCheckPassed })).toBe(expected);
  });
});
