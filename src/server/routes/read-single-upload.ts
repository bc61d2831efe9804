// The multipart body of a one-file upload (acceptance evidence, re-review files, Art. 14 evidence, change-report
// documents, Art. 12 evidence, the national list): exactly one part, the file field `file`. Read only when the use
// case asks for it, after its access check. The file streams to a temporary file, counted and hashed on the way
// (receiveContent), so memory stays flat whatever is sent; the caller owns that file (withReceivedUpload removes it).
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../../domain/shared/app-error';
import type { ReceivedUpload } from '../storage/check-evidence-upload';
import { discardReceived, receiveContent } from '../storage/file-storage';

export type SingleUpload = ReceivedUpload;

const FILE_MISSING = { path: 'file', message: '请选择要上传的文件' };

/** The multipart plugin's limits for such a route: one file of at most `maxBytes` (more is cut and refused, 413). */
export const singleUploadLimits = (maxBytes: number) => ({ limits: { fileSize: maxBytes, files: 1, fields: 2, fieldSize: 1024, parts: 3 } });

const tooLarge = (maxBytes: number) => new AppError('PAYLOAD_TOO_LARGE', `文件超过大小上限（${maxBytes / 1024 / 1024} MB），请压缩后重新上传`);

/**
 * Streams one file part to a temporary file. The byte after `maxBytes` refuses it (413) and removes the file: the
 * plugin cuts the part at the limit and marks it truncated, and receiveContent counts too. Exactly the limit is taken.
 */
export async function receiveFilePart(part: MultipartFile, dataDir: string, maxBytes: number): Promise<ReceivedUpload> {
  const received = await receiveContent(dataDir, part.file, maxBytes, () => tooLarge(maxBytes));
  if (part.file.truncated) {
    await discardReceived(received);
    throw tooLarge(maxBytes);
  }
  return { ...received, originalName: part.filename || '未命名文件' };
}

/** Maps a multipart failure to the envelope: 413 for a limit, 400 for a body cut short or not multipart. */
export function uploadFailure(error: unknown, maxBytes: number): AppError {
  if (error instanceof AppError) return error;
  if ((error as { statusCode?: number }).statusCode === 413) return tooLarge(maxBytes);
  return new AppError('MALFORMED_REQUEST', '上传内容格式不正确，请重新选择文件上传');
}

export async function readSingleUpload(request: FastifyRequest, dataDir: string, maxBytes: number): Promise<SingleUpload> {
  if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以multipart/form-data上传文件', { issues: [FILE_MISSING] });
  let file: SingleUpload | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: part.fieldname, message: `不接受的字段：${part.fieldname}` }] });
      if (part.fieldname !== 'file' || file) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: part.fieldname, message: '每次只能上传一个文件（字段名file）' }] });
      file = await receiveFilePart(part, dataDir, maxBytes);
    }
  } catch (error) {
    // A file already received is removed whatever failed after it (a second part, a body cut short).
    if (file) await discardReceived(file);
    throw uploadFailure(error, maxBytes);
  }
  if (!file) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [FILE_MISSING] });
  return file;
}
