// 申报 (Art. 7(1)). Route shapes (stable; other features build on them):
//   GET  /api/applications?callId=&state=               → ApplicationList   (application.read, scoped)
//   GET  /api/applications/:id                           → ApplicationDetail (application.read; other city/org → 404)
//   GET  /api/applications/:id/files/:fileId             → the file (a material or a version's .docx)
//   POST /api/applications {callId}                      → 201 ApplicationDetail (a draft of the applicant's organisation)
//   POST /api/applications/:id {lockVersion, content}    → ApplicationDetail (draft / returned_for_revision only)
//   POST /api/applications/:id/materials  multipart: kind, file (PDF/JPG/PNG by content, ≤ 20 MB) → 201 ApplicationMaterial
//   POST /api/applications/:id/materials/:materialId/remove {}         → 204
//   POST /api/applications/:id/submit {lockVersion}      → ApplicationDetail (submit or, after a return, resubmit)
//   POST /api/applications/:id/withdraw {lockVersion, reason?}         → ApplicationDetail
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  zApplicationFileParams,
  zApplicationIdParams,
  zApplicationListQuery,
  zApplicationMaterialParams,
  zCreateApplication,
  zMaterialUploadFields,
  zSaveApplicationDraft,
  zSubmitApplication,
  zWithdrawApplication,
} from '../../contracts/applications';
import { zNoInput } from '../../contracts/fields';
import type { ApplicationDraft } from '../../domain/applications/application-content';
import { AppError } from '../../domain/shared/app-error';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { discardReceived } from '../storage/file-storage';
import type { ReceivedUpload } from '../storage/check-evidence-upload';
import { receiveFilePart, uploadFailure } from './read-single-upload';
import { addApplicationMaterial, MAX_MATERIAL_BYTES, type MaterialUpload } from '../use-cases/add-application-material';
import type { Deps } from '../use-cases/context';
import { createApplicationDraft } from '../use-cases/create-application-draft';
import { downloadApplicationFile } from '../use-cases/download-application-file';
import { getApplication } from '../use-cases/get-application';
import { listApplications } from '../use-cases/list-applications';
import { removeApplicationMaterial } from '../use-cases/remove-application-material';
import { saveApplicationDraft } from '../use-cases/save-application-draft';
import { submitApplication } from '../use-cases/submit-application';
import { withdrawApplication } from '../use-cases/withdraw-application';

/**
 * Reads the multipart body (fields kind and file, in any order) into one upload: the file streams to a temporary
 * file (read-single-upload.ts), which the use case removes once it is stored or refused.
 */
async function readUpload(request: FastifyRequest, dataDir: string): Promise<MaterialUpload> {
  if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以multipart/form-data上传文件', { issues: [{ path: 'file', message: '请选择要上传的文件' }] });
  let kind: unknown;
  let file: ReceivedUpload | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: part.fieldname, message: '每次只能上传一个文件（字段名file）' }] });
        file = await receiveFilePart(part, dataDir, MAX_MATERIAL_BYTES);
      } else if (part.fieldname === 'kind') {
        kind = part.value;
      } else {
        throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: part.fieldname, message: `不接受的字段：${part.fieldname}` }] });
      }
    }
    const { kind: parsedKind } = parseInput(zMaterialUploadFields, { kind });
    if (!file) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: [{ path: 'file', message: '请选择要上传的文件' }] });
    return { kind: parsedKind, ...file };
  } catch (error) {
    // A file already received is removed whatever failed after it (a bad kind, a second part, a body cut short).
    if (file) await discardReceived(file);
    throw uploadFailure(error, MAX_MATERIAL_BYTES);
  }
}

export async function applicationsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  // Only this plugin's routes accept multipart; one file of at most 20 MB per request.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_MATERIAL_BYTES, files: 1, fields: 4, fieldSize: 1024, parts: 6 } });

  app.get('/api/applications', async (request) => {
    const query = parseInput(zApplicationListQuery, request.query);
    return listApplications(deps, contextOf(request), query);
  });

  app.get('/api/applications/:id', async (request) => {
    const { id } = parseInput(zApplicationIdParams, request.params);
    parseInput(zNoInput, request.query);
    return getApplication(deps, contextOf(request), id);
  });

  app.get('/api/applications/:id/files/:fileId', async (request, reply) => {
    const { id, fileId } = parseInput(zApplicationFileParams, request.params);
    const file = await downloadApplicationFile(deps, contextOf(request), id, fileId);
    return sendDownload(reply, { stream: file.stream, sizeBytes: file.sizeBytes, mediaType: file.mediaType, fileName: file.originalName });
  });

  app.post('/api/applications', async (request, reply) => {
    const { callId } = parseInput(zCreateApplication, request.body);
    return reply.code(201).send(await createApplicationDraft(deps, contextOf(request), callId));
  });

  app.post('/api/applications/:id', async (request) => {
    const { id } = parseInput(zApplicationIdParams, request.params);
    const { lockVersion, content } = parseInput(zSaveApplicationDraft, request.body);
    return saveApplicationDraft(deps, contextOf(request), id, lockVersion, content as ApplicationDraft);
  });

  app.post('/api/applications/:id/materials', async (request, reply) => {
    const { id } = parseInput(zApplicationIdParams, request.params);
    return reply.code(201).send(await addApplicationMaterial(deps, contextOf(request), id, () => readUpload(request, deps.dataDir)));
  });

  app.post('/api/applications/:id/materials/:materialId/remove', async (request, reply) => {
    const { id, materialId } = parseInput(zApplicationMaterialParams, request.params);
    parseInput(zNoInput, request.body);
    await removeApplicationMaterial(deps, contextOf(request), id, materialId);
    return reply.code(204).send();
  });

  app.post('/api/applications/:id/submit', async (request) => {
    const { id } = parseInput(zApplicationIdParams, request.params);
    const { lockVersion } = parseInput(zSubmitApplication, request.body);
    return submitApplication(deps, contextOf(request), id, lockVersion);
  });

  app.post('/api/applications/:id/withdraw', async (request) => {
    const { id } = parseInput(zApplicationIdParams, request.params);
    const { lockVersion, reason } = parseInput(zWithdrawApplication, request.body);
    return withdrawApplication(deps, contextOf(request), id, lockVersion, reason);
  });
}
