// 复核 (F5 item 3; Art. 10): rounds, the operator's report, the city's assessment, the province's decision. ADR 0016.
// Route shapes are listed in src/contracts/re-review.ts.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import {
  MAX_RE_REVIEW_FILE_BYTES,
  zAssessReReview,
  zCreateReReviewRound,
  zDecideReReview,
  zPreviewReReviewRound,
  zReReviewFileParams,
  zReReviewListQuery,
  zReReviewObjectParams,
  zReReviewParams,
  zSaveReReviewReport,
} from '../../contracts/re-review';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { addReReviewFile } from '../use-cases/add-re-review-file';
import { assessReReview } from '../use-cases/assess-re-review';
import type { Deps } from '../use-cases/context';
import { createReReviewRound } from '../use-cases/create-re-review-round';
import { decideReReview } from '../use-cases/decide-re-review';
import { getObjectReReviews } from '../use-cases/get-object-re-reviews';
import { getReReviewFile } from '../use-cases/get-re-review-file';
import { getReReviewOverview } from '../use-cases/get-re-review-overview';
import { listReReviews } from '../use-cases/list-re-reviews';
import { previewReReviewRound } from '../use-cases/preview-re-review-round';
import { removeReReviewFile } from '../use-cases/remove-re-review-file';
import { saveReReviewReport } from '../use-cases/save-re-review-report';
import { submitReReviewReport } from '../use-cases/submit-re-review-report';
import { readSingleUpload, singleUploadLimits } from './read-single-upload';

const reReviewPath = '/api/creation-objects/:id/re-reviews/:reReviewId';

export async function reReviewRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  // Only this plugin's routes accept multipart; one file of at most 20 MB per request (as acceptance evidence).
  await app.register(fastifyMultipart, singleUploadLimits(MAX_RE_REVIEW_FILE_BYTES));

  app.get('/api/re-review-rounds', async (request) => {
    parseInput(zNoInput, request.query);
    return getReReviewOverview(deps, contextOf(request));
  });

  app.post('/api/re-review-rounds/preview', async (request) => {
    const input = parseInput(zPreviewReReviewRound, request.body);
    return previewReReviewRound(deps, contextOf(request), input);
  });

  app.post('/api/re-review-rounds', async (request, reply) => {
    const input = parseInput(zCreateReReviewRound, request.body);
    return reply.code(201).send(await createReReviewRound(deps, contextOf(request), input));
  });

  app.get('/api/re-reviews', async (request) => {
    const query = parseInput(zReReviewListQuery, request.query);
    return listReReviews(deps, contextOf(request), query);
  });

  app.get('/api/creation-objects/:id/re-reviews', async (request) => {
    const { id } = parseInput(zReReviewObjectParams, request.params);
    parseInput(zNoInput, request.query);
    return getObjectReReviews(deps, contextOf(request), id);
  });

  app.put(`${reReviewPath}/report`, async (request) => {
    const { id, reReviewId } = parseInput(zReReviewParams, request.params);
    const input = parseInput(zSaveReReviewReport, request.body);
    return saveReReviewReport(deps, contextOf(request), id, reReviewId, input);
  });

  app.post(`${reReviewPath}/files`, async (request, reply) => {
    const { id, reReviewId } = parseInput(zReReviewParams, request.params);
    return reply.code(201).send(await addReReviewFile(deps, contextOf(request), id, reReviewId, () => readSingleUpload(request, deps.dataDir, MAX_RE_REVIEW_FILE_BYTES)));
  });

  app.get(`${reReviewPath}/files/:fileId`, async (request, reply) => {
    const { id, reReviewId, fileId } = parseInput(zReReviewFileParams, request.params);
    const file = await getReReviewFile(deps, contextOf(request), id, reReviewId, fileId);
    return sendDownload(reply, { stream: file.stream, sizeBytes: file.sizeBytes, mediaType: file.mediaType, fileName: file.originalName });
  });

  app.delete(`${reReviewPath}/files/:fileId`, async (request) => {
    const { id, reReviewId, fileId } = parseInput(zReReviewFileParams, request.params);
    return removeReReviewFile(deps, contextOf(request), id, reReviewId, fileId);
  });

  app.post(`${reReviewPath}/submit`, async (request) => {
    const { id, reReviewId } = parseInput(zReReviewParams, request.params);
    parseInput(zNoInput, request.body);
    return submitReReviewReport(deps, contextOf(request), id, reReviewId);
  });

  app.post(`${reReviewPath}/assessment`, async (request) => {
    const { id, reReviewId } = parseInput(zReReviewParams, request.params);
    const input = parseInput(zAssessReReview, request.body);
    return assessReReview(deps, contextOf(request), id, reReviewId, input);
  });

  app.post(`${reReviewPath}/decision`, async (request) => {
    const { id, reReviewId } = parseInput(zReReviewParams, request.params);
    const input = parseInput(zDecideReReview, request.body);
    return decideReReview(deps, contextOf(request), id, reReviewId, input);
  });
}
