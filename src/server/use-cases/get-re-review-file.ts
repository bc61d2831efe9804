// A file of a 运行和服务情况报告, for whoever may read the object's re-reviews; before the submission the report and
// its files are the operator's own (as an acceptance draft, re-review-view.ts).
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { authorize } from '../../domain/access/policy';
import { hasContent, openContentStream } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import type { FileDownload } from './download-application-file';
import { loadReReview } from './re-review-access';
import { notFound } from './require-actor';

export async function getReReviewFile(deps: Deps, ctx: RequestContext, id: string, reReviewId: string, fileId: string): Promise<FileDownload> {
  const { loaded, entry } = await loadReReview(deps, ctx, id, reReviewId, 'reReview.read');
  const { actor, application } = loaded;
  const isOperator = authorize(actor, 'reReview.report', { cityCode: application.cityCode, organisationId: application.organisationId }) === 'allow';
  if (!(isOperator || entry.reReview.submittedAt !== null) || !entry.reReview.reportFileIds.includes(fileId)) throw notFound();
  const [file] = await reReviewRepository.files(deps.db, [fileId]);
  if (!file || !(await hasContent(deps.dataDir, file.sha256))) throw notFound();
  return { stream: openContentStream(deps.dataDir, file.sha256), originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
}
