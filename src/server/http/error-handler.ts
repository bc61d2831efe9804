import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError, type ErrorCode } from '../../domain/shared/app-error';
import { STATUS_BY_CODE } from './error-status';

export interface ErrorEnvelope {
  code: ErrorCode;
  message: string;
  issues: { path: string; message: string }[];
  details?: Record<string, unknown>;
}

// Fastify's own 4xx errors (body parsing, content type, size) get the envelope and a Chinese message.
function fromFastifyError(error: FastifyError): AppError | null {
  const status = error.statusCode ?? 0;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', '请求内容过大');
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型，请以 application/json 提交');
  if (status >= 400 && status < 500) {
    const isJson = error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError;
    return new AppError('MALFORMED_REQUEST', isJson ? '请求体不是有效的JSON' : '请求格式不正确');
  }
  return null;
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  const body: ErrorEnvelope = { code: error.code, message: error.message, issues: error.issues };
  if (error.details) body.details = error.details;
  // A download that failed before its first byte (FILE_CORRUPTED) must not still announce a file (ASVS V12.5).
  reply.removeHeader('content-disposition');
  reply.removeHeader('content-length');
  // RFC 9110 §10.2.3: a 429 says when to come back (F7 item 4).
  const retryAfterSeconds = error.details?.retryAfterSeconds;
  if (error.code === 'RATE_LIMITED' && typeof retryAfterSeconds === 'number') reply.header('retry-after', String(retryAfterSeconds));
  return reply.code(STATUS_BY_CODE[error.code]).type('application/json; charset=utf-8').send(body);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const known = isAppError(error) ? error : fromFastifyError(error);
    if (known && STATUS_BY_CODE[known.code] < 500) return sendError(reply, known);
    // Never a stack trace or SQL in a response; the log keeps them with the request id.
    request.log.error({ err: error }, 'request failed');
    // Our own server-side errors carry a message written for people; anything else gets a generic one.
    if (known) return sendError(reply, known);
    return sendError(reply, new AppError('INTERNAL', `系统内部错误，请稍后重试（请求编号 ${request.id}）`));
  });
}
