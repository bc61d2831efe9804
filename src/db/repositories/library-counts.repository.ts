// 资源库数据量 rows (Attachment 1, 数字化智能化建设情况): append-only, the latest row per (library, date) is that day's count.
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { LibraryCountRow } from '../../domain/creation-data/rows/library-counts';
import { sameFields, type RowIdentity } from '../../domain/creation-data/rows/supersede';
import type { Db } from '../client';
import { dataImports, libraryCounts } from '../schema/index';
import { appendSuperseding, type AppendBatch, type Page, type PageRequest, type Recorded } from './superseding-rows';

export type LibraryCountRecord = typeof libraryCounts.$inferSelect;

export function libraryCountRowOf(record: LibraryCountRecord): LibraryCountRow {
  return { library: record.library as LibraryCountRow['library'], asOf: record.asOf, count: record.count, hasPolicyPush: record.hasPolicyPush };
}

const IDENTITY: RowIdentity<LibraryCountRow> = {
  keyOf: (row) => `${row.library}|${row.asOf}`,
  isSame: sameFields<LibraryCountRow>(['library', 'asOf', 'count', 'hasPolicyPush']),
};

function latestPerKey(db: Db, applicationId: string, dates?: readonly string[]) {
  const t = libraryCounts;
  return db
    .selectDistinctOn([t.library, t.asOf])
    .from(t)
    .where(and(eq(t.applicationId, applicationId), dates ? inArray(t.asOf, [...dates]) : undefined))
    .orderBy(t.library, t.asOf, desc(t.createdAt), desc(t.id));
}

export const libraryCountsRepository = {
  async append(db: Db, batch: AppendBatch<LibraryCountRow>): Promise<{ inserted: number }> {
    if (batch.rows.length === 0) return { inserted: 0 };
    const dates = [...new Set(batch.rows.map((row) => row.asOf))];
    const current = new Map((await latestPerKey(db, batch.applicationId, dates)).map((r) => [IDENTITY.keyOf(libraryCountRowOf(r)), libraryCountRowOf(r)]));
    return appendSuperseding(db, { table: libraryCounts, applicationId: batch.applicationId }, batch.rows, current, IDENTITY, async (rows, writtenAt) => {
      await db.insert(libraryCounts).values(
        rows.map((row) => ({ applicationId: batch.applicationId, importId: batch.importId, ...row, createdAt: writtenAt })),
      );
    });
  },

  /** The current count of each library and date, newest date first. */
  async listCurrent(db: Db, applicationId: string, page: PageRequest): Promise<Page<LibraryCountRecord & Recorded>> {
    const latest = latestPerKey(db, applicationId).as('latest');
    const [items, [total]] = await Promise.all([
      db
        .select()
        .from(latest)
        .innerJoin(dataImports, eq(dataImports.id, latest.importId))
        .orderBy(desc(latest.asOf), asc(latest.library))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize),
      db.select({ n: count() }).from(latest),
    ]);
    return { total: total?.n ?? 0, items: items.map((row) => ({ ...row.latest, recordedAt: row.data_imports.createdAt })) };
  },
};
