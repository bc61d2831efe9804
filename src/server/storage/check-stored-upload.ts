// The checks of check-evidence-upload.ts for an upload that was streamed to storage instead of buffered (the public
// objection form, upload-guard.ts): once the bytes are on disk and their kind is known, the name must fit the kind
// and a PDF must carry no active content. A refused file stays as unreferenced content that no row points to and
// nothing serves (as submit-objection.ts already does for later refusals). F7 item 5; 等保2.0 三级 8.1.4.5.
import { checkExtension, checkPdfActiveContent } from './check-evidence-upload';
import { openContentStream } from './file-storage';
import { findPdfActiveContent } from './pdf-active-content';
import type { SniffedMediaType } from './sniff-media-type';

/** Throws UNSUPPORTED_MEDIA_TYPE naming the file and `field`. */
export async function checkStoredUpload(dataDir: string, upload: { sha256: string; fileName: string; mediaType: SniffedMediaType }, field: string): Promise<void> {
  checkExtension(upload.fileName, upload.mediaType, field);
  // Scanned as a stream of chunks (hash-checked first by openContentStream): memory stays flat.
  if (upload.mediaType === 'application/pdf') checkPdfActiveContent(upload.fileName, await findPdfActiveContent(openContentStream(dataDir, upload.sha256)), field);
}
