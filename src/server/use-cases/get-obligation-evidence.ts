// An evidence file of an Art. 14 record, for whoever may read the object's records (ADR 0016): the operator, the
// object's city, the province and the auditors. A withdrawn record's files stay readable, as the record stays listed.
import { obligationRecordsRepository } from '../../db/repositories/obligation-records.repository';
import { hasContent, openContentStream } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import type { FileDownload } from './download-application-file';
import { getObligationRecord } from './obligation-access';
import { notFound } from './require-actor';

export async function getObligationEvidence(deps: Deps, ctx: RequestContext, id: string, recordId: string, fileId: string): Promise<FileDownload> {
  const { application } = await loadCreationObject(deps, ctx, id, { action: 'obligation.read' });
  const record = await getObligationRecord(deps.db, application.id, recordId);
  if (!record.evidenceFileIds.includes(fileId)) throw notFound();
  const [file] = await obligationRecordsRepository.evidenceFiles(deps.db, [fileId]);
  if (!file || !(await hasContent(deps.dataDir, file.sha256))) throw notFound();
  return { stream: openContentStream(deps.dataDir, file.sha256), originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
}
