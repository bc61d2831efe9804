import type { Readable } from 'node:stream';
import { filesRepository, type FileRow } from '../../db/repositories/files.repository';
import { storeContent } from '../storage/file-storage';
import { appendAudit, type Deps, type RequestContext } from './context';

export interface FileUpload {
  content: Readable;
  originalName: string;
  mediaType: string;
  maxBytes: number;
}

// The bytes are written first (content-addressed, so a retry after a failed transaction rewrites the same
// file); the metadata row and its audit record are then written together.
export async function storeFile(deps: Deps, ctx: RequestContext, upload: FileUpload): Promise<FileRow> {
  const { sha256, sizeBytes } = await storeContent(deps.dataDir, upload.content, upload.maxBytes);
  return deps.db.transaction(async (tx) => {
    const row = await filesRepository.insert(tx, {
      sha256,
      sizeBytes,
      mediaType: upload.mediaType,
      originalName: upload.originalName.slice(0, 255),
      uploadedBy: ctx.actor?.userId ?? null,
      createdAt: deps.clock.now(),
    });
    await appendAudit(tx, deps, ctx, { action: 'file.stored', objectType: 'file', objectId: row.id, after: { sha256, sizeBytes, originalName: row.originalName } });
    return row;
  });
}
