import type { GroupProgressView } from '../../contracts/experts';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import type { Deps, RequestContext } from './context';
import { notFound } from './require-actor';
import { requireReviewOverseer } from './require-review-overseer';
import { reviewStatusOf } from './review-status';

/** 评审进度: experts × applications, each cell 未声明 / 有利害关系 / 评分中 / 已提交. No scores here. */
export async function getGroupProgress(deps: Deps, ctx: RequestContext, groupId: string): Promise<GroupProgressView> {
  requireReviewOverseer(ctx);
  const group = await expertReviewsRepository.findGroup(deps.db, groupId);
  if (!group) throw notFound();
  const applications = await expertReviewsRepository.listGroupApplications(deps.db, [groupId]);
  const reviews = await expertReviewsRepository.listReviewsOfGroups(deps.db, [groupId]);
  const experts = new Map(reviews.map((r) => [r.review.expertId, { id: r.review.expertId, name: r.expertName }]));
  return {
    groupId,
    name: group.name,
    experts: [...experts.values()],
    applications: applications.map((a) => ({ id: a.id, applicationNumber: a.applicationNumber, name: a.name })),
    cells: reviews.map(({ review }) => ({ expertId: review.expertId, applicationId: review.applicationId, status: reviewStatusOf(review) })),
  };
}
