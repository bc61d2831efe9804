// 信息数据库 read side (Art. 8; ADR 0017): the public list with its filters, one entry and its history, and every row
// for the CSV. Always in the neutral order (city, county, name by code point, id) — never by a score, which the table
// does not even hold.
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { RegistryCarrier, RegistryLevel, RegistryStatus } from '../../domain/registry/filters';
import type { Db } from '../client';
import { registryEntries, registryHistory } from '../schema/index';
import { neutralOrder } from './neutral-order';
import type { RegistryEntryRow } from './registry-write.repository';

export type RegistryHistoryRow = typeof registryHistory.$inferSelect;

/** What the current list shows when no status is asked for: 创建中, 已认定, 整改中 (ADR 0017). */
const CURRENT_STATUSES: readonly RegistryStatus[] = ['creating', 'certified', 'rectifying'];

export interface RegistryFilter {
  level?: RegistryLevel | undefined;
  carrier?: RegistryCarrier | undefined;
  city?: string | undefined;
  serviceItem?: string | undefined;
  /** 'current' (the default list), 'all', or one status. */
  status: 'current' | 'all' | RegistryStatus;
  year?: number | undefined;
  /** Already normalised with normaliseSearch; empty means no search. */
  q?: string | undefined;
}

const registryOrder: SQL[] = neutralOrder({
  cityCode: registryEntries.cityCode,
  countyCode: registryEntries.countyCode,
  names: [registryEntries.name],
  id: registryEntries.id,
});

function whereOf(filter: RegistryFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.level === 'national') conditions.push(eq(registryEntries.isNational, true));
  if (filter.level === 'provincial') conditions.push(eq(registryEntries.isProvincial, true));
  if (filter.carrier) conditions.push(eq(registryEntries.carrier, filter.carrier));
  if (filter.city) conditions.push(eq(registryEntries.cityCode, filter.city));
  // jsonb containment: the item is one of the entry's service items.
  if (filter.serviceItem) conditions.push(sql`${registryEntries.serviceItems} @> ${JSON.stringify([filter.serviceItem])}::jsonb`);
  if (filter.status === 'current') conditions.push(inArray(registryEntries.status, [...CURRENT_STATUSES]));
  else if (filter.status !== 'all') conditions.push(eq(registryEntries.status, filter.status));
  if (filter.year !== undefined) conditions.push(eq(registryEntries.batchYear, filter.year));
  // strpos, not LIKE: no character of the query is a wildcard, so %, _ and \ find themselves (ADR 0017).
  if (filter.q) conditions.push(sql`strpos(${registryEntries.searchText}, ${filter.q}) > 0`);
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export const registryReadRepository = {
  async list(db: Db, filter: RegistryFilter, page: { offset: number; limit: number }): Promise<RegistryEntryRow[]> {
    return db
      .select()
      .from(registryEntries)
      .where(whereOf(filter))
      .orderBy(...registryOrder)
      .limit(page.limit)
      .offset(page.offset);
  },

  async count(db: Db, filter: RegistryFilter): Promise<number> {
    const [row] = await db.select({ n: count() }).from(registryEntries).where(whereOf(filter));
    return row?.n ?? 0;
  },

  /** Every entry the filter matches, in the same order: the CSV has no paging. */
  async listAll(db: Db, filter: RegistryFilter): Promise<RegistryEntryRow[]> {
    return db.select().from(registryEntries).where(whereOf(filter)).orderBy(...registryOrder);
  },

  async findEntry(db: Db, id: string): Promise<RegistryEntryRow | undefined> {
    const [row] = await db.select().from(registryEntries).where(eq(registryEntries.id, id));
    return row;
  },

  /** Oldest first: the story of the entry as it happened. */
  async listHistory(db: Db, entryId: string): Promise<RegistryHistoryRow[]> {
    return db
      .select()
      .from(registryHistory)
      .where(eq(registryHistory.entryId, entryId))
      .orderBy(asc(registryHistory.occurredOn), asc(registryHistory.createdAt), asc(registryHistory.id));
  },
};
