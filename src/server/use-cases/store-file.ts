import type { Readable } from 'node:stream';
import { filesRepository, type FileRow } from '../../db/repositories/files.repository';
import type { Db } from '../../db/client';
import { keepReceived, storeContent, type ReceivedContent, type StoredContent } from '../storage/file-storage';
import { appendAudit, type Deps, type RequestContext } from './context';

export interface FileUpload {
  content: Readable;
  originalName: string;
  mediaType: string;
  maxBytes: number;
}

// The bytes are written first (content-addressed, so a retry after a failed transaction rewrites the same
// file); the metadata row and its audit record are then written together.
async function recordFile(tx: Db, deps: Deps, ctx: RequestContext, upload: Pick<FileUpload, 'originalName' | 'mediaType'>, stored: StoredContent): Promise<FileRow> {
  const row = await filesRepository.insert(tx, {
    sha256: stored.sha256,
    sizeBytes: stored.sizeBytes,
    mediaType: upload.mediaType,
    originalName: upload.originalName.slice(0, 255),
    uploadedBy: ctx.actor?.userId ?? null,
    createdAt: deps.clock.now(),
  });
  await appendAudit(tx, deps, ctx, { action: 'file.stored', objectType: 'file', objectId: row.id, after: { sha256: stored.sha256, sizeBytes: stored.sizeBytes, originalName: row.originalName } });
  return row;
}

/** Stores and records a file inside the caller's transaction (a generated document written with what it belongs to). */
export async function storeFileIn(tx: Db, deps: Deps, ctx: RequestContext, upload: FileUpload): Promise<FileRow> {
  return recordFile(tx, deps, ctx, upload, await storeContent(deps.dataDir, upload.content, upload.maxBytes));
}

/**
 * Stores an upload already streamed to a temporary file (moved under its hash, not read again) and records it inside
 * the caller's transaction.
 */
export async function storeReceivedFileIn(tx: Db, deps: Deps, ctx: RequestContext, upload: { received: ReceivedContent; originalName: string; mediaType: string }): Promise<FileRow> {
  return recordFile(tx, deps, ctx, upload, await keepReceived(deps.dataDir, upload.received));
}

/** Stores an upload, then records it in its own transaction (no transaction is held open while the bytes arrive). */
export async function storeFile(deps: Deps, ctx: RequestContext, upload: FileUpload): Promise<FileRow> {
  const stored = await storeContent(deps.dataDir, upload.content, upload.maxBytes);
  return deps.db.transaction(async (tx) => recordFile(tx, deps, ctx, upload, stored));
}
