// An evidence file of an Art. 12 finding (F5 item 5; ADR 0016): the province and the auditors only. The operator
// and its city read the finding but not the evidence (403 for the role, before anything is looked up), and it is
// never public (integrity-view.ts, EVIDENCE_READ_ACTION).
import { integrityFindingFilesRepository } from '../../db/repositories/integrity-finding-files.repository';
import { integrityFindingsRepository } from '../../db/repositories/integrity-findings.repository';
import { hasContent, openContentStream } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import type { FileDownload } from './download-application-file';
import { EVIDENCE_READ_ACTION } from './integrity-view';
import { notFound } from './require-actor';

export async function downloadIntegrityEvidence(deps: Deps, ctx: RequestContext, id: string, findingId: string, fileId: string): Promise<FileDownload> {
  const { application } = await loadCreationObject(deps, ctx, id, { action: EVIDENCE_READ_ACTION });
  const finding = await integrityFindingsRepository.findById(deps.db, application.id, findingId);
  const file = finding ? await integrityFindingFilesRepository.find(deps.db, finding.id, fileId) : undefined;
  if (!file || !(await hasContent(deps.dataDir, file.sha256))) throw notFound();
  return { stream: openContentStream(deps.dataDir, file.sha256), originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
}
