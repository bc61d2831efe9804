// 单位对外服务电话/网址 (F6 item 1; ADR 0017). Route shapes:
//   GET /api/organisations/:id/public-contact                       → OrganisationPublicContact   (organisation.read)
//   PUT /api/organisations/:id/public-contact {publicPhone, website} → OrganisationPublicContact   (organisation.editPublicContact)
import type { FastifyInstance } from 'fastify';
import { zPublicContact } from '../../contracts/organisation-contact';
import { zOrganisationIdParams } from '../../contracts/organisations';
import { zNoInput } from '../../contracts/fields';
import { contextOf } from '../http/request-context';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { getOrganisationContact, updateOrganisationContact } from '../use-cases/update-organisation-contact';

export async function organisationContactRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;

  app.get('/api/organisations/:id/public-contact', async (request) => {
    const { id } = parseInput(zOrganisationIdParams, request.params);
    parseInput(zNoInput, request.query);
    return getOrganisationContact(deps, contextOf(request), id);
  });

  app.put('/api/organisations/:id/public-contact', async (request) => {
    const { id } = parseInput(zOrganisationIdParams, request.params);
    const contact = parseInput(zPublicContact, request.body);
    return updateOrganisationContact(deps, contextOf(request), id, contact);
  });
}
