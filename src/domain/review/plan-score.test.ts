import { describe, expect, it } from 'vitest';
import { meanTotal, planTotal, validateScores, type ScoringRules } from './plan-score';

const RULES: ScoringRules = {
  criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
  maxScore: 10,
};
const all = (score: number) => Object.fromEntries(Object.keys(RULES.criterionWeights).map((code) => [code, score]));

describe('validateScores', () => {
  it.each([
    ['0 is the lowest score', 0, 0],
    ['maxScore itself is allowed', 10, 0],
    ['one above maxScore is refused', 11, 6],
    ['negative is refused', -1, 6],
    ['fractions are refused', 7.5, 6],
  ])('%s', (_name, score, issueCount) => {
    expect(validateScores(RULES, all(score))).toHaveLength(issueCount);
  });

  it('names a missing criterion and an unknown one', () => {
    const { 'plan.support': _dropped, ...rest } = all(5);
    const issues = validateScores(RULES, { ...rest, 'plan.slides': 3 }, { 'plan.support': '保障协同' });
    expect(issues).toEqual([
      { path: 'scores.plan.support', message: '请为“保障协同”打分' },
      { path: 'scores.plan.slides', message: '评分项“plan.slides”不属于本年度创建方案评价要求' },
    ]);
  });
});

describe('planTotal', () => {
  it.each([
    [all(0), 0],
    [all(10), 100],
    [all(5), 50],
    [{ ...all(10), 'plan.support': 0 }, 90],
    [{ ...all(0), 'plan.path': 7 }, 10.5],
  ])('%o → %d', (scores, total) => {
    expect(planTotal(RULES, scores)).toBe(total);
  });

  it('lies on 0..100 whatever the scale', () => {
    expect(planTotal({ ...RULES, maxScore: 100 }, all(100))).toBe(100);
    expect(planTotal({ ...RULES, maxScore: 3 }, all(1))).toBe(33.33);
  });
});

describe('meanTotal', () => {
  it('is null before anyone scored and the rounded mean after', () => {
    expect(meanTotal([])).toBeNull();
    expect(meanTotal([80, 85, 90])).toBe(85);
    expect(meanTotal([80, 85])).toBe(82.5);
    expect(meanTotal([70, 70, 71])).toBe(70.33);
  });
});
