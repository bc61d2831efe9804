// Art. 12 (F5 item 5): a serious-dishonesty listing or verified data fraud cancels a creation or revokes a
// certification from any state, with the reason published.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import {
  MAX_INTEGRITY_EVIDENCE_BYTES,
  zIntegrityEvidenceParams,
  zIntegrityFindingParams,
  zIntegrityFindingsParams,
  zRecordIntegrityFinding,
  zRevocationListQuery,
} from '../../contracts/integrity';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import { addIntegrityEvidence } from '../use-cases/add-integrity-evidence';
import type { Deps } from '../use-cases/context';
import { downloadIntegrityEvidence } from '../use-cases/download-integrity-evidence';
import { listIntegrityFindings } from '../use-cases/list-integrity-findings';
import { listPublicRevocations } from '../use-cases/list-public-revocations';
import { recordIntegrityFinding } from '../use-cases/record-integrity-finding';
import { readSingleUpload, singleUploadLimits } from './read-single-upload';

export async function integrityActionsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  const open = { config: { isPublic: true, isSessionless: true } };
  // Only this plugin's routes accept multipart: one evidence file of at most 20 MB per request.
  await app.register(fastifyMultipart, singleUploadLimits(MAX_INTEGRITY_EVIDENCE_BYTES));

  app.get('/api/creation-objects/:id/integrity-findings', async (request) => {
    const { id } = parseInput(zIntegrityFindingsParams, request.params);
    parseInput(zNoInput, request.query);
    return listIntegrityFindings(deps, contextOf(request), id);
  });

  app.post('/api/creation-objects/:id/integrity-findings', async (request, reply) => {
    const { id } = parseInput(zIntegrityFindingsParams, request.params);
    const input = parseInput(zRecordIntegrityFinding, request.body);
    return reply.code(201).send(await recordIntegrityFinding(deps, contextOf(request), id, input));
  });

  // The province's evidence of a finding (ADR 0016): added at any time after it, read by the province and the auditors only.
  app.post('/api/creation-objects/:id/integrity-findings/:findingId/evidence', async (request, reply) => {
    const { id, findingId } = parseInput(zIntegrityFindingParams, request.params);
    const added = await addIntegrityEvidence(deps, contextOf(request), id, findingId, () => readSingleUpload(request, deps.dataDir, MAX_INTEGRITY_EVIDENCE_BYTES));
    return reply.code(201).send(added);
  });

  app.get('/api/creation-objects/:id/integrity-findings/:findingId/evidence/:fileId', async (request, reply) => {
    const { id, findingId, fileId } = parseInput(zIntegrityEvidenceParams, request.params);
    parseInput(zNoInput, request.query);
    const file = await downloadIntegrityEvidence(deps, contextOf(request), id, findingId, fileId);
    return sendDownload(reply, { stream: file.stream, sizeBytes: file.sizeBytes, mediaType: file.mediaType, fileName: file.originalName });
  });

  app.get('/api/v1/revocations', open, async (request) => {
    const query = parseInput(zRevocationListQuery, request.query);
    return listPublicRevocations(deps, query);
  });
}
