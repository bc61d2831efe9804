import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { zCallIdParams } from '../../contracts/calls';
import { zNoInput } from '../../contracts/fields';
import {
  OBJECTION_MAX_FILE_BYTES,
  OBJECTION_MAX_FILES,
  zNoticeIdParams,
  zObjectionAttachmentParams,
  zObjectionDecision,
  zObjectionForm,
  zObjectionIdParams,
  zPublishCreationNotice,
  zReceiptParams,
  zReceiptQuery,
} from '../../contracts/notices';
import { AppError } from '../../domain/shared/app-error';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import { confirmCreationObjects } from '../use-cases/confirm-creation-objects';
import type { Deps } from '../use-cases/context';
import { decideObjection } from '../use-cases/decide-objection';
import { downloadNoticeDocument, type DownloadedFile } from '../use-cases/download-notice-document';
import { downloadObjectionAttachment } from '../use-cases/download-objection-attachment';
import { getNotice } from '../use-cases/get-notice';
import { getObjectionStatus } from '../use-cases/get-objection-status';
import { getPublicNotice } from '../use-cases/get-public-notice';
import { listNotices } from '../use-cases/list-notices';
import { listObjections } from '../use-cases/list-objections';
import { listPublicNotices } from '../use-cases/list-public-notices';
import { previewCreationNotice } from '../use-cases/preview-creation-notice';
import { publishCreationNotice } from '../use-cases/publish-creation-notice';
import { submitObjection, type ObjectionAttachment } from '../use-cases/submit-objection';

function sendFile(reply: FastifyReply, file: DownloadedFile, disposition: 'attachment' | 'inline'): FastifyReply {
  return reply
    .type(file.mediaType)
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}

/** Reads the objection form: text fields, and the attachments in memory (each at most 10 MB, at most 5 + 1 parts). */
async function readObjectionForm(request: FastifyRequest): Promise<{ fields: Record<string, string>; files: ObjectionAttachment[] }> {
  const fields: Record<string, string> = {};
  const files: ObjectionAttachment[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.filename || bytes.length > 0) files.push({ fileName: part.filename || '附件', bytes });
      } else if (part.fieldname !== 'attachments') {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', '每个附件不能超过10 MB');
    if (code === 'FST_FILES_LIMIT') throw new AppError('PAYLOAD_TOO_LARGE', `附件最多${OBJECTION_MAX_FILES}个`);
    // A body cut short or not multipart at all: the parser's own errors carry a 4xx status, a broken stream none.
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) throw error;
    throw new AppError('MALFORMED_REQUEST', '表单内容格式不正确，请重新提交');
  }
  return { fields, files };
}

// 公示与异议 (Art. 7(2)(4), Art. 8).
export async function noticesRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  const open = { config: { isPublic: true, isSessionless: true } };
  await app.register(fastifyMultipart, { limits: { fileSize: OBJECTION_MAX_FILE_BYTES, files: OBJECTION_MAX_FILES + 1, fields: 20, fieldSize: 64 * 1024 } });

  app.get('/api/v1/notices', open, async (request) => {
    parseInput(zNoInput, request.query);
    return listPublicNotices(deps);
  });

  app.get('/api/v1/notices/:id', open, async (request) => {
    const { id } = parseInput(zNoticeIdParams, request.params);
    return getPublicNotice(deps, id);
  });

  app.get('/api/v1/notices/:id/document.docx', open, async (request, reply) => {
    const { id } = parseInput(zNoticeIdParams, request.params);
    return sendFile(reply, await downloadNoticeDocument(deps, id), 'attachment');
  });

  app.post('/api/v1/notices/:id/objections', open, async (request, reply) => {
    const { id } = parseInput(zNoticeIdParams, request.params);
    const { fields, files } = await readObjectionForm(request);
    const form = parseInput(zObjectionForm, fields);
    return reply.code(201).send(await submitObjection(deps, contextOf(request), id, form, files));
  });

  app.get('/api/v1/objections/:receiptNumber', open, async (request) => {
    const { receiptNumber } = parseInput(zReceiptParams, request.params);
    const { phone } = parseInput(zReceiptQuery, request.query);
    return getObjectionStatus(deps, receiptNumber, phone);
  });

  app.get('/api/calls/:id/creation-notices/preview', async (request) => {
    const { id } = parseInput(zCallIdParams, request.params);
    return previewCreationNotice(deps, contextOf(request), id);
  });

  app.post('/api/calls/:id/creation-notices', async (request, reply) => {
    const { id } = parseInput(zCallIdParams, request.params);
    const input = parseInput(zPublishCreationNotice, request.body);
    return reply.code(201).send(await publishCreationNotice(deps, contextOf(request), id, input));
  });

  app.get('/api/notices', async (request) => {
    parseInput(zNoInput, request.query);
    return listNotices(deps, contextOf(request));
  });

  app.get('/api/notices/:id', async (request) => {
    const { id } = parseInput(zNoticeIdParams, request.params);
    return getNotice(deps, contextOf(request), id);
  });

  app.get('/api/notices/:id/objections', async (request) => {
    const { id } = parseInput(zNoticeIdParams, request.params);
    return listObjections(deps, contextOf(request), id);
  });

  app.get('/api/objections/:id/attachments/:index', async (request, reply) => {
    const { id, index } = parseInput(zObjectionAttachmentParams, request.params);
    return sendFile(reply, await downloadObjectionAttachment(deps, contextOf(request), id, index), 'inline');
  });

  app.post('/api/objections/:id/decision', async (request) => {
    const { id } = parseInput(zObjectionIdParams, request.params);
    const input = parseInput(zObjectionDecision, request.body);
    return decideObjection(deps, contextOf(request), id, input);
  });

  app.post('/api/notices/:id/confirm', async (request) => {
    const { id } = parseInput(zNoticeIdParams, request.params);
    parseInput(zNoInput, request.body);
    return confirmCreationObjects(deps, contextOf(request), id);
  });
}
