// One definition of an application's expert-review figures (Attachment 3), used by the 评审汇总 and by the
// province's review list and export alike: an expert who declared a conflict (回避) is not counted as assigned,
// only submitted sheets count towards the means. Scores stay internal (Art. 8).
import { meanTotal, planTotal, type ScoringRules } from './plan-score';

export interface TalliedReview {
  declaration: string | null;
  /** Anything non-null means submitted (a Date on the server). */
  submittedAt: unknown;
  scores: Readonly<Record<string, number>> | null;
}

export interface ReviewTally {
  /** Experts reviewing the application: drawn and not conflicted. */
  assigned: number;
  conflicted: number;
  submitted: number;
  meanTotal: number | null;
  /** Criterion code → mean of the submitted scores, two decimals; null before any submission. */
  criterionMeans: Record<string, number | null>;
}

export function isSubmittedReview(review: TalliedReview): boolean {
  return review.submittedAt !== null && review.submittedAt !== undefined && review.scores !== null;
}

export function tallyReviews(rules: ScoringRules, reviews: readonly TalliedReview[]): ReviewTally {
  const sheets = reviews.filter(isSubmittedReview).map((review) => review.scores as Readonly<Record<string, number>>);
  const conflicted = reviews.filter((review) => review.declaration === 'conflicted').length;
  return {
    assigned: reviews.length - conflicted,
    conflicted,
    submitted: sheets.length,
    meanTotal: meanTotal(sheets.map((scores) => planTotal(rules, scores))),
    // meanTotal is the plain two-decimal mean; it serves the per-criterion means too.
    criterionMeans: Object.fromEntries(Object.keys(rules.criterionWeights).map((code) => [code, meanTotal(sheets.map((scores) => scores[code] ?? 0))])),
  };
}
