// Files of the 运行和服务情况报告 (ADR 0016, as acceptance evidence, ADR 0015): PDF, JPG or PNG judged by the bytes, at
// most 20 MB each and 20 in all, added before the submission. The body is read only after the access check, so a
// stranger learns nothing from how an upload is refused (as add-acceptance-evidence.ts).
import { MAX_RE_REVIEW_FILES, type ReReviewFile } from '../../contracts/re-review';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { AppError } from '../../domain/shared/app-error';
import { checkReceivedUpload, withReceivedUpload, type ReceivedUpload } from '../storage/check-evidence-upload';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadReReview, requireReportable } from './re-review-access';
import { storeReceivedFileIn } from './store-file';

export async function addReReviewFile(deps: Deps, ctx: RequestContext, id: string, reReviewId: string, readUpload: () => Promise<ReceivedUpload>): Promise<ReReviewFile> {
  requireReportable(await loadReReview(deps, ctx, id, reReviewId, 'reReview.report'));
  return withReceivedUpload(readUpload, async (upload) => {
    const mediaType = await checkReceivedUpload(upload);
    // The file row, the report's list and the audit record are written together: a refusal leaves no file row behind.
    return deps.db.transaction(async (tx) => {
      const loaded = await loadReReview({ db: tx, clock: deps.clock }, ctx, id, reReviewId, 'reReview.report', true);
      requireReportable(loaded);
      const row = loaded.entry.reReview;
      if (row.reportFileIds.length >= MAX_RE_REVIEW_FILES) {
        throw new AppError('VALIDATION_FAILED', `附件最多${MAX_RE_REVIEW_FILES}个，请先删除不需要的文件`, { issues: [{ path: 'file', message: `附件最多${MAX_RE_REVIEW_FILES}个` }] });
      }
      const file = await storeReceivedFileIn(tx, deps, ctx, { received: upload, originalName: upload.originalName, mediaType });
      const saved = await reReviewRepository.updateReport(tx, row.id, { reportFileIds: [...row.reportFileIds, file.id], updatedAt: deps.clock.now() });
      if (!saved) throw new AppError('STATE_CHANGED', '该复核已由他人处理，请刷新后查看');
      await appendAudit(tx, deps, ctx, {
        action: 're_review.file_added',
        objectType: 're_review',
        objectId: row.id,
        after: { applicationId: row.applicationId, fileId: file.id, sha256: file.sha256, originalName: file.originalName },
      });
      return { fileId: file.id, name: file.originalName, sizeBytes: file.sizeBytes, mediaType: file.mediaType };
    });
  });
}
