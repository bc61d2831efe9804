// The checks of check-evidence-upload.ts for an upload that was streamed to storage instead of buffered (the public
// objection form, upload-guard.ts): once the bytes are on disk and their kind is known, the name must fit the kind
// and a PDF must carry no active content. A refused file stays as unreferenced content that no row points to and
// nothing serves (as submit-objection.ts already does for later refusals). F7 item 5; 等保2.0 三级 8.1.4.5.
import { checkExtension, checkPdfActiveContent } from './check-evidence-upload';
import { readContent } from './file-storage';
import type { SniffedMediaType } from './sniff-media-type';

/** Throws UNSUPPORTED_MEDIA_TYPE naming the file and `field`. */
export async function checkStoredUpload(dataDir: string, upload: { sha256: string; fileName: string; mediaType: SniffedMediaType }, field: string): Promise<void> {
  checkExtension(upload.fileName, upload.mediaType, field);
  if (upload.mediaType === 'application/pdf') checkPdfActiveContent(upload.fileName, await readContent(dataDir, upload.sha256), field);
}
