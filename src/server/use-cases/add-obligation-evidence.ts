// 佐证材料 of an Art. 14 record (ADR 0016): PDF, JPG or PNG judged by the bytes, at most 20 MB each and 10 per record,
// added while the record stands and the object takes records. The body is read only after the access check and the
// record's checks, so a stranger learns nothing from how an upload is refused (as add-acceptance-evidence.ts).
import { MAX_OBLIGATION_EVIDENCE_FILES, type ObligationEvidenceView } from '../../contracts/obligations';
import { obligationRecordsRepository, type ObligationRecordRow } from '../../db/repositories/obligation-records.repository';
import { evidenceRefusal } from '../../domain/obligations/obligation-rules';
import { AppError } from '../../domain/shared/app-error';
import { checkReceivedUpload, withReceivedUpload, type ReceivedUpload } from '../storage/check-evidence-upload';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { getObligationRecord, requireRecording } from './obligation-access';
import { storeReceivedFileIn } from './store-file';

function requireEvidenceTaken(record: ObligationRecordRow): void {
  const refusal = evidenceRefusal(record, MAX_OBLIGATION_EVIDENCE_FILES);
  if (refusal === 'voided') throw new AppError('STATE_CHANGED', '该记录已作废，不能再补充佐证材料');
  if (refusal === 'too_many') {
    const message = `每条记录的佐证材料最多${MAX_OBLIGATION_EVIDENCE_FILES}个`;
    throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'file', message }] });
  }
}

export async function addObligationEvidence(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  recordId: string,
  readUpload: () => Promise<ReceivedUpload>,
): Promise<ObligationEvidenceView> {
  const { application } = await loadCreationObject(deps, ctx, id, { action: 'obligation.record' });
  const found = await getObligationRecord(deps.db, application.id, recordId);
  requireRecording(application);
  requireEvidenceTaken(found);
  return withReceivedUpload(readUpload, async (upload) => {
    const mediaType = await checkReceivedUpload(upload);
    // The file row, the record's list and their audit entries are written together: a refusal leaves no file row.
    return deps.db.transaction(async (tx) => {
      const { application: locked } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'obligation.record', isLocked: true });
      requireRecording(locked);
      const record = await getObligationRecord(tx, locked.id, recordId);
      requireEvidenceTaken(record);
      const file = await storeReceivedFileIn(tx, deps, ctx, { received: upload, originalName: upload.originalName, mediaType });
      const row = await obligationRecordsRepository.appendEvidence(tx, locked.id, record.id, file.id, MAX_OBLIGATION_EVIDENCE_FILES);
      // Under the object's lock nothing else changes the record; a miss means the checks above did not hold after all.
      if (!row) throw new AppError('STATE_CHANGED', '该记录刚被他人修改，请刷新后重试');
      await appendAudit(tx, deps, ctx, {
        action: 'obligation.evidence_added',
        objectType: 'obligation_record',
        objectId: record.id,
        after: { applicationId: locked.id, fileId: file.id, sha256: file.sha256, originalName: file.originalName },
      });
      return { fileId: file.id, name: file.originalName, sizeBytes: file.sizeBytes, mediaType: file.mediaType };
    });
  });
}
