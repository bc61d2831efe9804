import type { ApplicationDetail } from '../../contracts/applications';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { buildApplicationDetail } from './application-view';
import type { Deps, RequestContext } from './context';
import { notFound, requirePermission, requireVisibleApplication } from './require-actor';

/** One application for any role that may read it; another organisation's or city's, or someone else's draft → 404. */
export async function getApplication(deps: Deps, ctx: RequestContext, id: string): Promise<ApplicationDetail> {
  requirePermission(ctx, 'application.read');
  const application = await applicationsRepository.findById(deps.db, id);
  if (!application) throw notFound();
  const actor = requirePermission(ctx, 'application.read', { cityCode: application.cityCode, organisationId: application.organisationId });
  requireVisibleApplication(actor, application);
  return buildApplicationDetail(deps, deps.db, actor, application);
}
