import type { RegistryPage, RegistryQuery } from '../../contracts/registry';
import { registryReadRepository, type RegistryFilter } from '../../db/repositories/registry-read.repository';
import { REGISTRY_ORDER_NOTE } from '../../domain/registry/filters';
import { toRegistryEntry } from '../registry/registry-view';
import type { Deps } from './context';

/** The query's filters without its paging; the CSV takes the same. */
export function registryFilterOf(query: Omit<RegistryQuery, 'page' | 'pageSize'>): RegistryFilter {
  return { level: query.level, carrier: query.carrier, city: query.city, serviceItem: query.serviceItem, status: query.status, year: query.year, q: query.q };
}

/** 信息数据库 (Art. 8; F6 item 1): one page of the public list, neutral order, no scores. Public and sessionless. */
export async function listRegistry(deps: Pick<Deps, 'db'>, query: RegistryQuery): Promise<RegistryPage> {
  const filter = registryFilterOf(query);
  const [rows, total] = await Promise.all([
    registryReadRepository.list(deps.db, filter, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize }),
    registryReadRepository.count(deps.db, filter),
  ]);
  return { items: rows.map(toRegistryEntry), page: query.page, pageSize: query.pageSize, total, orderNote: REGISTRY_ORDER_NOTE };
}
