// The two refusals every buffered evidence upload shares (acceptance, Art. 14 records, integrity findings, change
// reports, re-review reports): the kind is judged by the bytes (sniff-media-type), then the size. The kind comes
// first, so a large executable is told it is the wrong kind rather than too large. Written once so the Chinese
// messages the uploader reads stay the same on every page.
import { AppError } from '../../domain/shared/app-error';
import { SNIFF_BYTES, sniffMediaType, type SniffedMediaType } from './sniff-media-type';

/** A file read whole into memory before the checks (the evidence limits are small: 20 MB). */
export interface EvidenceUpload {
  originalName: string;
  bytes: Buffer;
}

const BYTES_PER_MB = 1024 * 1024;

/** The sniffed media type; throws UNSUPPORTED_MEDIA_TYPE (415) or PAYLOAD_TOO_LARGE (413) naming the file. */
export function checkEvidenceUpload(upload: EvidenceUpload, maxBytes: number): SniffedMediaType {
  const mediaType = sniffMediaType(upload.bytes.subarray(0, SNIFF_BYTES));
  if (!mediaType) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `文件“${upload.originalName}”不是PDF、JPG或PNG格式（按文件内容识别），请转换后重新上传`, {
      issues: [{ path: 'file', message: '仅支持PDF、JPG、PNG格式' }],
    });
  }
  if (upload.bytes.length > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `文件“${upload.originalName}”超过${maxBytes / BYTES_PER_MB} MB，请压缩后重新上传`);
  }
  return mediaType;
}
