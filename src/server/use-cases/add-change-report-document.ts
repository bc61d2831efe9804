// 报告材料 of a change report (F5 item 4; Art. 11 "报告……及相关材料"): the operator of the object adds PDF, JPG or PNG
// files (judged by the bytes, ≤ 20 MB each, ≤ 10 per report) until the city has given its proposal. The body is
// read only after the access check, so a stranger learns nothing from how an upload is refused (as
// add-acceptance-evidence.ts); the file row, the report's list and the audit record are written together.
import { MAX_CHANGE_DOCUMENTS, type ChangeReportDocument } from '../../contracts/change-reports';
import { changeReportsRepository, type ChangeReportRow } from '../../db/repositories/change-reports.repository';
import { AppError } from '../../domain/shared/app-error';
import { checkReceivedUpload, withReceivedUpload, type ReceivedUpload } from '../storage/check-evidence-upload';
import { REPORT_ACTION, requireOpenForDocuments } from './change-report-view';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notFound } from './require-actor';
import { storeReceivedFileIn } from './store-file';

function requireRoom(report: ChangeReportRow): void {
  if (report.documentFileIds.length >= MAX_CHANGE_DOCUMENTS) {
    throw new AppError('VALIDATION_FAILED', `每份变化报告最多${MAX_CHANGE_DOCUMENTS}个报告材料`, { issues: [{ path: 'file', message: `报告材料最多${MAX_CHANGE_DOCUMENTS}个` }] });
  }
}

export async function addChangeReportDocument(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  reportId: string,
  readUpload: () => Promise<ReceivedUpload>,
): Promise<ChangeReportDocument> {
  const { application } = await loadCreationObject(deps, ctx, id, { action: REPORT_ACTION });
  const found = await changeReportsRepository.findById(deps.db, application.id, reportId);
  if (!found) throw notFound();
  requireOpenForDocuments(found, application);
  requireRoom(found);
  return withReceivedUpload(readUpload, async (upload) => {
    const mediaType = await checkReceivedUpload(upload);
    return deps.db.transaction(async (tx) => {
      // The object's row lock serialises this with the city's proposal (propose-change-outcome.ts locks it too).
      const locked = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: REPORT_ACTION, isLocked: true });
      const report = await changeReportsRepository.findById(tx, locked.application.id, reportId);
      if (!report) throw notFound();
      requireOpenForDocuments(report, locked.application);
      requireRoom(report);
      const file = await storeReceivedFileIn(tx, deps, ctx, { received: upload, originalName: upload.originalName, mediaType });
      const updated = await changeReportsRepository.addDocument(tx, report.id, [...report.documentFileIds, file.id]);
      if (!updated) throw new Error(`change report ${report.id} took no document although no proposal was recorded`);
      await appendAudit(tx, deps, ctx, {
        action: 'changeReport.document_added',
        objectType: 'change_report',
        objectId: report.id,
        after: { applicationId: locked.application.id, fileId: file.id, sha256: file.sha256, originalName: file.originalName },
      });
      return { fileId: file.id, name: file.originalName, sizeBytes: file.sizeBytes, mediaType: file.mediaType };
    });
  });
}
