// F8: who may see which part of the oversight figures. The province sees every city; a city officer its own city only
// (policy 'oversight.read': ownCity) — its filters are forced to its city, and naming another city is a 403 with a
// Chinese message, never a quietly widened or narrowed figure (oversight-filters.ts).
import type { AppliedFilters, OversightFilters, OversightScope } from '../../../contracts/oversight';
import type { Db } from '../../../db/client';
import { oversightRepository } from '../../../db/repositories/oversight.repository';
import { listScope, type Actor } from '../../../domain/access/policy';
import { divisionName } from '../../../domain/divisions/divisions';
import { resolveOversightFilters } from '../../../domain/oversight/oversight-filters';
import { AppError } from '../../../domain/shared/app-error';
import type { RequestContext } from '../context';
import { requirePermission } from '../require-actor';

export interface ResolvedOversight {
  actor: Actor;
  scope: OversightScope;
  filters: AppliedFilters;
  /** Published calls in year order. */
  calls: { id: string; year: number; title: string }[];
}

export async function resolveOversight(db: Db, ctx: RequestContext, requested: OversightFilters): Promise<ResolvedOversight> {
  const actor = requirePermission(ctx, 'oversight.read');
  const reach = listScope(actor, 'oversight.read');
  if (!reach || reach.kind === 'organisation') throw new AppError('FORBIDDEN', '您的账号没有所属地市，无权查看统计看板');
  const calls = await oversightRepository.listPublishedCalls(db);
  const filters = resolveOversightFilters(
    reach.kind === 'city' ? { kind: 'city', cityCode: reach.cityCode } : { kind: 'all' },
    requested,
    calls.map((call) => call.year),
  );
  const scope: OversightScope = reach.kind === 'city' ? { kind: 'city', cityCode: reach.cityCode, cityName: divisionName(reach.cityCode) ?? reach.cityCode } : { kind: 'province' };
  return { actor, scope, filters, calls };
}

/** The filters without page or list keys, for the audit record of an export. */
export function filtersRecorded(filters: AppliedFilters, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ ...filters, ...extra }).filter(([, value]) => value !== null && value !== undefined));
}
