import type { OrganisationDetail } from '../../contracts/organisations';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import type { Deps, RequestContext } from './context';
import { toOrganisationDetail } from './organisation-view';
import { notFound, requirePermission } from './require-actor';

export async function getOrganisation(deps: Deps, ctx: RequestContext, id: string): Promise<OrganisationDetail> {
  requirePermission(ctx, 'organisation.read');
  const row = await organisationsRepository.findById(deps.db, id);
  if (!row) throw notFound();
  // Absent and out-of-scope look the same from outside: both are 404.
  const actor = requirePermission(ctx, 'organisation.read', { cityCode: row.cityCode, organisationId: row.id });
  return toOrganisationDetail(row, deps.security.dataKey, actor.role === 'applicant' && actor.organisationId === row.id);
}
