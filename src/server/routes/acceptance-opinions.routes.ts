// 验收专家意见 (F5 item 1; Art. 7(3)): the province assigns experts; each declares, then judges the qualitative indicators and the plan's goals.
import type { FastifyInstance } from 'fastify';
import {
  zAcceptanceDeclarationRequest,
  zAcceptanceOpinionRequest,
  zAcceptanceReviewParams,
  zAssignAcceptanceExperts,
  zMyAcceptanceEvidenceParams,
  zMyAcceptanceReviewParams,
} from '../../contracts/acceptance-opinions';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { assignAcceptanceExperts } from '../use-cases/assign-acceptance-experts';
import type { Deps } from '../use-cases/context';
import { declareAcceptanceConflict } from '../use-cases/declare-acceptance-conflict';
import { downloadAcceptanceEvidenceForExpert } from '../use-cases/download-acceptance-evidence-for-expert';
import { getMyAcceptanceReview } from '../use-cases/get-my-acceptance-review';
import { listMyAcceptanceReviews } from '../use-cases/list-my-acceptance-reviews';
import { submitAcceptanceOpinion } from '../use-cases/submit-acceptance-opinion';

export async function acceptanceOpinionsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.post('/api/acceptance-reviews/:reviewId/experts', async (request) => {
    const { reviewId } = parseInput(zAcceptanceReviewParams, request.params);
    const input = parseInput(zAssignAcceptanceExperts, request.body);
    return assignAcceptanceExperts(deps, contextOf(request), reviewId, input);
  });

  app.get('/api/my-acceptance-reviews', async (request) => {
    parseInput(zNoInput, request.query);
    return listMyAcceptanceReviews(deps, contextOf(request));
  });

  app.get('/api/my-acceptance-reviews/:opinionId', async (request) => {
    const { opinionId } = parseInput(zMyAcceptanceReviewParams, request.params);
    parseInput(zNoInput, request.query);
    return getMyAcceptanceReview(deps, contextOf(request), opinionId);
  });

  app.post('/api/my-acceptance-reviews/:opinionId/declaration', async (request) => {
    const { opinionId } = parseInput(zMyAcceptanceReviewParams, request.params);
    const input = parseInput(zAcceptanceDeclarationRequest, request.body);
    return declareAcceptanceConflict(deps, contextOf(request), opinionId, input);
  });

  app.post('/api/my-acceptance-reviews/:opinionId/opinion', async (request) => {
    const { opinionId } = parseInput(zMyAcceptanceReviewParams, request.params);
    const input = parseInput(zAcceptanceOpinionRequest, request.body);
    return submitAcceptanceOpinion(deps, contextOf(request), opinionId, input);
  });

  app.get('/api/my-acceptance-reviews/:opinionId/evidence/:fileId', async (request, reply) => {
    const { opinionId, fileId } = parseInput(zMyAcceptanceEvidenceParams, request.params);
    parseInput(zNoInput, request.query);
    const { file, content } = await downloadAcceptanceEvidenceForExpert(deps, contextOf(request), opinionId, fileId);
    return sendDownload(reply, { bytes: content, mediaType: file.mediaType, fileName: file.originalName });
  });
}
