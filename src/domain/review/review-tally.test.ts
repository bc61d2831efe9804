import { describe, expect, it } from 'vitest';
import { tallyReviews, type TalliedReview } from './review-tally';

const RULES = { criterionWeights: { a: 60, b: 40 }, maxScore: 10 };
const at = new Date('2026-11-28T00:00:00Z');
const review = (overrides: Partial<TalliedReview>): TalliedReview => ({ declaration: null, submittedAt: null, scores: null, ...overrides });

describe('tallyReviews (Attachment 3)', () => {
  it.each<[string, TalliedReview[], { assigned: number; conflicted: number; submitted: number; meanTotal: number | null }]>([
    ['nobody yet', [], { assigned: 0, conflicted: 0, submitted: 0, meanTotal: null }],
    ['undeclared only', [review({})], { assigned: 1, conflicted: 0, submitted: 0, meanTotal: null }],
    ['a conflicted expert is not assigned', [review({ declaration: 'conflicted' }), review({ declaration: 'none' })], { assigned: 1, conflicted: 1, submitted: 0, meanTotal: null }],
    ['a draft does not count', [review({ declaration: 'none', scores: { a: 10, b: 10 } })], { assigned: 1, conflicted: 0, submitted: 0, meanTotal: null }],
    [
      'the mean of the submitted totals',
      [review({ declaration: 'none', submittedAt: at, scores: { a: 10, b: 5 } }), review({ declaration: 'none', submittedAt: at, scores: { a: 5, b: 10 } })],
      { assigned: 2, conflicted: 0, submitted: 2, meanTotal: 75 },
    ],
  ])('%s', (_name, reviews, expected) => {
    expect(tallyReviews(RULES, reviews)).toMatchObject(expected);
  });

  it('gives each criterion’s mean to two decimals', () => {
    const sheets = [{ a: 7, b: 3 }, { a: 8, b: 4 }, { a: 8, b: 4 }].map((scores) => review({ declaration: 'none', submittedAt: at, scores }));
    expect(tallyReviews(RULES, sheets).criterionMeans).toEqual({ a: 7.67, b: 3.67 });
  });
});
