// 数据接口 (F4 item 2(b)): the operator's push API keys for one creation object.
import type { FastifyInstance } from 'fastify';
import { zApiKeyParams, zApiKeysParams, zCreateApiKey } from '../../contracts/api-keys';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { createApiKey } from '../use-cases/create-api-key';
import { listApiKeys } from '../use-cases/list-api-keys';
import { revokeApiKey } from '../use-cases/revoke-api-key';

export async function apiKeysRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.get('/api/creation-objects/:id/api-keys', async (request) => {
    const { id } = parseInput(zApiKeysParams, request.params);
    parseInput(zNoInput, request.query);
    return listApiKeys(deps, contextOf(request), id);
  });

  app.post('/api/creation-objects/:id/api-keys', async (request, reply) => {
    const { id } = parseInput(zApiKeysParams, request.params);
    const input = parseInput(zCreateApiKey, request.body);
    // The key is in this answer only: no cache may keep it.
    return reply.code(201).header('cache-control', 'no-store').send(await createApiKey(deps, contextOf(request), id, input));
  });

  app.post('/api/creation-objects/:id/api-keys/:keyId/revoke', async (request) => {
    const { id, keyId } = parseInput(zApiKeyParams, request.params);
    parseInput(zNoInput, request.body);
    return revokeApiKey(deps, contextOf(request), id, keyId);
  });
}
