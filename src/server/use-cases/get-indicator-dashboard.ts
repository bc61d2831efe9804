import type { IndicatorDashboardView } from '../../contracts/indicators';
import { indicatorFactsRepository } from '../../db/repositories/indicator-facts.repository';
import { buildIndicatorDashboard, lowestSatisfiedAnswer, type IndicatorDashboard } from '../../domain/creation-data/indicator-dashboard';
import { libraryNotes } from '../../domain/creation-data/library-notes';
import type { Deps, RequestContext } from './context';
import { asOfFor, loadCreationObject, windowOf, type LoadedCreationObject } from './creation-object-view';
import type { PeriodWindow } from '../../domain/creation-data/creation-period';

/**
 * Every indicator of a creation object for one window, computed from the stored data and checked against the
 * creation and the certification rules of its pinned standard set (F4 item 3; Art. 13).
 */
export async function getIndicatorDashboard(deps: Deps, ctx: RequestContext, id: string, windowIndex: number): Promise<IndicatorDashboardView> {
  return computeIndicatorDashboard(deps, await loadCreationObject(deps, ctx, id), windowIndex);
}

/**
 * The dashboard of an object already loaded (and access-checked) by the caller; `source.db` may be its transaction
 * (the acceptance snapshot is computed inside the transaction that starts the review, ADR 0015).
 */
export async function computeIndicatorDashboard(deps: Pick<Deps, 'db' | 'clock'>, loaded: LoadedCreationObject, windowIndex: number): Promise<IndicatorDashboardView> {
  const window = windowOf(loaded.period, windowIndex);
  return { ...(await computeIndicatorDashboardFor(deps, loaded, window)), windows: [loaded.period.whole, ...loaded.period.years] };
}

/**
 * The dashboard for a window outside the creation period (the re-review window, ADR 0016: the two years before the
 * round, or the rectification year); `windows` lists that window only. Computed the same way as the period's windows.
 */
export async function computeIndicatorDashboardFor(deps: Pick<Deps, 'db' | 'clock'>, loaded: LoadedCreationObject, window: PeriodWindow): Promise<IndicatorDashboardView> {
  const asOf = asOfFor(window, deps.clock.today());
  const dashboard = loaded.summary.carrier === 'platform' ? await platformDashboard(deps, loaded, window, asOf) : await baseDashboard(deps, loaded, window);
  return { ...dashboard, windows: [window], asOf, carrier: loaded.summary.carrier };
}

async function platformDashboard(deps: Pick<Deps, 'db'>, loaded: LoadedCreationObject, window: PeriodWindow, asOf: string): Promise<IndicatorDashboard> {
  const { summary, set, period } = loaded;
  if (!summary.platformKind) throw new Error(`platform ${summary.id} has no platform kind`);
  // One after another: the acceptance start computes this inside its transaction, which is one connection.
  const { facts } = await indicatorFactsRepository.platformFacts(deps.db, summary.id, window, asOf, lowestSatisfiedAnswer(set));
  const snapshots = await indicatorFactsRepository.librarySnapshots(deps.db, summary.id);
  return buildIndicatorDashboard({
    set,
    subject: { carrier: 'platform', platformKind: summary.platformKind, region: summary.region, facts },
    window,
    indicatorNotes: { 'platform.digitalBase': libraryNotes(snapshots, period.startsOn, asOf) },
    notes: [`服务资源池、服务入口和资源库按${asOf}的状态统计；服务记录和线下活动按${window.startsOn}至${window.endsOn}的日期统计（已作废的记录和活动不计）`],
  });
}

async function baseDashboard(deps: Pick<Deps, 'db'>, loaded: LoadedCreationObject, window: PeriodWindow): Promise<IndicatorDashboard> {
  const { summary, set } = loaded;
  const base = await indicatorFactsRepository.baseFacts(deps.db, summary.id, window);
  const note =
    base.year === null
      ? `该统计区间内没有入驻企业数据（按12月31日落在${window.startsOn}至${window.endsOn}之间的年度统计）`
      : `入驻企业数据取自${base.year}年度（统计区间内最近一个完整年度），共${base.facts.enterpriseCount}家；企业平均研发投入强度按营业收入大于0的${base.enterprisesWithRevenue}家企业各自的研发投入强度平均计算`;
  return buildIndicatorDashboard({ set, subject: { carrier: 'base', region: summary.region, facts: base.facts }, window, notes: [note] });
}
