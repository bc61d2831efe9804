// 评估验收 (F5 item 1; Art. 7(3)): the operator's submission, the province's review with its frozen snapshot, the
// decision (ADR 0015). Route shapes are listed in src/contracts/acceptance.ts.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import {
  MAX_EVIDENCE_BYTES,
  zAcceptanceDecision,
  zAcceptanceEvidenceParams,
  zAcceptanceListQuery,
  zAcceptanceLockRequest,
  zAcceptanceParams,
  zSaveAcceptanceDraft,
} from '../../contracts/acceptance';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { readSingleUpload, singleUploadLimits } from './read-single-upload';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { addAcceptanceEvidence } from '../use-cases/add-acceptance-evidence';
import type { Deps } from '../use-cases/context';
import { decideAcceptance } from '../use-cases/decide-acceptance';
import { downloadAcceptanceEvidence } from '../use-cases/download-acceptance-evidence';
import { getAcceptance } from '../use-cases/get-acceptance';
import { listAcceptance } from '../use-cases/list-acceptance';
import { removeAcceptanceEvidence } from '../use-cases/remove-acceptance-evidence';
import { saveAcceptanceDraft } from '../use-cases/save-acceptance-draft';
import { startAcceptanceReview } from '../use-cases/start-acceptance-review';
import { submitAcceptance } from '../use-cases/submit-acceptance';

export async function acceptanceRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  // Only this plugin's routes accept multipart; one file of at most 20 MB per request.
  await app.register(fastifyMultipart, singleUploadLimits(MAX_EVIDENCE_BYTES));

  app.get('/api/acceptance', async (request) => {
    const query = parseInput(zAcceptanceListQuery, request.query);
    return listAcceptance(deps, contextOf(request), query);
  });

  app.get('/api/creation-objects/:id/acceptance', async (request) => {
    const { id } = parseInput(zAcceptanceParams, request.params);
    parseInput(zNoInput, request.query);
    return getAcceptance(deps, contextOf(request), id);
  });

  app.put('/api/creation-objects/:id/acceptance/draft', async (request) => {
    const { id } = parseInput(zAcceptanceParams, request.params);
    const input = parseInput(zSaveAcceptanceDraft, request.body);
    return saveAcceptanceDraft(deps, contextOf(request), id, input);
  });

  app.post('/api/creation-objects/:id/acceptance/evidence', async (request, reply) => {
    const { id } = parseInput(zAcceptanceParams, request.params);
    return reply.code(201).send(await addAcceptanceEvidence(deps, contextOf(request), id, () => readSingleUpload(request, deps.dataDir, MAX_EVIDENCE_BYTES)));
  });

  app.get('/api/creation-objects/:id/acceptance/evidence/:fileId', async (request, reply) => {
    const { id, fileId } = parseInput(zAcceptanceEvidenceParams, request.params);
    const file = await downloadAcceptanceEvidence(deps, contextOf(request), id, fileId);
    return sendDownload(reply, { stream: file.stream, sizeBytes: file.sizeBytes, mediaType: file.mediaType, fileName: file.originalName });
  });

  app.delete('/api/creation-objects/:id/acceptance/evidence/:fileId', async (request) => {
    const { id, fileId } = parseInput(zAcceptanceEvidenceParams, request.params);
    return removeAcceptanceEvidence(deps, contextOf(request), id, fileId);
  });

  app.post('/api/creation-objects/:id/acceptance/submit', async (request) => {
    const { id } = parseInput(zAcceptanceParams, request.params);
    const { lockVersion } = parseInput(zAcceptanceLockRequest, request.body);
    return submitAcceptance(deps, contextOf(request), id, lockVersion);
  });

  app.post('/api/creation-objects/:id/acceptance/start', async (request) => {
    const { id } = parseInput(zAcceptanceParams, request.params);
    const { lockVersion } = parseInput(zAcceptanceLockRequest, request.body);
    return startAcceptanceReview(deps, contextOf(request), id, lockVersion);
  });

  app.post('/api/creation-objects/:id/acceptance/decision', async (request) => {
    const { id } = parseInput(zAcceptanceParams, request.params);
    const input = parseInput(zAcceptanceDecision, request.body);
    return decideAcceptance(deps, contextOf(request), id, input);
  });
}
