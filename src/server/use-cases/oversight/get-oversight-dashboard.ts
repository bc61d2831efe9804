// F8 item 1–2 (Art. 3, 13, 15, 16): the dashboard (统计看板) of the province or of one city — counts by stage, call
// year, city and carrier, each call's funnel, the certification thresholds met now (from indicator_standings, never
// service_records) and the overdue items. A handful of queries, one after another. Every list is in a neutral order
// (lifecycle order, year, division code, indicator code), never by a count (Art. 8).
import {
  FUNNEL_STEPS,
  OVERDUE_KINDS,
  type AppliedFilters,
  type FunnelView,
  type IndicatorStandingCount,
  type OversightDashboardView,
  type OversightFilters,
  type OversightScope,
  type OverdueItem,
} from '../../../contracts/oversight';
import type { Db } from '../../../db/client';
import { oversightRepository, type DimensionCount } from '../../../db/repositories/oversight.repository';
import { CITIES, divisionName } from '../../../domain/divisions/divisions';
import { STATE_INFO, STATES } from '../../../domain/lifecycle/states';
import { indicatorsFor } from '../../../domain/oversight/indicator-catalogue';
import { CARRIER_BARS, CERTIFIED_STATES, CREATING_STATES, FUNNEL_STEP_LABELS, FUNNEL_STEP_STATES, OVERDUE_KIND_LABELS } from '../../../domain/oversight/oversight-rules';
import type { PlainDate } from '../../../domain/shared/plain-date';
import type { Deps, RequestContext } from '../context';
import { loadOverdueItems } from './load-overdue-items';
import { resolveOversight } from './oversight-scope';

const PHASES = { creating: CREATING_STATES, certified: CERTIFIED_STATES };
const isIn = (states: readonly string[], state: string) => states.includes(state);

export async function getOversightDashboard(deps: Deps, ctx: RequestContext, query: OversightFilters): Promise<OversightDashboardView> {
  const { scope, filters, calls } = await resolveOversight(deps.db, ctx, query);
  return buildOversightDashboard(deps.db, { scope, filters, calls, today: deps.clock.today() });
}

export interface DashboardInput {
  scope: OversightScope;
  filters: AppliedFilters;
  calls: readonly { id: string; year: number; title: string }[];
  today: PlainDate;
  /** Already loaded by the caller (the Excel export lists them too): not loaded twice. */
  overdueItems?: readonly OverdueItem[];
}

/** The dashboard for already resolved filters (the yearly report and the bench call this directly). */
export async function buildOversightDashboard(db: Db, input: DashboardInput): Promise<OversightDashboardView> {
  const { filters } = input;
  const calls = input.calls.filter((call) => filters.year === null || call.year === filters.year);
  const dimensions = await oversightRepository.countByDimensions(db, filters);
  const funnelRows = await oversightRepository.countFunnels(db, filters, FUNNEL_STEPS.map((step) => FUNNEL_STEP_STATES[step]));
  const standingRows = await oversightRepository.countStandingIndicators(db, filters, PHASES);
  const standingObjects = await oversightRepository.countStandingObjects(db, filters, PHASES);
  const overdueItems = input.overdueItems ?? (await loadOverdueItems(db, filters, input.today));

  const sum = (rows: readonly DimensionCount[]) => rows.reduce((total, row) => total + row.count, 0);
  const split = (rows: readonly DimensionCount[]) => ({
    count: sum(rows),
    creating: sum(rows.filter((row) => isIn(CREATING_STATES, row.state))),
    certified: sum(rows.filter((row) => isIn(CERTIFIED_STATES, row.state))),
  });
  const cities = filters.city !== null ? CITIES.filter((city) => city.code === filters.city) : CITIES;

  const funnels: FunnelView[] = calls.map((call) => {
    const counts = funnelRows.find((row) => row.callId === call.id)?.counts ?? [];
    return { callId: call.id, year: call.year, title: call.title, steps: FUNNEL_STEPS.map((step, index) => ({ step, label: FUNNEL_STEP_LABELS[step], count: counts[index] ?? 0 })) };
  });

  const byCarrier = CARRIER_BARS.filter((bar) => (filters.carrier === null || bar.carrier === filters.carrier) && (filters.platformKind === null || bar.platformKind === filters.platformKind))
    .map((bar) => ({ ...bar, count: sum(dimensions.filter((row) => row.carrier === bar.carrier && (bar.carrier === 'base' || row.platformKind === bar.platformKind || (bar.platformKind === null && !isKnownKind(row.platformKind))))) }))
    // The "type not given" bar is shown only when such platforms exist; the others always, zeros included.
    .filter((bar) => bar.carrier === 'base' || bar.platformKind !== null || bar.count > 0);

  const phaseRow = (phase: 'creating' | 'certified') => standingObjects.find((row) => row.phase === phase) ?? { objects: 0, allMet: 0, pending: 0 };
  const indicatorRow = (code: string, phase: 'creating' | 'certified') => standingRows.find((row) => row.code === code && row.phase === phase) ?? { total: 0, met: 0, expertJudged: 0 };
  const indicators: IndicatorStandingCount[] = indicatorsFor(filters).map((indicator) => {
    const creating = indicatorRow(indicator.code, 'creating');
    const certified = indicatorRow(indicator.code, 'certified');
    return {
      code: indicator.code,
      name: indicator.name,
      group: indicator.group,
      carrier: indicator.carrier,
      creatingMet: creating.met,
      creatingTotal: creating.total,
      certifiedMet: certified.met,
      certifiedTotal: certified.total,
      expertJudged: creating.expertJudged + certified.expertJudged,
    };
  });

  return {
    scope: input.scope,
    filters,
    asOf: input.today,
    years: input.calls.map((call) => call.year),
    total: sum(dimensions),
    byState: STATES.map((state) => ({ state, label: STATE_INFO[state].label, phase: STATE_INFO[state].phase, count: sum(dimensions.filter((row) => row.state === state)) })),
    byYear: calls.map((call) => ({ year: call.year, ...split(dimensions.filter((row) => row.year === call.year)) })),
    byCity: cities.map((city) => ({ cityCode: city.code, cityName: divisionName(city.code) ?? city.name, ...split(dimensions.filter((row) => row.cityCode === city.code)) })),
    byCarrier: byCarrier.map(({ carrier, platformKind, label, count }) => ({ carrier, platformKind, label, count })),
    funnels,
    thresholds: {
      pendingCount: phaseRow('creating').pending + phaseRow('certified').pending,
      creatingObjects: phaseRow('creating').objects,
      certifiedObjects: phaseRow('certified').objects,
      creatingAllMet: phaseRow('creating').allMet,
      certifiedAllMet: phaseRow('certified').allMet,
      indicators,
    },
    overdue: OVERDUE_KINDS.map((kind) => ({ kind, label: OVERDUE_KIND_LABELS[kind], count: overdueItems.filter((item) => item.kind === kind).length })),
  };
}

function isKnownKind(kind: string | null): boolean {
  return kind === 'comprehensive' || kind === 'professional';
}
