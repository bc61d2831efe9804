import type { FastifyInstance } from 'fastify';
import { zDeclarationRequest, zReviewFileParams, zReviewIdParams, zScoresRequest } from '../../contracts/experts';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { declareConflict } from '../use-cases/declare-conflict';
import { getReviewCase } from '../use-cases/get-review-case';
import { getReviewFile } from '../use-cases/get-review-file';
import { listMyReviews } from '../use-cases/list-my-reviews';
import { submitScores } from '../use-cases/submit-scores';

// 我的评审: an expert's own assignments (Art. 7(2)); the declaration comes before anything of the case.
export async function expertReviewsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.get('/api/my-reviews', async (request) => {
    parseInput(zNoInput, request.query);
    return listMyReviews(deps, contextOf(request));
  });

  app.post('/api/my-reviews/:id/declaration', async (request) => {
    const { id } = parseInput(zReviewIdParams, request.params);
    const input = parseInput(zDeclarationRequest, request.body);
    return declareConflict(deps, contextOf(request), id, input);
  });

  app.get('/api/my-reviews/:id', async (request) => {
    const { id } = parseInput(zReviewIdParams, request.params);
    parseInput(zNoInput, request.query);
    return getReviewCase(deps, contextOf(request), id);
  });

  app.get('/api/my-reviews/:id/files/:fileId', async (request, reply) => {
    const { id, fileId } = parseInput(zReviewFileParams, request.params);
    parseInput(zNoInput, request.query);
    const { file, content } = await getReviewFile(deps, contextOf(request), id, fileId);
    return sendDownload(reply, { bytes: content, mediaType: file.mediaType, fileName: file.originalName });
  });

  app.post('/api/my-reviews/:id/scores', async (request) => {
    const { id } = parseInput(zReviewIdParams, request.params);
    const input = parseInput(zScoresRequest, request.body);
    return submitScores(deps, contextOf(request), id, input);
  });
}
