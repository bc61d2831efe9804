// What the indicator figures count (F4 item 3 drill-down), for the same people who see the dashboard.
import type { DivisionCoverage, EventPage, ServedEnterprise, ServiceItemDelivery } from '../../contracts/indicators';
import type { Page } from '../../contracts/organisations';
import { indicatorDetailsRepository, type EventFilter } from '../../db/repositories/indicator-details.repository';
import { indicatorFactsRepository } from '../../db/repositories/indicator-facts.repository';
import { divisionCoverage, eventMinParticipants, serviceItemDelivery } from '../../domain/creation-data/indicator-details';
import { lowestSatisfiedAnswer } from '../../domain/creation-data/indicator-dashboard';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { loadCreationObject, windowOf, type LoadedCreationObject } from './creation-object-view';

interface Paged {
  window: number;
  page: number;
  pageSize: number;
}

export async function listServedEnterprises(deps: Deps, ctx: RequestContext, id: string, query: Paged): Promise<Page<ServedEnterprise>> {
  const { period } = await loadPlatform(deps, ctx, id);
  const { total, items } = await indicatorDetailsRepository.servedEnterprises(deps.db, id, windowOf(period, query.window), query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** A platform's offline events, or a base's service activities, with whether each reaches the participant minimum. */
export async function listIndicatorEvents(deps: Deps, ctx: RequestContext, id: string, query: Paged & { filter: EventFilter }): Promise<EventPage> {
  const { period, set, summary } = await loadCreationObject(deps, ctx, id);
  const minParticipants = summary.carrier === 'platform' ? eventMinParticipants(set) : null;
  const filter = minParticipants === null ? 'all' : query.filter;
  const { total, items } = await indicatorDetailsRepository.events(deps.db, id, windowOf(period, query.window), filter, minParticipants ?? 0, query);
  return {
    items: items.map((item) => ({ ...item, isReaching: minParticipants === null ? null : item.participantCount >= minParticipants })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    minParticipants,
  };
}

export async function getDivisionCoverage(deps: Deps, ctx: RequestContext, id: string, windowIndex: number): Promise<DivisionCoverage> {
  const { period, set, summary } = await loadPlatform(deps, ctx, id);
  const groups = await indicatorFactsRepository.serviceGroups(deps.db, id, windowOf(period, windowIndex), lowestSatisfiedAnswer(set));
  return divisionCoverage(summary.region, groups);
}

export async function getServiceItemDelivery(deps: Deps, ctx: RequestContext, id: string, windowIndex: number): Promise<ServiceItemDelivery> {
  const { period, set, summary } = await loadPlatform(deps, ctx, id);
  if (!summary.platformKind) throw new Error(`platform ${id} has no platform kind`);
  const groups = await indicatorFactsRepository.serviceGroups(deps.db, id, windowOf(period, windowIndex), lowestSatisfiedAnswer(set));
  return serviceItemDelivery(set.serviceItems[summary.platformKind], groups);
}

/** Service records, coverage and service items are a platform's (Attachment 1); a base has none of them. */
async function loadPlatform(deps: Deps, ctx: RequestContext, id: string): Promise<LoadedCreationObject> {
  const loaded = await loadCreationObject(deps, ctx, id);
  if (loaded.summary.carrier !== 'platform') {
    throw new AppError('VALIDATION_FAILED', '基地类创建对象没有服务记录、服务覆盖面和服务内容指标', { issues: [{ path: 'id', message: '请选择平台类创建对象' }] });
  }
  return loaded;
}
