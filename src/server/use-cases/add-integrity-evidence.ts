// 核查材料 of an Art. 12 finding (F5 item 5; ADR 0016): the province adds PDF, JPG or PNG files (judged by the bytes,
// ≤ 20 MB each, ≤ 20 per finding) at any time after the finding — evidence often arrives after the act, and the
// finding itself stays unchanged (append-only). The body is read only after the access check; the file row, the
// evidence row and the audit record are written together. Evidence is never public.
import { MAX_INTEGRITY_EVIDENCE_FILES, type IntegrityEvidence } from '../../contracts/integrity';
import type { Db } from '../../db/client';
import { integrityFindingFilesRepository } from '../../db/repositories/integrity-finding-files.repository';
import { integrityFindingsRepository } from '../../db/repositories/integrity-findings.repository';
import { AppError } from '../../domain/shared/app-error';
import { checkReceivedUpload, withReceivedUpload, type ReceivedUpload } from '../storage/check-evidence-upload';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { EVIDENCE_ADD_ACTION } from './integrity-view';
import { notFound } from './require-actor';
import { storeReceivedFileIn } from './store-file';

async function requireRoom(db: Db, findingId: string): Promise<void> {
  if ((await integrityFindingFilesRepository.countByFinding(db, findingId)) >= MAX_INTEGRITY_EVIDENCE_FILES) {
    throw new AppError('VALIDATION_FAILED', `每条认定记录最多${MAX_INTEGRITY_EVIDENCE_FILES}个核查材料`, {
      issues: [{ path: 'file', message: `核查材料最多${MAX_INTEGRITY_EVIDENCE_FILES}个` }],
    });
  }
}

export async function addIntegrityEvidence(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  findingId: string,
  readUpload: () => Promise<ReceivedUpload>,
): Promise<IntegrityEvidence> {
  const { application } = await loadCreationObject(deps, ctx, id, { action: EVIDENCE_ADD_ACTION });
  const found = await integrityFindingsRepository.findById(deps.db, application.id, findingId);
  if (!found) throw notFound();
  await requireRoom(deps.db, found.id);
  return withReceivedUpload(readUpload, async (upload) => {
    const mediaType = await checkReceivedUpload(upload);
    return deps.db.transaction(async (tx) => {
      // The object's row lock serialises two uploads to the same finding, so the count cannot be passed.
      const locked = await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: EVIDENCE_ADD_ACTION, isLocked: true });
      const finding = await integrityFindingsRepository.findById(tx, locked.application.id, findingId);
      if (!finding) throw notFound();
      await requireRoom(tx, finding.id);
      const file = await storeReceivedFileIn(tx, deps, ctx, { received: upload, originalName: upload.originalName, mediaType });
      const addedAt = deps.clock.now();
      await integrityFindingFilesRepository.insert(tx, { findingId: finding.id, fileId: file.id, addedBy: locked.actor.userId, addedAt });
      await appendAudit(tx, deps, ctx, {
        action: 'integrityFinding.evidence_added',
        objectType: 'integrity_finding',
        objectId: finding.id,
        after: { applicationId: locked.application.id, fileId: file.id, sha256: file.sha256, originalName: file.originalName },
      });
      return { fileId: file.id, name: file.originalName, sizeBytes: file.sizeBytes, mediaType: file.mediaType, addedAt: addedAt.toISOString() };
    });
  });
}
