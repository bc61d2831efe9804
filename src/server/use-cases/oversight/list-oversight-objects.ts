// F8: the objects behind a dashboard figure (a state, a funnel step, an indicator), paged, in the neutral order —
// division code, county, then name (Art. 8). A city officer's list is its own city's (oversight-scope.ts).
import type { AppliedFilters, OversightObjectRow, OversightObjectsPage, OversightObjectsQuery } from '../../../contracts/oversight';
import type { Db } from '../../../db/client';
import { oversightRepository, type ObjectNarrowing, type OversightObjectDbRow } from '../../../db/repositories/oversight.repository';
import { divisionName } from '../../../domain/divisions/divisions';
import { isLifecycleState, stateLabel } from '../../../domain/lifecycle/states';
import { CERTIFIED_STATES, CREATING_STATES, FUNNEL_STEP_STATES } from '../../../domain/oversight/oversight-rules';
import { indicatorCatalogue } from '../../../domain/oversight/indicator-catalogue';
import { AppError } from '../../../domain/shared/app-error';
import { platformKindOf } from '../../../domain/standards/types';
import type { Deps, RequestContext } from '../context';
import { resolveOversight } from './oversight-scope';

export function narrowingOf(query: Pick<OversightObjectsQuery, 'state' | 'step' | 'indicator'>): ObjectNarrowing {
  // An unknown indicator code is a typo, never an empty list (F8: unknown filter values → 400 naming the field).
  if (query.indicator && !indicatorCatalogue().some((indicator) => indicator.code === query.indicator)) {
    throw new AppError('VALIDATION_FAILED', `指标有误：没有代码为${query.indicator}的指标`, { issues: [{ path: 'indicator', message: `指标有误：没有代码为${query.indicator}的指标` }] });
  }
  return {
    state: query.state ?? null,
    stepStates: query.step ? FUNNEL_STEP_STATES[query.step] : null,
    indicator: query.indicator ? query.indicator : null,
    phases: { creating: CREATING_STATES, certified: CERTIFIED_STATES },
  };
}

export function toObjectRow(row: OversightObjectDbRow): OversightObjectRow {
  const state = isLifecycleState(row.state) ? row.state : 'draft';
  return {
    applicationId: row.applicationId,
    applicationNumber: row.applicationNumber,
    name: row.name,
    organisationName: row.organisationName,
    cityCode: row.cityCode,
    cityName: divisionName(row.cityCode) ?? row.cityCode,
    carrier: row.carrier === 'base' ? 'base' : 'platform',
    platformKind: row.carrier === 'base' ? null : platformKindOf(row.platformKind),
    callYear: row.callYear,
    state,
    stateLabel: stateLabel(row.state),
    certificateNumber: row.certificateNumber,
    isCertificationMet: row.isCertificationMet,
  };
}

export async function listOversightObjects(deps: Deps, ctx: RequestContext, query: OversightObjectsQuery): Promise<OversightObjectsPage> {
  const { filters } = await resolveOversight(deps.db, ctx, query);
  return findOversightObjectsPage(deps.db, filters, query);
}

export async function findOversightObjectsPage(db: Db, filters: AppliedFilters, query: OversightObjectsQuery): Promise<OversightObjectsPage> {
  const narrowing = narrowingOf(query);
  const total = await oversightRepository.countObjects(db, filters, narrowing);
  const rows = await oversightRepository.listObjects(db, filters, narrowing, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { filters, total, page: query.page, pageSize: query.pageSize, rows: rows.map(toObjectRow) };
}
