import type { ApplicationList } from '../../contracts/applications';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { callsRepository } from '../../db/repositories/calls.repository';
import { listScope } from '../../domain/access/policy';
import { toApplicationSummary } from './application-view';
import type { Deps, RequestContext } from './context';
import { requirePermission } from './require-actor';

/** The applications the actor may read (own organisation, own city, or all), in neutral order (Art. 8). */
export async function listApplications(deps: Deps, ctx: RequestContext, filter: { callId?: string | undefined; state?: string | undefined }): Promise<ApplicationList> {
  const actor = requirePermission(ctx, 'application.read');
  const scope = listScope(actor, 'application.read');
  if (!scope) return { items: [] };
  const [rows, calls] = await Promise.all([
    applicationsRepository.list(deps.db, scope, { callId: filter.callId, states: filter.state ? [filter.state] : undefined }),
    callsRepository.list(deps.db, { publishedOnly: false }),
  ]);
  const yearOf = new Map(calls.map((call) => [call.id, call.year]));
  return { items: rows.map((row) => toApplicationSummary(row, yearOf.get(row.application.callId) ?? 0)) };
}
