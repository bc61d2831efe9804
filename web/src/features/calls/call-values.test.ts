import { describe, expect, it } from 'vitest';
import { toCallBody, toCallFormIssues, weightSum } from './call-values';

describe('call form values', () => {
  it('drops empty caps and weights and keeps the rest', () => {
    const body = toCallBody({ year: 2027, cityCaps: { '440100': 5, '440300': null }, criterionWeights: { 'plan.content': 60, 'plan.path': undefined } });
    expect(body.cityCaps).toEqual({ '440100': 5 });
    expect(body.criterionWeights).toEqual({ 'plan.content': 60 });
    expect(body.creationQuota).toBeUndefined();
  });

  it.each([
    [{}, 0],
    [{ a: 40, b: 60 }, 100],
    [{ a: 40, b: null }, 40],
  ])('sums %j to %i', (weights, sum) => {
    expect(weightSum(weights)).toBe(sum);
  });

  it('maps a dotted criterion path from the server back to the form name', () => {
    expect(toCallFormIssues([{ path: ['criterionWeights', 'plan', 'content'], message: 'm' }, { path: ['year'], message: 'y' }])).toEqual([
      { path: ['criterionWeights', 'plan.content'], message: 'm' },
      { path: ['year'], message: 'y' },
    ]);
  });
});
