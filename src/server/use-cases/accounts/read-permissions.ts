// F7 item 2: the security administrator reads the access policy as data (等保2.0 三级 8.1.5.3 安全管理).
import type { OrganisationChoices, PermissionMatrixView } from '../../../contracts/accounts';
import { organisationsRepository } from '../../../db/repositories/organisations.repository';
import { permissionMatrix } from '../../../domain/accounts/permission-matrix';
import { divisionName } from '../../../domain/divisions/divisions';
import type { Deps, RequestContext } from '../context';
import { requirePermission } from '../require-actor';

export function readPermissionMatrix(ctx: RequestContext): PermissionMatrixView {
  requirePermission(ctx, 'role.manage');
  return permissionMatrix();
}

/** To grant the applicant role the security administrator picks the organisation: its name and city, nothing more. */
export async function searchOrganisationChoices(deps: Deps, ctx: RequestContext, q: string | undefined): Promise<OrganisationChoices> {
  requirePermission(ctx, 'role.manage');
  const { items } = await organisationsRepository.list(deps.db, { kind: 'all' }, { q, page: 1, pageSize: 20 });
  return { organisations: items.map((o) => ({ id: o.id, name: o.name, cityName: divisionName(o.cityCode) ?? null })) };
}
