import type { ReviewStatus } from '../../contracts/experts';
import type { ExpertReviewRow } from '../../db/repositories/expert-reviews.repository';

export function reviewStatusOf(review: Pick<ExpertReviewRow, 'declaration' | 'submittedAt'>): ReviewStatus {
  if (review.declaration === null) return 'undeclared';
  if (review.declaration === 'conflicted') return 'conflicted';
  return review.submittedAt ? 'submitted' : 'scoring';
}
