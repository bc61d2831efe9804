import type { FastifyInstance } from 'fastify';
import { zRegistrationRequest } from '../../contracts/registration';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { registerApplicant } from '../use-cases/register-applicant';

export async function registrationsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  app.post('/api/registrations', { config: { isPublic: true } }, async (request, reply) => {
    const input = parseInput(zRegistrationRequest, request.body);
    const result = await registerApplicant(options.deps, contextOf(request), input);
    return reply.code(201).send(result);
  });
}
