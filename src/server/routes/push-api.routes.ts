// The JSON push API (F4 item 2(b), 全国一张网 style): platforms' own systems push creation-period data with an API
// key instead of a session. The routes are sessionless (no cookie is read, so no CSRF header is needed) and the key
// alone decides whose data it is: there is no platform id in the path to aim at another platform.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { zPushBody, zPushedImportParams, zPushParams } from '../../contracts/api-keys';
import { zNoInput } from '../../contracts/fields';
import { AppError } from '../../domain/shared/app-error';
import { bearerTokenOf, hashApiKey } from '../auth/api-key-token';
import { createRateLimiter } from '../http/rate-limiter';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import { authenticateApiKey, type AuthenticatedApiKey } from '../use-cases/authenticate-api-key';
import type { Deps } from '../use-cases/context';
import { getPushedImport } from '../use-cases/get-pushed-import';
import { pushCreationData } from '../use-cases/push-creation-data';

const REQUESTS_PER_KEY_PER_MINUTE = 60;
// 5,000 records of the widest dataset stay well inside this; a bigger body is refused before it is parsed (413).
const PUSH_BODY_LIMIT = 16 * 1024 * 1024;

declare module 'fastify' {
  interface FastifyRequest {
    apiKey: AuthenticatedApiKey | null;
  }
}

export async function pushApiRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  app.decorateRequest('apiKey', null);
  // Per key (counted under the SHA-256 of what was presented, so no key is kept in memory): one platform's system
  // in a loop cannot crowd out the others.
  const limiter = createRateLimiter({
    limit: REQUESTS_PER_KEY_PER_MINUTE,
    windowMs: 60 * 1000,
    now: () => deps.clock.now(),
    message: () => `请求过于频繁：每个密钥每分钟最多${REQUESTS_PER_KEY_PER_MINUTE}次请求，请稍后再试`,
  });
  // onRequest runs before the body is read: a request without a valid key is refused without parsing its body.
  const requireApiKey = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const authorization = request.headers.authorization;
    try {
      limiter.take(hashApiKey(bearerTokenOf(authorization) ?? ''));
    } catch (error) {
      if (error instanceof AppError && typeof error.details?.retryAfterSeconds === 'number') reply.header('retry-after', String(error.details.retryAfterSeconds));
      throw error;
    }
    request.apiKey = await authenticateApiKey(deps, authorization);
  };
  const keyed = { config: { isPublic: true, isSessionless: true }, onRequest: requireApiKey };

  app.post('/api/v1/creation-data/:dataset', { ...keyed, bodyLimit: PUSH_BODY_LIMIT }, async (request, reply) => {
    const { dataset } = parseInput(zPushParams, request.params);
    const { records } = parseInput(zPushBody, request.body);
    return reply.code(201).send(await pushCreationData(deps, contextOf(request), keyOf(request), dataset, records));
  });

  app.get('/api/v1/creation-data/imports/:importId', keyed, async (request) => {
    const { importId } = parseInput(zPushedImportParams, request.params);
    parseInput(zNoInput, request.query);
    return getPushedImport(deps, keyOf(request), importId);
  });
}

function keyOf(request: FastifyRequest): AuthenticatedApiKey {
  if (!request.apiKey) throw new AppError('API_KEY_INVALID', 'API密钥无效或已吊销');
  return request.apiKey;
}
