// A document of a change report (F5 item 4; Art. 11), for everyone who may read the report: the operator, its city,
// the province and the auditors (another city's or organisation's → 404, as list-change-reports.ts).
import { changeReportsRepository } from '../../db/repositories/change-reports.repository';
import { hasContent, openContentStream } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import type { FileDownload } from './download-application-file';
import { notFound } from './require-actor';

export async function downloadChangeReportDocument(deps: Deps, ctx: RequestContext, id: string, reportId: string, fileId: string): Promise<FileDownload> {
  const { application } = await loadCreationObject(deps, ctx, id, { action: 'creationData.read' });
  const report = await changeReportsRepository.findById(deps.db, application.id, reportId);
  if (!report || !report.documentFileIds.includes(fileId)) throw notFound();
  const [file] = await changeReportsRepository.documentFiles(deps.db, [fileId]);
  if (!file || !(await hasContent(deps.dataDir, file.sha256))) throw notFound();
  return { stream: openContentStream(deps.dataDir, file.sha256), originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
}
