import type { FastifyInstance } from 'fastify';
import { zCallContent, zCallIdParams, zCallYearParams } from '../../contracts/calls';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { copyLatestCall } from '../use-cases/copy-latest-call';
import { createCallDraft } from '../use-cases/create-call-draft';
import { getCall } from '../use-cases/get-call';
import { getPublicCall } from '../use-cases/get-public-call';
import { listCalls } from '../use-cases/list-calls';
import { listPublicCalls } from '../use-cases/list-public-calls';
import { publishCall } from '../use-cases/publish-call';
import { updateCallDraft } from '../use-cases/update-call-draft';

// 年度创建工作通知 (Art. 7(1)).
export async function callsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  const open = { config: { isPublic: true, isSessionless: true } };

  app.get('/api/v1/calls', open, async (request) => {
    parseInput(zNoInput, request.query);
    return listPublicCalls(deps);
  });

  app.get('/api/v1/calls/:year', open, async (request) => {
    const { year } = parseInput(zCallYearParams, request.params);
    parseInput(zNoInput, request.query);
    return getPublicCall(deps, year);
  });

  app.get('/api/calls', async (request) => {
    parseInput(zNoInput, request.query);
    return listCalls(deps, contextOf(request));
  });

  app.get('/api/calls/:id', async (request) => {
    const { id } = parseInput(zCallIdParams, request.params);
    return getCall(deps, contextOf(request), id);
  });

  app.post('/api/calls', async (request, reply) => {
    const input = parseInput(zCallContent, request.body);
    return reply.code(201).send(await createCallDraft(deps, contextOf(request), input));
  });

  app.post('/api/calls/copy-latest', async (request, reply) => {
    parseInput(zNoInput, request.body);
    return reply.code(201).send(await copyLatestCall(deps, contextOf(request)));
  });

  app.post('/api/calls/:id', async (request) => {
    const { id } = parseInput(zCallIdParams, request.params);
    const input = parseInput(zCallContent, request.body);
    return updateCallDraft(deps, contextOf(request), id, input);
  });

  app.post('/api/calls/:id/publish', async (request) => {
    const { id } = parseInput(zCallIdParams, request.params);
    parseInput(zNoInput, request.body);
    return publishCall(deps, contextOf(request), id);
  });
}
