import type { FastifyInstance } from 'fastify';
import { zApplicationIdParams } from '../../contracts/applications';
import { zCityDecisionRequest, zCityExportQuery, zCityReviewQuery, zRecommendationsPreviewRequest, zRecommendationsRequest } from '../../contracts/city-review';
import { XLSX_TYPE } from '../documents/xlsx-workbook';
import { sendDownload } from '../http/send-download';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { decideCityReview } from '../use-cases/decide-city-review';
import { exportCityList } from '../use-cases/export-city-list';
import { listCityReviewQueue } from '../use-cases/list-city-review-queue';
import { previewRecommendations } from '../use-cases/preview-recommendations';
import { recommendApplications } from '../use-cases/recommend-applications';

// 地市初审 (Art. 7(1)): the city's queue, decisions, batch recommendation and export.
export async function cityReviewRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.post('/api/applications/:id/city-decision', async (request) => {
    const { id } = parseInput(zApplicationIdParams, request.params);
    const input = parseInput(zCityDecisionRequest, request.body);
    return decideCityReview(deps, contextOf(request), id, input);
  });

  app.get('/api/city-review/queue', async (request) => {
    const query = parseInput(zCityReviewQuery, request.query);
    return listCityReviewQueue(deps, contextOf(request), query);
  });

  app.post('/api/city-review/recommendations/preview', async (request) => {
    const input = parseInput(zRecommendationsPreviewRequest, request.body);
    return previewRecommendations(deps, contextOf(request), input);
  });

  app.post('/api/city-review/recommendations', async (request) => {
    const input = parseInput(zRecommendationsRequest, request.body);
    return recommendApplications(deps, contextOf(request), input);
  });

  app.get('/api/city-review/export.xlsx', async (request, reply) => {
    const { callId } = parseInput(zCityExportQuery, request.query);
    const file = await exportCityList(deps, contextOf(request), callId);
    return sendDownload(reply, { bytes: file.buffer, mediaType: XLSX_TYPE, fileName: file.fileName, asciiFileName: file.asciiFileName });
  });
}
