import type { FastifyInstance } from 'fastify';
import { zListOrganisationsQuery, zOrganisationIdParams } from '../../contracts/organisations';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { getOrganisation } from '../use-cases/get-organisation';
import { listOrganisations } from '../use-cases/list-organisations';

export async function organisationsRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  app.get('/api/organisations', async (request) => {
    const query = parseInput(zListOrganisationsQuery, request.query);
    return listOrganisations(options.deps, contextOf(request), query);
  });

  app.get('/api/organisations/:id', async (request) => {
    const { id } = parseInput(zOrganisationIdParams, request.params);
    return getOrganisation(options.deps, contextOf(request), id);
  });
}
