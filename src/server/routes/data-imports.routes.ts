// 数据导入 (F4 item 2(a)). Route shapes:
//   GET  /api/creation-objects/:id/datasets/:dataset/template.xlsx   → the Excel template      (creationData.read)
//   GET  /api/creation-objects/:id/datasets/:dataset/template.csv    → the CSV template (UTF-8 with BOM)
//   POST /api/creation-objects/:id/datasets/:dataset/imports  multipart: file (.xlsx or .csv, ≤ 200 MB)
//        → 201 ImportResult                                                                    (creationData.write)
//   GET  /api/creation-objects/:id/imports                           → ImportHistory, newest first (creationData.read)
//   GET  /api/creation-objects/:id/imports/:importId/error-report.xlsx → the Excel error report
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { zCreationObjectIdParams } from '../../contracts/creation-objects';
import { MAX_IMPORT_FILE_BYTES, zDatasetParams, zImportReportParams } from '../../contracts/data-imports';
import { zNoInput } from '../../contracts/fields';
import { AppError } from '../../domain/shared/app-error';
import { receiveImportFile, type ReceivedFile } from '../creation-data/upload-file';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { downloadDatasetTemplate } from '../use-cases/download-dataset-template';
import { downloadImportReport } from '../use-cases/download-import-report';
import { importDatasetFile } from '../use-cases/import-dataset-file';
import { listDataImports } from '../use-cases/list-data-imports';

function fieldProblem(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path, message }] });
}

/** Streams the one file of the multipart body (field `file`) to a temporary file; nothing is held in memory. */
async function receiveUpload(request: FastifyRequest, dataDir: string): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw fieldProblem('file', '请以multipart/form-data上传文件（字段名file）');
  let received: ReceivedFile | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') throw fieldProblem(part.fieldname, `不接受的字段：${part.fieldname}`);
      if (part.fieldname !== 'file' || received) throw fieldProblem(part.fieldname, '每次只能上传一个文件（字段名file）');
      received = await receiveImportFile(dataDir, part.file, part.filename || '未命名文件', MAX_IMPORT_FILE_BYTES);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', `文件超过${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB，请分成几个文件分别导入`);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw fieldProblem('file', '每次只能上传一个文件（字段名file）');
    throw new AppError('MALFORMED_REQUEST', '上传内容格式不正确，请重新选择文件上传');
  }
  if (!received) throw fieldProblem('file', '请选择要导入的文件');
  return received;
}

export async function dataImportsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  // One file per request; the byte cap is enforced while streaming (receiveImportFile), one byte under busboy's.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_IMPORT_FILE_BYTES + 1, files: 1, fields: 0, parts: 1 } });

  for (const format of ['xlsx', 'csv'] as const) {
    app.get(`/api/creation-objects/:id/datasets/:dataset/template.${format}`, async (request, reply) => {
      const { id, dataset } = parseInput(zDatasetParams, request.params);
      parseInput(zNoInput, request.query);
      return sendDownload(reply, await downloadDatasetTemplate(deps, contextOf(request), id, dataset, format));
    });
  }

  app.post('/api/creation-objects/:id/datasets/:dataset/imports', async (request, reply) => {
    const { id, dataset } = parseInput(zDatasetParams, request.params);
    const result = await importDatasetFile(deps, contextOf(request), id, dataset, () => receiveUpload(request, deps.dataDir));
    return reply.code(201).send(result);
  });

  app.get('/api/creation-objects/:id/imports', async (request) => {
    const { id } = parseInput(zCreationObjectIdParams, request.params);
    parseInput(zNoInput, request.query);
    return listDataImports(deps, contextOf(request), id);
  });

  app.get('/api/creation-objects/:id/imports/:importId/error-report.xlsx', async (request, reply) => {
    const { id, importId } = parseInput(zImportReportParams, request.params);
    return sendDownload(reply, await downloadImportReport(deps, contextOf(request), id, importId));
  });
}
