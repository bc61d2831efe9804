// Art. 14 义务履行记录 (F5 item 6): government service activities and sharing activities. ADR 0016.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { MAX_EVIDENCE_BYTES } from '../../contracts/acceptance';
import { zObligationEvidenceParams, zObligationParams, zObligationsParams, zObligationsQuery, zRecordObligation, zVoidObligation } from '../../contracts/obligations';
import { contextOf } from '../http/request-context';
import { readSingleUpload, singleUploadLimits } from './read-single-upload';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { addObligationEvidence } from '../use-cases/add-obligation-evidence';
import type { Deps } from '../use-cases/context';
import { getObligationEvidence } from '../use-cases/get-obligation-evidence';
import { listObligations } from '../use-cases/list-obligations';
import { recordObligation } from '../use-cases/record-obligation';
import { voidObligation } from '../use-cases/void-obligation';

export async function obligationsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  // Only this plugin's routes accept multipart; one file of at most 20 MB per request.
  await app.register(fastifyMultipart, singleUploadLimits(MAX_EVIDENCE_BYTES));

  app.get('/api/creation-objects/:id/obligations', async (request) => {
    const { id } = parseInput(zObligationsParams, request.params);
    const query = parseInput(zObligationsQuery, request.query);
    return listObligations(deps, contextOf(request), id, query);
  });

  app.post('/api/creation-objects/:id/obligations', async (request, reply) => {
    const { id } = parseInput(zObligationsParams, request.params);
    const input = parseInput(zRecordObligation, request.body);
    return reply.code(201).send(await recordObligation(deps, contextOf(request), id, input));
  });

  app.post('/api/creation-objects/:id/obligations/:recordId/evidence', async (request, reply) => {
    const { id, recordId } = parseInput(zObligationParams, request.params);
    return reply.code(201).send(await addObligationEvidence(deps, contextOf(request), id, recordId, () => readSingleUpload(request, deps.dataDir, MAX_EVIDENCE_BYTES)));
  });

  app.get('/api/creation-objects/:id/obligations/:recordId/evidence/:fileId', async (request, reply) => {
    const { id, recordId, fileId } = parseInput(zObligationEvidenceParams, request.params);
    const file = await getObligationEvidence(deps, contextOf(request), id, recordId, fileId);
    return sendDownload(reply, { stream: file.stream, sizeBytes: file.sizeBytes, mediaType: file.mediaType, fileName: file.originalName });
  });

  app.post('/api/creation-objects/:id/obligations/:recordId/void', async (request) => {
    const { id, recordId } = parseInput(zObligationParams, request.params);
    const input = parseInput(zVoidObligation, request.body);
    return voidObligation(deps, contextOf(request), id, recordId, input);
  });
}
