import type { FastifyInstance } from 'fastify';
import { zApplicationIdParams } from '../../contracts/applications';
import { zCallReviewParams, zFormalCheckRequest, zProvinceDecisionRequest, zProvinceReviewQuery, zShortlistPreviewRequest, zShortlistRequest } from '../../contracts/province-review';
import { zNoInput } from '../../contracts/fields';
import { XLSX_TYPE } from '../documents/xlsx-workbook';
import { sendDownload } from '../http/send-download';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import { commitShortlist } from '../use-cases/commit-shortlist';
import type { Deps } from '../use-cases/context';
import { exportReviewDetails } from '../use-cases/export-review-details';
import { listProvinceReviewQueue } from '../use-cases/list-province-review-queue';
import { previewShortlist } from '../use-cases/preview-shortlist';
import { recordFormalCheck } from '../use-cases/record-formal-check';
import { rejectByProvince } from '../use-cases/reject-by-province';

// 省级审核 (Art. 7(2)): formal check, rejection, the shortlist of 拟创建对象 and the internal review export.
export async function provinceReviewRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.post('/api/applications/:id/formal-check', async (request, reply) => {
    const { id } = parseInput(zApplicationIdParams, request.params);
    const input = parseInput(zFormalCheckRequest, request.body);
    return reply.code(201).send(await recordFormalCheck(deps, contextOf(request), id, input));
  });

  app.post('/api/applications/:id/province-decision', async (request) => {
    const { id } = parseInput(zApplicationIdParams, request.params);
    const input = parseInput(zProvinceDecisionRequest, request.body);
    return rejectByProvince(deps, contextOf(request), id, input);
  });

  app.get('/api/calls/:callId/province-review', async (request) => {
    const { callId } = parseInput(zCallReviewParams, request.params);
    const { state } = parseInput(zProvinceReviewQuery, request.query);
    return listProvinceReviewQueue(deps, contextOf(request), callId, state);
  });

  app.post('/api/calls/:callId/shortlist/preview', async (request) => {
    const { callId } = parseInput(zCallReviewParams, request.params);
    const input = parseInput(zShortlistPreviewRequest, request.body);
    return previewShortlist(deps, contextOf(request), callId, input);
  });

  app.post('/api/calls/:callId/shortlist', async (request) => {
    const { callId } = parseInput(zCallReviewParams, request.params);
    const input = parseInput(zShortlistRequest, request.body);
    return commitShortlist(deps, contextOf(request), callId, input);
  });

  app.get('/api/calls/:callId/review-export.xlsx', async (request, reply) => {
    const { callId } = parseInput(zCallReviewParams, request.params);
    parseInput(zNoInput, request.query);
    const file = await exportReviewDetails(deps, contextOf(request), callId);
    return sendDownload(reply, { bytes: file.buffer, mediaType: XLSX_TYPE, fileName: file.fileName, asciiFileName: file.asciiFileName });
  });
}
