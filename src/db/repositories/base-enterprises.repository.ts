// 入驻企业 rows of a base (Attachment 2): append-only, the latest row per (year, credit code) is the enterprise's
// figures for that year (是否在园 = 否 on the latest row takes the enterprise out of that year's figures).
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { BaseEnterpriseRow } from '../../domain/creation-data/rows/base-enterprises';
import { sameFields, type RowIdentity } from '../../domain/creation-data/rows/supersede';
import type { QualityCategory } from '../../domain/standards/types';
import type { Db } from '../client';
import { dataImports, baseEnterprises } from '../schema/index';
import { appendSuperseding, type AppendBatch, type Page, type PageRequest, type Recorded } from './superseding-rows';

export type BaseEnterpriseRecord = typeof baseEnterprises.$inferSelect;

export function baseEnterpriseRowOf(record: BaseEnterpriseRecord): BaseEnterpriseRow {
  return {
    year: record.year,
    creditCode: record.creditCode,
    name: record.name,
    industryCode: record.industryCode,
    revenue: record.revenue,
    rdSpending: record.rdSpending,
    inventionPatents: record.inventionPatents,
    qualityCategory: record.qualityCategory as QualityCategory | null,
    isResident: record.isResident,
  };
}

const IDENTITY: RowIdentity<BaseEnterpriseRow> = {
  keyOf: (row) => `${row.year}|${row.creditCode}`,
  isSame: sameFields<BaseEnterpriseRow>(['year', 'creditCode', 'name', 'industryCode', 'revenue', 'rdSpending', 'inventionPatents', 'qualityCategory', 'isResident']),
};

function latestPerKey(db: Db, applicationId: string, creditCodes?: readonly string[]) {
  const t = baseEnterprises;
  return db
    .selectDistinctOn([t.year, t.creditCode])
    .from(t)
    .where(and(eq(t.applicationId, applicationId), creditCodes ? inArray(t.creditCode, [...creditCodes]) : undefined))
    .orderBy(t.year, t.creditCode, desc(t.createdAt), desc(t.id));
}

export const baseEnterprisesRepository = {
  async append(db: Db, batch: AppendBatch<BaseEnterpriseRow>): Promise<{ inserted: number }> {
    if (batch.rows.length === 0) return { inserted: 0 };
    const codes = [...new Set(batch.rows.map((row) => row.creditCode))];
    const current = new Map((await latestPerKey(db, batch.applicationId, codes)).map((r) => [IDENTITY.keyOf(baseEnterpriseRowOf(r)), baseEnterpriseRowOf(r)]));
    return appendSuperseding(db, { table: baseEnterprises, applicationId: batch.applicationId }, batch.rows, current, IDENTITY, async (rows, writtenAt) => {
      await db.insert(baseEnterprises).values(
        rows.map((row) => ({ applicationId: batch.applicationId, importId: batch.importId, ...row, createdAt: writtenAt })),
      );
    });
  },

  /** The current row of each enterprise and year, newest year first, then by name. */
  async listCurrent(db: Db, applicationId: string, page: PageRequest): Promise<Page<BaseEnterpriseRecord & Recorded>> {
    const latest = latestPerKey(db, applicationId).as('latest');
    const [items, [total]] = await Promise.all([
      db
        .select()
        .from(latest)
        .innerJoin(dataImports, eq(dataImports.id, latest.importId))
        .orderBy(desc(latest.year), asc(latest.name), asc(latest.creditCode))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize),
      db.select({ n: count() }).from(latest),
    ]);
    return { total: total?.n ?? 0, items: items.map((row) => ({ ...row.latest, recordedAt: row.data_imports.createdAt })) };
  },
};
