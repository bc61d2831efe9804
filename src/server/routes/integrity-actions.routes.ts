// Art. 12 (F5 item 5): a serious-dishonesty listing or verified data fraud cancels a creation or revokes a
// certification from any state, with the reason published.
import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import { zIntegrityFindingsParams, zRecordIntegrityFinding, zRevocationListQuery } from '../../contracts/integrity';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { listIntegrityFindings } from '../use-cases/list-integrity-findings';
import { listPublicRevocations } from '../use-cases/list-public-revocations';
import { recordIntegrityFinding } from '../use-cases/record-integrity-finding';

export async function integrityActionsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  const open = { config: { isPublic: true, isSessionless: true } };

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

  app.get('/api/v1/revocations', open, async (request) => {
    const query = parseInput(zRevocationListQuery, request.query);
    return listPublicRevocations(deps, query);
  });
}
