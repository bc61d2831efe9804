// Takes a file out of the 运行和服务情况报告 before it is submitted (ADR 0016); the file row stays (data are never
// deleted), only the report's list changes.
import type { ObjectReReviewsView } from '../../contracts/re-review';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadReReview, requireReportable } from './re-review-access';
import { buildObjectReReviewsView } from './re-review-view';
import { notFound } from './require-actor';

export async function removeReReviewFile(deps: Deps, ctx: RequestContext, id: string, reReviewId: string, fileId: string): Promise<ObjectReReviewsView> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadReReview({ db: tx, clock: deps.clock }, ctx, id, reReviewId, 'reReview.report', true);
    const row = loaded.entry.reReview;
    if (!row.reportFileIds.includes(fileId)) throw notFound();
    requireReportable(loaded);
    const saved = await reReviewRepository.updateReport(tx, row.id, { reportFileIds: row.reportFileIds.filter((f) => f !== fileId), updatedAt: deps.clock.now() });
    if (!saved) throw new AppError('STATE_CHANGED', '该复核已由他人处理，请刷新后查看');
    await appendAudit(tx, deps, ctx, { action: 're_review.file_removed', objectType: 're_review', objectId: row.id, before: { applicationId: row.applicationId, fileId } });
    return buildObjectReReviewsView(tx, deps, loaded.loaded);
  });
}
