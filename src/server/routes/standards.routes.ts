import type { FastifyInstance } from 'fastify';
import { zNoInput } from '../../contracts/fields';
import { zSelfAssessmentRequest } from '../../contracts/self-assessment';
import { parseInput } from '../http/validate';
import { assessStandards } from '../use-cases/assess-standards';
import { getStandards } from '../use-cases/get-standards';

// Open-data API (DESIGN §7): public and sessionless, so other systems may call it from anywhere.
const OPEN_DATA = { isPublic: true, isSessionless: true } as const;

export async function standardsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/v1/standards', { config: OPEN_DATA }, async (request, reply) => {
    parseInput(zNoInput, request.query);
    // Standard sets change only with a release (a new version is new code).
    reply.header('cache-control', 'public, max-age=3600');
    return getStandards();
  });

  app.post('/api/v1/self-assessment', { config: OPEN_DATA }, async (request) => {
    const input = parseInput(zSelfAssessmentRequest, request.body);
    return assessStandards(input);
  });
}
