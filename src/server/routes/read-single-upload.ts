// The multipart body of a one-file upload (acceptance evidence, re-review files, Art. 14 evidence, change-report
// documents, Art. 12 evidence): exactly one part, the file field `file`. Read only when the use case asks for it, after its access check.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/shared/app-error';

export interface SingleUpload {
  originalName: string;
  bytes: Buffer;
}

const FILE_MISSING = { path: 'file', message: '请选择要上传的文件' };

/** The multipart plugin's limits for such a route: one file of at most `maxBytes` (more is cut and refused, 413). */
export const singleUploadLimits = (maxBytes: number) => ({ limits: { fileSize: maxBytes, files: 1, fields: 2, fieldSize: 1024, parts: 3 } });

export async function readSingleUpload(request: FastifyRequest, maxBytes: number): Promise<SingleUpload> {
  if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以multipart/form-data上传文件', { issues: [FILE_MISSING] });
  let file: SingleUpload | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: part.fieldname, message: `不接受的字段：${part.fieldname}` }] });
      if (part.fieldname !== 'file' || file) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: part.fieldname, message: '每次只能上传一个文件（字段名file）' }] });
      file = { originalName: part.filename || '未命名文件', bytes: await part.toBuffer() };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { statusCode?: number }).statusCode === 413) {
      throw new AppError('PAYLOAD_TOO_LARGE', `文件超过大小上限（${maxBytes / 1024 / 1024} MB），请压缩后重新上传`);
    }
    throw new AppError('MALFORMED_REQUEST', '上传内容格式不正确，请重新选择文件上传');
  }
  if (!file) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [FILE_MISSING] });
  return file;
}
