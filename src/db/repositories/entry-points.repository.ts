// 服务入口 rows (Attachment 1, 运行便捷稳定): append-only, the latest row per (kind, mobile type, address) is the entry's
// current state. The mobile type is part of the key: a 小程序 and a 公众号 may carry the same name.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { EntryPointRow } from '../../domain/creation-data/rows/entry-points';
import { sameFields, type RowIdentity } from '../../domain/creation-data/rows/supersede';
import type { Db } from '../client';
import { dataImports, entryPoints } from '../schema/index';
import { appendSuperseding, type AppendBatch, type Page, type PageRequest, type Recorded } from './superseding-rows';

export type EntryPointRecord = typeof entryPoints.$inferSelect;

export function entryPointRowOf(record: EntryPointRecord): EntryPointRow {
  return {
    kind: record.kind as EntryPointRow['kind'],
    mobileType: record.mobileType as EntryPointRow['mobileType'],
    address: record.address,
    registrationMinutes: record.registrationMinutes,
    asOf: record.asOf,
    isActive: record.isActive,
  };
}

const IDENTITY: RowIdentity<EntryPointRow> = {
  keyOf: (row) => `${row.kind}|${row.mobileType ?? ''}|${row.address}`,
  isSame: sameFields<EntryPointRow>(['kind', 'mobileType', 'address', 'registrationMinutes', 'asOf', 'isActive']),
};

function latestPerKey(db: Db, applicationId: string, addresses?: readonly string[]) {
  const t = entryPoints;
  const mobileType = sql`coalesce(${t.mobileType}, '')`;
  return db
    .selectDistinctOn([t.kind, mobileType, t.address])
    .from(t)
    .where(and(eq(t.applicationId, applicationId), addresses ? inArray(t.address, [...addresses]) : undefined))
    .orderBy(t.kind, mobileType, t.address, desc(t.createdAt), desc(t.id));
}

export const entryPointsRepository = {
  async append(db: Db, batch: AppendBatch<EntryPointRow>): Promise<{ inserted: number }> {
    if (batch.rows.length === 0) return { inserted: 0 };
    const addresses = [...new Set(batch.rows.map((row) => row.address))];
    const current = new Map((await latestPerKey(db, batch.applicationId, addresses)).map((r) => [IDENTITY.keyOf(entryPointRowOf(r)), entryPointRowOf(r)]));
    return appendSuperseding(db, { table: entryPoints, applicationId: batch.applicationId }, batch.rows, current, IDENTITY, async (rows, writtenAt) => {
      await db.insert(entryPoints).values(
        rows.map((row) => ({ applicationId: batch.applicationId, importId: batch.importId, ...row, createdAt: writtenAt })),
      );
    });
  },

  /** The current row of each entry: PC first, then mobile, by address. */
  async listCurrent(db: Db, applicationId: string, page: PageRequest): Promise<Page<EntryPointRecord & Recorded>> {
    const latest = latestPerKey(db, applicationId).as('latest');
    const [items, [total]] = await Promise.all([
      db
        .select()
        .from(latest)
        .innerJoin(dataImports, eq(dataImports.id, latest.importId))
        .orderBy(desc(latest.kind), asc(latest.address))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize),
      db.select({ n: count() }).from(latest),
    ]);
    return { total: total?.n ?? 0, items: items.map((row) => ({ ...row.latest, recordedAt: row.data_imports.createdAt })) };
  },
};
