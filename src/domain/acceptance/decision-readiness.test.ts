import { describe, expect, it } from 'vitest';
import { decideBlockedReason, isDecidable, opinionProgressOf } from './decision-readiness';

describe('when the province may decide an acceptance review (ADR 0015)', () => {
  it.each([
    [{ undeclared: 0, awaited: 0, submitted: 0 }, '尚无专家提交验收意见，请先指派专家并待其提交意见'],
    [{ undeclared: 1, awaited: 0, submitted: 1 }, '还有1位专家尚未声明利害关系'],
    [{ undeclared: 2, awaited: 1, submitted: 0 }, '还有2位专家尚未声明利害关系'],
    [{ undeclared: 0, awaited: 1, submitted: 1 }, '还有1位已声明无利害关系的专家尚未提交验收意见'],
    [{ undeclared: 0, awaited: 0, submitted: 1 }, null],
    [{ undeclared: 0, awaited: 0, submitted: 3 }, null],
  ])('%j → %s', (progress, expected) => {
    expect(decideBlockedReason(progress)).toBe(expected);
    expect(isDecidable(progress)).toBe(expected === null);
  });

  it('counts the experts of a review: conflicted ones count for nothing', () => {
    const at = new Date('2028-01-10T02:00:00Z');
    expect(
      opinionProgressOf([
        { declaration: null, submittedAt: null },
        { declaration: 'conflicted', submittedAt: null },
        { declaration: 'none', submittedAt: null },
        { declaration: 'none', submittedAt: at },
        { declaration: 'none', submittedAt: at },
      ]),
    ).toEqual({ undeclared: 1, awaited: 1, submitted: 2 });
  });
});
