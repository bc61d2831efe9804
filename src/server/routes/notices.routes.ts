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
  zObjectionStatusRequest,
  zPublishCreationNotice,
  zReceiptParams,
  type ObjectionForm,
} from '../../contracts/notices';
import { AppError } from '../../domain/shared/app-error';
import { createRateLimiter, type RateLimiter } from '../http/rate-limiter';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { confirmCreationObjects } from '../use-cases/confirm-creation-objects';
import type { Deps } from '../use-cases/context';
import { decideObjection } from '../use-cases/decide-objection';
import { downloadNoticeDocument } from '../use-cases/download-notice-document';
import { downloadObjectionAttachment } from '../use-cases/download-objection-attachment';
import { getNotice } from '../use-cases/get-notice';
import { getObjectionStatus } from '../use-cases/get-objection-status';
import { getPublicNotice } from '../use-cases/get-public-notice';
import { listNotices } from '../use-cases/list-notices';
import { listObjections } from '../use-cases/list-objections';
import { listPublicNotices } from '../use-cases/list-public-notices';
import { previewCreationNotice } from '../use-cases/preview-creation-notice';
import { publishCreationNotice } from '../use-cases/publish-creation-notice';
import { submitObjection, type ObjectionUpload } from '../use-cases/submit-objection';

const OBJECTIONS_PER_ADDRESS_PER_HOUR = 10;
// The status check answers only to a receipt number and its phone: one address may guess only this often (F7 item 4).
const STATUS_CHECKS_PER_ADDRESS_PER_10_MINUTES = 20;


/**
 * Hands the objection form to the use case part by part: the text fields (which must come first) are checked at the
 * first attachment or the end, and each attachment is streamed on, never held in memory.
 */
async function readObjectionForm(request: FastifyRequest, upload: ObjectionUpload): Promise<ObjectionForm> {
  if (!request.isMultipart()) throw new AppError('MALFORMED_REQUEST', '请以multipart/form-data提交异议表单');
  const fields: Record<string, string> = {};
  let form: ObjectionForm | undefined;
  const acceptFields = (): ObjectionForm => {
    if (!form) {
      form = parseInput(zObjectionForm, fields);
      upload.accept(form);
    }
    return form;
  };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        acceptFields();
        await upload.store(part.filename || '附件', part.file);
      } else if (form) {
        throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: part.fieldname, message: '文字内容须在附件之前提交' }] });
      } else if (part.fieldname !== 'attachments') {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', `每个附件不能超过${OBJECTION_MAX_FILE_BYTES / 1024 / 1024} MB`);
    if (code === 'FST_FILES_LIMIT') throw new AppError('PAYLOAD_TOO_LARGE', `附件最多${OBJECTION_MAX_FILES}个`);
    // A body cut short or not multipart at all: the parser's own errors carry a 4xx status, a broken stream none.
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) throw error;
    throw new AppError('MALFORMED_REQUEST', '表单内容格式不正确，请重新提交');
  }
  return acceptFields();
}

// 公示与异议 (Art. 7(2)(4), Art. 8).
export async function noticesRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  const open = { config: { isPublic: true, isSessionless: true } };
  // The file-size limit sits one byte above ours so the use case's own check (and message) fires first; one file
  // more than allowed reaches the use case, which refuses it before storing it.
  await app.register(fastifyMultipart, { limits: { fileSize: OBJECTION_MAX_FILE_BYTES + 1, files: OBJECTION_MAX_FILES + 1, fields: 20, fieldSize: 64 * 1024 } });
  // Anyone may object without an account, so one address may try at most this often (per process).
  const objectionLimiter = createRateLimiter({
    limit: OBJECTIONS_PER_ADDRESS_PER_HOUR,
    windowMs: 60 * 60 * 1000,
    now: () => deps.clock.now(),
    message: (minutes) => `提交过于频繁：同一网络地址每小时最多提交${OBJECTIONS_PER_ADDRESS_PER_HOUR}次异议，请${minutes}分钟后再试`,
  });
  const statusLimiter = createRateLimiter({
    limit: STATUS_CHECKS_PER_ADDRESS_PER_10_MINUTES,
    windowMs: 10 * 60 * 1000,
    now: () => deps.clock.now(),
    message: (minutes) => `查询过于频繁：同一网络地址每10分钟最多查询${STATUS_CHECKS_PER_ADDRESS_PER_10_MINUTES}次异议处理进度，请${minutes}分钟后再试`,
  });
  const limitedBy = (limiter: RateLimiter) => async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    try {
      limiter.take(request.ip);
    } catch (error) {
      if (error instanceof AppError && typeof error.details?.retryAfterSeconds === 'number') reply.header('retry-after', String(error.details.retryAfterSeconds));
      throw error;
    }
  };
  const limitObjections = limitedBy(objectionLimiter);

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
    const file = await downloadNoticeDocument(deps, id);
    return sendDownload(reply, { bytes: file.bytes, mediaType: file.mediaType, fileName: file.fileName });
  });

  app.post('/api/v1/notices/:id/objections', { ...open, onRequest: limitObjections }, async (request, reply) => {
    const { id } = parseInput(zNoticeIdParams, request.params);
    try {
      return reply.code(201).send(await submitObjection(deps, contextOf(request), id, (upload) => readObjectionForm(request, upload)));
    } catch (error) {
      // A refused upload may be cut off mid-body: close the connection rather than read the rest of it.
      reply.header('connection', 'close');
      throw error;
    }
  });

  // The phone is asked in the body, never the URL (ADR 0023): a URL stays in browser history, proxy logs and the
  // Referer. Sessionless like the objection form, so no CSRF header is asked (it reads no session to abuse).
  app.post('/api/v1/objections/:receiptNumber/status', { ...open, onRequest: limitedBy(statusLimiter) }, async (request) => {
    const { receiptNumber } = parseInput(zReceiptParams, request.params);
    const input = parseInput(zObjectionStatusRequest, request.body);
    return getObjectionStatus(deps, receiptNumber, input);
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
    const file = await downloadObjectionAttachment(deps, contextOf(request), id, index);
    return sendDownload(reply, { bytes: file.bytes, mediaType: file.mediaType, fileName: file.fileName, disposition: 'inline' });
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
