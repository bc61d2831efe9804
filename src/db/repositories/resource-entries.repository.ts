// 服务资源池 rows (Attachment 1, 汇集服务资源): append-only, the latest row per (kind, identifier) is the resource's
// current state.
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { employerOf, type ResourceRow } from '../../domain/creation-data/rows/resources';
import { sameFields, type RowIdentity } from '../../domain/creation-data/rows/supersede';
import type { Db } from '../client';
import { dataImports, resourceEntries } from '../schema/index';
import { appendSuperseding, type AppendBatch, type Page, type PageRequest, type Recorded } from './superseding-rows';

export type ResourceEntryRecord = typeof resourceEntries.$inferSelect;

export function resourceRowOf(record: ResourceEntryRecord): ResourceRow {
  const kind = record.kind as ResourceRow['kind'];
  return {
    kind,
    identifier: record.identifier,
    name: record.name,
    creditCode: kind === 'organisation' ? record.identifier : null,
    employer: kind === 'expert' ? employerOf(record.identifier) : null,
    field: record.field,
    agreementStartsOn: record.agreementStartsOn,
    agreementEndsOn: record.agreementEndsOn,
    isActive: record.isActive,
  };
}

const IDENTITY: RowIdentity<ResourceRow> = {
  keyOf: (row) => `${row.kind}|${row.identifier}`,
  isSame: sameFields<ResourceRow>(['kind', 'identifier', 'name', 'field', 'agreementStartsOn', 'agreementEndsOn', 'isActive']),
};

function latestPerKey(db: Db, applicationId: string, identifiers?: readonly string[]) {
  const t = resourceEntries;
  return db
    .selectDistinctOn([t.kind, t.identifier])
    .from(t)
    .where(and(eq(t.applicationId, applicationId), identifiers ? inArray(t.identifier, [...identifiers]) : undefined))
    .orderBy(t.kind, t.identifier, desc(t.createdAt), desc(t.id));
}

export const resourceEntriesRepository = {
  async append(db: Db, batch: AppendBatch<ResourceRow>): Promise<{ inserted: number }> {
    if (batch.rows.length === 0) return { inserted: 0 };
    const identifiers = [...new Set(batch.rows.map((row) => row.identifier))];
    const current = new Map((await latestPerKey(db, batch.applicationId, identifiers)).map((r) => [IDENTITY.keyOf(resourceRowOf(r)), resourceRowOf(r)]));
    return appendSuperseding(db, { table: resourceEntries, applicationId: batch.applicationId }, batch.rows, current, IDENTITY, async (rows, writtenAt) => {
      await db.insert(resourceEntries).values(
        rows.map((row) => ({
          applicationId: batch.applicationId,
          importId: batch.importId,
          kind: row.kind,
          identifier: row.identifier,
          name: row.name,
          field: row.field,
          agreementStartsOn: row.agreementStartsOn,
          agreementEndsOn: row.agreementEndsOn,
          isActive: row.isActive,
          createdAt: writtenAt,
        })),
      );
    });
  },

  /** The current row of each resource (including those that left the pool), organisations first, then by name. */
  async listCurrent(db: Db, applicationId: string, page: PageRequest): Promise<Page<ResourceEntryRecord & Recorded>> {
    const latest = latestPerKey(db, applicationId).as('latest');
    const [items, [total]] = await Promise.all([
      db
        .select()
        .from(latest)
        .innerJoin(dataImports, eq(dataImports.id, latest.importId))
        .orderBy(desc(latest.kind), asc(latest.name), asc(latest.identifier))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize),
      db.select({ n: count() }).from(latest),
    ]);
    return { total: total?.n ?? 0, items: items.map((row) => ({ ...row.latest, recordedAt: row.data_imports.createdAt })) };
  },
};
