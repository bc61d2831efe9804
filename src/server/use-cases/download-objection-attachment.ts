import { filesRepository } from '../../db/repositories/files.repository';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { readContent } from '../storage/file-storage';
import type { Deps, RequestContext } from './context';
import type { DownloadedFile } from './download-notice-document';
import { notFound, requirePermission } from './require-actor';

/** An objection's evidence, for the officers who verify it (Art. 7(2)); never public. */
export async function downloadObjectionAttachment(deps: Deps, ctx: RequestContext, objectionId: string, index: number): Promise<DownloadedFile> {
  requirePermission(ctx, 'notice.read');
  const objection = await noticesRepository.findObjection(deps.db, objectionId);
  const fileId = objection?.attachmentFileIds[index];
  const file = fileId ? await filesRepository.findById(deps.db, fileId) : undefined;
  if (!file) throw notFound();
  return { bytes: await readContent(deps.dataDir, file.sha256), mediaType: file.mediaType, fileName: file.originalName };
}
