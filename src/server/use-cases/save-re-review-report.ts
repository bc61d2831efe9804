// 运行和服务情况报告 (Art. 10; ADR 0016): the operator writes its report while its re-review is open, before it
// submits and before the city assesses; nothing is checked for completeness until the submission.
import type { ObjectReReviewsView, SaveReReviewReportRequest } from '../../contracts/re-review';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadReReview, requireReportable } from './re-review-access';
import { buildObjectReReviewsView } from './re-review-view';

export async function saveReReviewReport(deps: Deps, ctx: RequestContext, id: string, reReviewId: string, input: SaveReReviewReportRequest): Promise<ObjectReReviewsView> {
  return deps.db.transaction(async (tx) => {
    const source = { db: tx, clock: deps.clock };
    const loaded = await loadReReview(source, ctx, id, reReviewId, 'reReview.report', true);
    requireReportable(loaded);
    const saved = await reReviewRepository.updateReport(tx, reReviewId, { report: input.report, updatedAt: deps.clock.now() });
    if (!saved) throw new AppError('STATE_CHANGED', '该复核已由他人处理，请刷新后查看');
    await appendAudit(tx, deps, ctx, { action: 're_review.report_saved', objectType: 're_review', objectId: reReviewId, after: { applicationId: loaded.loaded.application.id, reportLength: input.report.length } });
    return buildObjectReReviewsView(tx, deps, loaded.loaded);
  });
}
