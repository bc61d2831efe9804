import { filesRepository } from '../../db/repositories/files.repository';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { readContent } from '../storage/file-storage';
import type { Deps } from './context';
import { notFound } from './require-actor';

export interface DownloadedFile {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

/** The notice's Word document, as published (the bytes are checked against their hash on the way out). */
export async function downloadNoticeDocument(deps: Pick<Deps, 'db' | 'dataDir'>, id: string): Promise<DownloadedFile> {
  const notice = await noticesRepository.findNotice(deps.db, id);
  const file = notice?.documentFileId ? await filesRepository.findById(deps.db, notice.documentFileId) : undefined;
  if (!file) throw notFound();
  return { bytes: await readContent(deps.dataDir, file.sha256), mediaType: file.mediaType, fileName: file.originalName };
}
