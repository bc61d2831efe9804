// 佐证材料 of the acceptance submission (F5 item 1; ADR 0015): PDF, JPG or PNG judged by the bytes, at most 20 MB
// each and 20 in all, added while the object is in creation. The body is read only after the access check, so a
// stranger learns nothing from how an upload is refused (as add-application-material.ts).
import { MAX_EVIDENCE_FILES, type AcceptanceEvidence } from '../../contracts/acceptance';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { AppError } from '../../domain/shared/app-error';
import { checkReceivedUpload, withReceivedUpload, type ReceivedUpload } from '../storage/check-evidence-upload';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { findOrCreateAttempt, requireDraftable } from './save-acceptance-draft';
import { storeReceivedFileIn } from './store-file';

export async function addAcceptanceEvidence(deps: Deps, ctx: RequestContext, id: string, readUpload: () => Promise<ReceivedUpload>): Promise<AcceptanceEvidence> {
  const checked = await loadCreationObject(deps, ctx, id, { action: 'acceptance.submit' });
  requireDraftable(checked.application);
  return withReceivedUpload(readUpload, async (upload) => {
    const mediaType = await checkReceivedUpload(upload);
    // The file row, the evidence list and their audit records are written together: a refusal leaves no file row behind.
    return deps.db.transaction(async (tx) => {
      const { application } = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: 'acceptance.submit', isLocked: true });
      requireDraftable(application);
      const row = await findOrCreateAttempt(tx, deps, application);
      if (row.evidenceFileIds.length >= MAX_EVIDENCE_FILES) {
        throw new AppError('VALIDATION_FAILED', `佐证材料最多${MAX_EVIDENCE_FILES}个，请先删除不需要的文件`, { issues: [{ path: 'file', message: `佐证材料最多${MAX_EVIDENCE_FILES}个` }] });
      }
      const file = await storeReceivedFileIn(tx, deps, ctx, { received: upload, originalName: upload.originalName, mediaType });
      await acceptanceRepository.update(tx, row.id, { evidenceFileIds: [...row.evidenceFileIds, file.id], updatedAt: deps.clock.now() });
      await appendAudit(tx, deps, ctx, {
        action: 'acceptance.evidence_added',
        objectType: 'acceptance_review',
        objectId: row.id,
        after: { applicationId: application.id, attempt: row.attempt, fileId: file.id, sha256: file.sha256, originalName: file.originalName },
      });
      return { fileId: file.id, name: file.originalName, sizeBytes: file.sizeBytes, mediaType: file.mediaType };
    });
  });
}
