// An evidence file of an acceptance submission, for whoever may read the object's acceptance; a draft's files are
// the operator's own until it is submitted or the review starts (as the view shows them, acceptance-view.ts).
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { authorize } from '../../domain/access/policy';
import { hasContent, openContentStream } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import type { FileDownload } from './download-application-file';
import { notFound } from './require-actor';

export async function downloadAcceptanceEvidence(deps: Deps, ctx: RequestContext, id: string, fileId: string): Promise<FileDownload> {
  const { actor, application } = await loadCreationObject(deps, ctx, id, { action: 'acceptance.read' });
  const isOperator = authorize(actor, 'acceptance.submit', { cityCode: application.cityCode, organisationId: application.organisationId }) === 'allow';
  const rows = await acceptanceRepository.listByApplication(deps.db, application.id);
  const holds = rows.some(({ review }) => (isOperator || review.submittedAt !== null || review.startedAt !== null) && review.evidenceFileIds.includes(fileId));
  if (!holds) throw notFound();
  const [file] = await acceptanceRepository.evidenceFiles(deps.db, [fileId]);
  if (!file || !(await hasContent(deps.dataDir, file.sha256))) throw notFound();
  return { stream: openContentStream(deps.dataDir, file.sha256), originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
}
