import { describe, expect, it } from 'vitest';
import { shortlistProblem } from './shortlist-rules';

describe('shortlistProblem', () => {
  it.each([
    ['recommended', true, true, 1, null],
    ['recommended', true, true, 3, null],
    ['recommended', true, true, 0, '尚无专家提交评分'],
    ['recommended', true, null, 1, '尚未进行形式审查'],
    ['recommended', true, false, 1, '形式审查未通过'],
    ['submitted', true, true, 1, '当前状态为“已提交，待地市初审”，不能确定为拟创建对象'],
    ['shortlisted', true, true, 1, '当前状态为“拟创建对象”，不能确定为拟创建对象'],
    ['recommended', false, true, 1, '不属于本年度通知'],
  ] as const)('%s, in call %s, formal check %s, %i submitted reviews → %s', (state, isInCall, formalCheckPassed, submittedExpertReviews, expected) => {
    expect(shortlistProblem({ state, isInCall, formalCheckPassed, submittedExpertReviews })).toBe(expected);
  });
});
