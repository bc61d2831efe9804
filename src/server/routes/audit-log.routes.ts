// 操作日志 and 登录日志 for the audit administrator (F7 item 1; 等保2.0 三级 8.1.4.3, 8.1.5.4). Only auditadmin
// (audit.read) reaches them; everyone else is refused in the use case.
import type { FastifyInstance } from 'fastify';
import { zLoginLogQuery, zOperationLogQuery } from '../../contracts/audit-log';
import { XLSX_TYPE } from '../documents/xlsx-workbook';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { exportLoginLog } from '../use-cases/audit-log/export-login-log';
import { exportOperationLog } from '../use-cases/audit-log/export-operation-log';
import { listLoginLog } from '../use-cases/audit-log/list-login-log';
import { listOperationLog } from '../use-cases/audit-log/list-operation-log';
import type { Deps } from '../use-cases/context';

export async function auditLogRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.get('/api/audit/operations', async (request) => listOperationLog(deps, contextOf(request), parseInput(zOperationLogQuery, request.query)));

  app.get('/api/audit/operations.xlsx', async (request, reply) => {
    const file = await exportOperationLog(deps, contextOf(request), parseInput(zOperationLogQuery, request.query));
    return sendDownload(reply, { bytes: file.buffer, mediaType: XLSX_TYPE, fileName: file.fileName, asciiFileName: file.asciiFileName });
  });

  app.get('/api/audit/logins', async (request) => listLoginLog(deps, contextOf(request), parseInput(zLoginLogQuery, request.query)));

  app.get('/api/audit/logins.xlsx', async (request, reply) => {
    const file = await exportLoginLog(deps, contextOf(request), parseInput(zLoginLogQuery, request.query));
    return sendDownload(reply, { bytes: file.buffer, mediaType: XLSX_TYPE, fileName: file.fileName, asciiFileName: file.asciiFileName });
  });
}
