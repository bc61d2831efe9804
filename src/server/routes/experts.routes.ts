import type { FastifyInstance } from 'fastify';
import { zAddAvoidance, zAddExpert, zCreateReviewGroup, zDrawMoreRequest, zExpertIdParams, zGroupIdParams, zReviewCallParams } from '../../contracts/experts';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import { addExpert } from '../use-cases/add-expert';
import { addExpertAvoidance } from '../use-cases/add-expert-avoidance';
import type { Deps } from '../use-cases/context';
import { createReviewGroup } from '../use-cases/create-review-group';
import { deactivateExpert } from '../use-cases/deactivate-expert';
import { drawGroupExperts } from '../use-cases/draw-group-experts';
import { drawMoreGroupExperts } from '../use-cases/draw-more-group-experts';
import { getGroupProgress } from '../use-cases/get-group-progress';
import { getScoreSummary } from '../use-cases/get-score-summary';
import { listExperts } from '../use-cases/list-experts';
import { listReviewGroups } from '../use-cases/list-review-groups';
import { replayDraw } from '../use-cases/replay-draw';
import { expertReviewsRoutes } from './expert-reviews.routes';

// 专家库 and 专家评审 organised by the province (Art. 7(2)); progress and the internal summary for the auditor too.
export async function expertsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  // The expert's own side lives in its own file; registered from here so app.ts needs one line for F3 item 4.
  await app.register(expertReviewsRoutes, { deps });

  app.get('/api/experts', async (request) => {
    parseInput(zNoInput, request.query);
    return listExperts(deps, contextOf(request));
  });

  app.post('/api/experts', async (request, reply) => {
    const input = parseInput(zAddExpert, request.body);
    return reply.code(201).send(await addExpert(deps, contextOf(request), input));
  });

  app.post('/api/experts/:id/avoidances', async (request, reply) => {
    const { id } = parseInput(zExpertIdParams, request.params);
    const input = parseInput(zAddAvoidance, request.body);
    return reply.code(201).send(await addExpertAvoidance(deps, contextOf(request), id, input));
  });

  app.post('/api/experts/:id/deactivate', async (request) => {
    const { id } = parseInput(zExpertIdParams, request.params);
    parseInput(zNoInput, request.body);
    return deactivateExpert(deps, contextOf(request), id);
  });

  app.get('/api/calls/:callId/review-groups', async (request) => {
    const { callId } = parseInput(zReviewCallParams, request.params);
    parseInput(zNoInput, request.query);
    return listReviewGroups(deps, contextOf(request), callId);
  });

  app.post('/api/calls/:callId/review-groups', async (request, reply) => {
    const { callId } = parseInput(zReviewCallParams, request.params);
    const input = parseInput(zCreateReviewGroup, request.body);
    return reply.code(201).send(await createReviewGroup(deps, contextOf(request), callId, input));
  });

  app.post('/api/review-groups/:id/draw', async (request) => {
    const { id } = parseInput(zGroupIdParams, request.params);
    // No input: the seed is always the server's (Art. 7(2)); a `seed` field is refused as unknown.
    parseInput(zNoInput, request.body);
    return drawGroupExperts(deps, contextOf(request), id);
  });

  app.post('/api/review-groups/:id/draw-more', async (request) => {
    const { id } = parseInput(zGroupIdParams, request.params);
    const input = parseInput(zDrawMoreRequest, request.body);
    return drawMoreGroupExperts(deps, contextOf(request), id, input);
  });

  app.get('/api/review-groups/:id/draw/replay', async (request) => {
    const { id } = parseInput(zGroupIdParams, request.params);
    parseInput(zNoInput, request.query);
    return replayDraw(deps, contextOf(request), id);
  });

  app.get('/api/review-groups/:id/progress', async (request) => {
    const { id } = parseInput(zGroupIdParams, request.params);
    parseInput(zNoInput, request.query);
    return getGroupProgress(deps, contextOf(request), id);
  });

  app.get('/api/calls/:callId/score-summary', async (request) => {
    const { callId } = parseInput(zReviewCallParams, request.params);
    parseInput(zNoInput, request.query);
    return getScoreSummary(deps, contextOf(request), callId);
  });
}
