import { certificationRepository } from '../../db/repositories/certification.repository';
import { filesRepository } from '../../db/repositories/files.repository';
import { readContent } from '../storage/file-storage';
import type { Deps } from './context';
import type { DownloadedFile } from './download-notice-document';
import { notFound } from './require-actor';

/** The 认定公告's Word document, as published (the bytes are checked against their hash on the way out). */
export async function downloadAnnouncementDocument(deps: Pick<Deps, 'db' | 'dataDir'>, id: string): Promise<DownloadedFile> {
  const announcement = await certificationRepository.findAnnouncement(deps.db, id);
  const file = announcement?.documentFileId ? await filesRepository.findById(deps.db, announcement.documentFileId) : undefined;
  if (!file) throw notFound();
  return { bytes: await readContent(deps.dataDir, file.sha256), mediaType: file.mediaType, fileName: file.originalName };
}
