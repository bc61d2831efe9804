import { describe, expect, it } from 'vitest';
import { findOpinionProblems, indicatorsToJudge } from './opinion-rules';

const row = (code: string, passed: boolean | null) => ({
  code,
  name: `指标${code}`,
  group: '服务能力',
  actualText: '具备',
  creation: { required: '创建要求', actual: null, passed: true, reason: '' },
  certification: { required: '认定要求', actual: null, passed, reason: passed === null ? '由专家评审' : '' },
});
const DASHBOARD = { rows: [row('a.one', true), row('a.two', null), row('a.three', false), row('a.four', null)] };
const INDICATORS = indicatorsToJudge(DASHBOARD);
const GOALS = ['年服务中小企业3000家以上', '服务满意度达到90%以上'];
const complete = { indicatorJudgements: [{ code: 'a.two' }, { code: 'a.four' }], goalJudgements: [{ goalIndex: 0 }, { goalIndex: 1 }] };

describe('indicators left to experts', () => {
  it('are the rows whose certification result is null, in the snapshot’s order', () => {
    expect(INDICATORS).toEqual([
      { code: 'a.two', name: '指标a.two', group: '服务能力', actualText: '具备', required: '认定要求', reason: '由专家评审' },
      { code: 'a.four', name: '指标a.four', group: '服务能力', actualText: '具备', required: '认定要求', reason: '由专家评审' },
    ]);
  });

  it.each([
    ['no dashboard', null],
    ['no rows', {}],
    ['rows not a list', { rows: 'x' }],
    ['a row without a certification result', { rows: [{ code: 'x', certification: {} }] }],
    ['a row without a code', { rows: [{ certification: { passed: null } }] }],
  ])('none when the stored snapshot has %s', (_, dashboard) => {
    expect(indicatorsToJudge(dashboard)).toEqual([]);
  });
});

describe('an opinion judges each open indicator and each goal exactly once', () => {
  it('accepts a complete opinion in any order', () => {
    expect(findOpinionProblems(INDICATORS, GOALS, complete)).toEqual([]);
    expect(findOpinionProblems(INDICATORS, GOALS, { indicatorJudgements: [...complete.indicatorJudgements].reverse(), goalJudgements: [...complete.goalJudgements].reverse() })).toEqual([]);
  });

  it.each([
    ['a missing indicator', { ...complete, indicatorJudgements: [{ code: 'a.two' }] }, 'indicatorJudgements.a.four', '请评判指标“指标a.four”是否达到认定标准'],
    ['an indicator the engine decided', { ...complete, indicatorJudgements: [...complete.indicatorJudgements, { code: 'a.one' }] }, 'indicatorJudgements.a.one', '指标“a.one”不属于需专家评判的指标'],
    ['an indicator twice', { ...complete, indicatorJudgements: [...complete.indicatorJudgements, { code: 'a.two' }] }, 'indicatorJudgements.a.two', '指标“a.two”重复评判'],
    ['a missing goal', { ...complete, goalJudgements: [{ goalIndex: 0 }] }, 'goalJudgements.1', '请评判第2项创建目标“服务满意度达到90%以上”的完成情况'],
    ['a goal one past the last', { ...complete, goalJudgements: [...complete.goalJudgements, { goalIndex: 2 }] }, 'goalJudgements.2', '创建方案没有第3项目标'],
    ['a negative goal index', { ...complete, goalJudgements: [...complete.goalJudgements, { goalIndex: -1 }] }, 'goalJudgements.-1', '创建方案没有第0项目标'],
    ['a goal twice', { ...complete, goalJudgements: [...complete.goalJudgements, { goalIndex: 0 }] }, 'goalJudgements.0', '第1项目标重复评判'],
  ])('refuses %s', (_, input, path, message) => {
    expect(findOpinionProblems(INDICATORS, GOALS, input)).toEqual([{ path, message }]);
  });

  it('needs nothing when the snapshot leaves nothing to experts and the plan has no goals', () => {
    expect(findOpinionProblems([], [], { indicatorJudgements: [], goalJudgements: [] })).toEqual([]);
  });
});
