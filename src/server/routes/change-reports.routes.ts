// 重大变化报告 (F5 item 4; Art. 11): the operator's report, the city's proposal, the province's decision.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import {
  MAX_CHANGE_DOCUMENT_BYTES,
  zChangeReportDocumentParams,
  zChangeReportParams,
  zChangeReportsParams,
  zDecideChangeReport,
  zProposeChangeOutcome,
  zReportChange,
} from '../../contracts/change-reports';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { addChangeReportDocument } from '../use-cases/add-change-report-document';
import type { Deps } from '../use-cases/context';
import { decideChangeReport } from '../use-cases/decide-change-report';
import { downloadChangeReportDocument } from '../use-cases/download-change-report-document';
import { listChangeReports } from '../use-cases/list-change-reports';
import { proposeChangeOutcome } from '../use-cases/propose-change-outcome';
import { reportChange } from '../use-cases/report-change';
import { readSingleUpload, singleUploadLimits } from './read-single-upload';

export async function changeReportsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  // Only this plugin's routes accept multipart: one document of at most 20 MB per request.
  await app.register(fastifyMultipart, singleUploadLimits(MAX_CHANGE_DOCUMENT_BYTES));

  app.get('/api/creation-objects/:id/change-reports', async (request) => {
    const { id } = parseInput(zChangeReportsParams, request.params);
    parseInput(zNoInput, request.query);
    return listChangeReports(deps, contextOf(request), id);
  });

  app.post('/api/creation-objects/:id/change-reports', async (request, reply) => {
    const { id } = parseInput(zChangeReportsParams, request.params);
    const input = parseInput(zReportChange, request.body);
    return reply.code(201).send(await reportChange(deps, contextOf(request), id, input));
  });

  app.post('/api/creation-objects/:id/change-reports/:reportId/proposal', async (request) => {
    const { id, reportId } = parseInput(zChangeReportParams, request.params);
    const input = parseInput(zProposeChangeOutcome, request.body);
    return proposeChangeOutcome(deps, contextOf(request), id, reportId, input);
  });

  app.post('/api/creation-objects/:id/change-reports/:reportId/decision', async (request) => {
    const { id, reportId } = parseInput(zChangeReportParams, request.params);
    const input = parseInput(zDecideChangeReport, request.body);
    return decideChangeReport(deps, contextOf(request), id, reportId, input);
  });

  // Art. 11 "报告……及相关材料": the operator adds documents until the city's proposal; the report's readers download them.
  app.post('/api/creation-objects/:id/change-reports/:reportId/documents', async (request, reply) => {
    const { id, reportId } = parseInput(zChangeReportParams, request.params);
    const added = await addChangeReportDocument(deps, contextOf(request), id, reportId, () => readSingleUpload(request, deps.dataDir, MAX_CHANGE_DOCUMENT_BYTES));
    return reply.code(201).send(added);
  });

  app.get('/api/creation-objects/:id/change-reports/:reportId/documents/:fileId', async (request, reply) => {
    const { id, reportId, fileId } = parseInput(zChangeReportDocumentParams, request.params);
    parseInput(zNoInput, request.query);
    const file = await downloadChangeReportDocument(deps, contextOf(request), id, reportId, fileId);
    return sendDownload(reply, { stream: file.stream, sizeBytes: file.sizeBytes, mediaType: file.mediaType, fileName: file.originalName });
  });
}
