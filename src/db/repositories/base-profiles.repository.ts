// 基地基本情况 rows (Attachment 2): append-only, the latest row per year is the base's profile for that year.
import { count, desc, eq } from 'drizzle-orm';
import type { BaseProfileRow } from '../../domain/creation-data/rows/base-profiles';
import { sameFields, type RowIdentity } from '../../domain/creation-data/rows/supersede';
import type { Db } from '../client';
import { dataImports, baseProfiles } from '../schema/index';
import { appendSuperseding, type AppendBatch, type Page, type PageRequest, type Recorded } from './superseding-rows';

export type BaseProfileRecord = typeof baseProfiles.$inferSelect;

export function baseProfileRowOf(record: BaseProfileRecord): BaseProfileRow {
  return {
    year: record.year,
    leadingIndustry: record.leadingIndustry,
    leadingIndustryCodes: record.leadingIndustryCodes,
    landArea: record.landArea,
    employees: record.employees,
    hasIncubator: record.hasIncubator,
    hasTechPlatform: record.hasTechPlatform,
    hasIndustryFund: record.hasIndustryFund,
  };
}

const IDENTITY: RowIdentity<BaseProfileRow> = {
  keyOf: (row) => String(row.year),
  isSame: sameFields<BaseProfileRow>(['year', 'leadingIndustry', 'leadingIndustryCodes', 'landArea', 'employees', 'hasIncubator', 'hasTechPlatform', 'hasIndustryFund']),
};

function latestPerKey(db: Db, applicationId: string) {
  const t = baseProfiles;
  return db.selectDistinctOn([t.year]).from(t).where(eq(t.applicationId, applicationId)).orderBy(t.year, desc(t.createdAt), desc(t.id));
}

export const baseProfilesRepository = {
  async append(db: Db, batch: AppendBatch<BaseProfileRow>): Promise<{ inserted: number }> {
    if (batch.rows.length === 0) return { inserted: 0 };
    const current = new Map((await latestPerKey(db, batch.applicationId)).map((r) => [IDENTITY.keyOf(baseProfileRowOf(r)), baseProfileRowOf(r)]));
    return appendSuperseding(db, { table: baseProfiles, applicationId: batch.applicationId }, batch.rows, current, IDENTITY, async (rows, writtenAt) => {
      await db.insert(baseProfiles).values(
        rows.map((row) => ({ applicationId: batch.applicationId, importId: batch.importId, ...row, createdAt: writtenAt })),
      );
    });
  },

  /** The current profile of each year, newest year first. */
  async listCurrent(db: Db, applicationId: string, page: PageRequest): Promise<Page<BaseProfileRecord & Recorded>> {
    const latest = latestPerKey(db, applicationId).as('latest');
    const [items, [total]] = await Promise.all([
      db
        .select()
        .from(latest)
        .innerJoin(dataImports, eq(dataImports.id, latest.importId))
        .orderBy(desc(latest.year))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize),
      db.select({ n: count() }).from(latest),
    ]);
    return { total: total?.n ?? 0, items: items.map((row) => ({ ...row.latest, recordedAt: row.data_imports.createdAt })) };
  },
};
