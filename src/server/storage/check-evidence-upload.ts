// The refusals every upload of PDF/JPG/PNG shares (application materials, acceptance, Art. 14 records,
// integrity findings, change reports, re-review reports), in this order: the kind judged by the bytes
// (sniff-media-type), the name's extension agreeing with that kind, no active content in a PDF, then the size. The
// kind comes first, so a large executable is told it is the wrong kind rather than too large. Written once so the
// Chinese messages the uploader reads stay the same on every page. F7 item 5; 等保2.0 三级 8.1.4.5; ASVS V12.1–V12.2.
import { createReadStream } from 'node:fs';
import { AppError } from '../../domain/shared/app-error';
import { discardReceived, type ReceivedContent } from './file-storage';
import { findPdfActiveContent, type PdfScanResult } from './pdf-active-content';
import { doesNameMatchMediaType, SNIFF_BYTES, sniffMediaType, type SniffedMediaType } from './sniff-media-type';

/** A file read whole into memory before the checks (kept for callers holding a Buffer; the routes stream instead). */
export interface EvidenceUpload {
  originalName: string;
  bytes: Buffer;
}

/** A file streamed to a temporary file (receiveContent): at most the route's limit, counted while it arrived. */
export interface ReceivedUpload extends ReceivedContent {
  originalName: string;
}

const BYTES_PER_MB = 1024 * 1024;
const EXTENSION_LABEL: Record<SniffedMediaType, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg或.jpeg', 'image/png': '.png' };
const KIND_LABEL: Record<SniffedMediaType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' };

function unsupported(message: string, field: string, fieldMessage: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', message, { issues: [{ path: field, message: fieldMessage }] });
}

/** Throws UNSUPPORTED_MEDIA_TYPE (on `field`) when the name's extension does not fit the sniffed kind. */
export function checkExtension(name: string, mediaType: SniffedMediaType, field = 'file'): void {
  if (doesNameMatchMediaType(name, mediaType)) return;
  throw unsupported(
    `文件“${name}”的内容是${KIND_LABEL[mediaType]}，扩展名应为${EXTENSION_LABEL[mediaType]}，请核对后重新上传`,
    field,
    `文件扩展名与内容不符（内容为${KIND_LABEL[mediaType]}）`,
  );
}

/** Throws UNSUPPORTED_MEDIA_TYPE (on `field`) when the PDF scan found script, automatic actions or embedded files. */
export function checkPdfActiveContent(name: string, active: PdfScanResult, field = 'file'): void {
  if (active === 'unreadable') throw unsupported(`文件“${name}”的PDF内部结构无法解析，无法完成安全检查，请另存为标准PDF后重新上传`, field, 'PDF结构无法解析');
  if (active.length > 0) {
    throw unsupported(`文件“${name}”含有脚本、自动动作或嵌入文件（${active.join('、')}），不能上传；请打印为PDF或另存为不含脚本的PDF后重新上传`, field, 'PDF含有脚本或嵌入内容');
  }
}

function checkKind(name: string, head: Buffer): SniffedMediaType {
  const mediaType = sniffMediaType(head.subarray(0, SNIFF_BYTES));
  if (!mediaType) throw unsupported(`文件“${name}”不是PDF、JPG或PNG格式（按文件内容识别），请转换后重新上传`, 'file', '仅支持PDF、JPG、PNG格式');
  checkExtension(name, mediaType);
  return mediaType;
}

/** The sniffed media type; throws UNSUPPORTED_MEDIA_TYPE (415) or PAYLOAD_TOO_LARGE (413) naming the file. */
export async function checkEvidenceUpload(upload: EvidenceUpload, maxBytes: number): Promise<SniffedMediaType> {
  const name = upload.originalName;
  const mediaType = checkKind(name, upload.bytes);
  if (upload.bytes.length > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `文件“${name}”超过${maxBytes / BYTES_PER_MB} MB，请压缩后重新上传`, { issues: [{ path: 'file', message: `不能超过${maxBytes / BYTES_PER_MB} MB` }] });
  }
  if (mediaType === 'application/pdf') checkPdfActiveContent(name, await findPdfActiveContent(upload.bytes));
  return mediaType;
}

/**
 * The same checks on an upload already on disk (its size was enforced while it streamed): the kind by its first
 * bytes, the extension, and a PDF scanned from the file in 64 KB chunks, so memory stays flat (F7 item 5).
 */
export async function checkReceivedUpload(upload: ReceivedUpload): Promise<SniffedMediaType> {
  const mediaType = checkKind(upload.originalName, upload.head);
  if (mediaType === 'application/pdf') checkPdfActiveContent(upload.originalName, await findPdfActiveContent(createReadStream(upload.temporaryPath, { highWaterMark: 64 * 1024 })));
  return mediaType;
}

/** Reads the upload, hands it to `use`, and removes its temporary file whatever happens (kept, refused or failed). */
export async function withReceivedUpload<U extends ReceivedUpload, T>(read: () => Promise<U>, use: (upload: U) => Promise<T>): Promise<T> {
  const upload = await read();
  try {
    return await use(upload);
  } finally {
    await discardReceived(upload);
  }
}
