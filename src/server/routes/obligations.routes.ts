// Art. 14 义务履行记录 (F5 item 6): government service activities and sharing activities. ADR 0016.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_EVIDENCE_BYTES } from '../../contracts/acceptance';
import { zObligationEvidenceParams, zObligationParams, zObligationsParams, zObligationsQuery, zRecordObligation, zVoidObligation } from '../../contracts/obligations';
import { AppError } from '../../domain/shared/app-error';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { addObligationEvidence, type ObligationEvidenceUpload } from '../use-cases/add-obligation-evidence';
import type { Deps } from '../use-cases/context';
import { getObligationEvidence } from '../use-cases/get-obligation-evidence';
import { listObligations } from '../use-cases/list-obligations';
import { recordObligation } from '../use-cases/record-obligation';
import { voidObligation } from '../use-cases/void-obligation';

const TOO_LARGE = `文件超过大小上限（${MAX_EVIDENCE_BYTES / 1024 / 1024} MB），请压缩后重新上传`;
const FILE_MISSING = { path: 'file', message: '请选择要上传的文件' };

/** Reads the multipart body: exactly one part, the file field `file` (as acceptance.routes.ts). */
async function readEvidence(request: FastifyRequest): Promise<ObligationEvidenceUpload> {
  if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以multipart/form-data上传文件', { issues: [FILE_MISSING] });
  let file: ObligationEvidenceUpload | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: part.fieldname, message: `不接受的字段：${part.fieldname}` }] });
      if (part.fieldname !== 'file' || file) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: part.fieldname, message: '每次只能上传一个文件（字段名file）' }] });
      file = { originalName: part.filename || '未命名文件', bytes: await part.toBuffer() };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { statusCode?: number }).statusCode === 413) throw new AppError('PAYLOAD_TOO_LARGE', TOO_LARGE);
    throw new AppError('MALFORMED_REQUEST', '上传内容格式不正确，请重新选择文件上传');
  }
  if (!file) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [FILE_MISSING] });
  return file;
}

export async function obligationsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  // Only this plugin's routes accept multipart; one file of at most 20 MB per request.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 2, fieldSize: 1024, parts: 3 } });

  app.get('/api/creation-objects/:id/obligations', async (request) => {
    const { id } = parseInput(zObligationsParams, request.params);
    const query = parseInput(zObligationsQuery, request.query);
    return listObligations(deps, contextOf(request), id, query);
  });

  app.post('/api/creation-objects/:id/obligations', async (request, reply) => {
    const { id } = parseInput(zObligationsParams, request.params);
    const input = parseInput(zRecordObligation, request.body);
    return reply.code(201).send(await recordObligation(deps, contextOf(request), id, input));
  });

  app.post('/api/creation-objects/:id/obligations/:recordId/evidence', async (request, reply) => {
    const { id, recordId } = parseInput(zObligationParams, request.params);
    return reply.code(201).send(await addObligationEvidence(deps, contextOf(request), id, recordId, () => readEvidence(request)));
  });

  app.get('/api/creation-objects/:id/obligations/:recordId/evidence/:fileId', async (request, reply) => {
    const { id, recordId, fileId } = parseInput(zObligationEvidenceParams, request.params);
    const file = await getObligationEvidence(deps, contextOf(request), id, recordId, fileId);
    return sendDownload(reply, { stream: file.stream, sizeBytes: file.sizeBytes, mediaType: file.mediaType, fileName: file.originalName });
  });

  app.post('/api/creation-objects/:id/obligations/:recordId/void', async (request) => {
    const { id, recordId } = parseInput(zObligationParams, request.params);
    const input = parseInput(zVoidObligation, request.body);
    return voidObligation(deps, contextOf(request), id, recordId, input);
  });
}
