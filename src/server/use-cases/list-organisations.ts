import type { ListOrganisationsQuery, OrganisationSummary, Page } from '../../contracts/organisations';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { listScope } from '../../domain/access/policy';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { toOrganisationSummary } from './organisation-view';
import { requirePermission } from './require-actor';

export async function listOrganisations(deps: Deps, ctx: RequestContext, query: ListOrganisationsQuery): Promise<Page<OrganisationSummary>> {
  const actor = requirePermission(ctx, 'organisation.list');
  const scope = listScope(actor, 'organisation.list');
  if (!scope) throw new AppError('FORBIDDEN', '您的角色无权进行此操作');
  const { items, total } = await organisationsRepository.list(deps.db, scope, query);
  return { items: items.map(toOrganisationSummary), total, page: query.page, pageSize: query.pageSize };
}
