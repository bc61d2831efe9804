// 国家级名单导入 (Art. 9; ADR 0017): uploads of MIIT's list and their rows, the registry entries a row may be, and
// the national mark of entries that have no application (legacy, MIIT-only). A programme entry is marked through
// the lifecycle instead (mark_national), which keeps its registry entry in step.
import { and, asc, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { NationalRowOutcome } from '../../domain/registry/national-tier';
import type { Db } from '../client';
import { applications, auditLog, nationalTierRows, nationalTierUploads, registryEntries, users } from '../schema/index';
import { neutralOrder } from './neutral-order';
import type { RegistryEntryRow } from './registry-write.repository';

export type NationalUploadRow = typeof nationalTierUploads.$inferSelect;
export type NationalRowRow = typeof nationalTierRows.$inferSelect;
export type NationalRowInsert = typeof nationalTierRows.$inferInsert;

/** An entry with its application's lifecycle state (programme entries), which decides whether it can be marked now. */
export type NationalCandidateRow = RegistryEntryRow & { applicationState: string | null };

export interface NationalUploadListRow extends NationalUploadRow {
  uploadedByName: string;
  outcomeCounts: Partial<Record<NationalRowOutcome, number>>;
}

const ENTRY_SEARCH_LIMIT = 20;
export const DISMISS_ACTION = 'national_tier.row_dismissed';

const candidateColumns = { ...getTableColumns(registryEntries), applicationState: applications.state };

/** Art. 8: the registry's one neutral order (city, county, name by code point, id), never a ranking. */
const entryNeutralOrder = neutralOrder({ cityCode: registryEntries.cityCode, countyCode: registryEntries.countyCode, names: [registryEntries.name], id: registryEntries.id });

export const nationalTierRepository = {
  async insertUpload(db: Db, values: typeof nationalTierUploads.$inferInsert): Promise<NationalUploadRow> {
    const [row] = await db.insert(nationalTierUploads).values(values).returning();
    if (!row) throw new Error('insert returned no upload');
    return row;
  },

  async insertRows(db: Db, values: NationalRowInsert[]): Promise<NationalRowRow[]> {
    if (values.length === 0) return [];
    return db.insert(nationalTierRows).values(values).returning();
  },

  async findUpload(db: Db, id: string): Promise<(NationalUploadRow & { uploadedByName: string }) | undefined> {
    const [row] = await db
      .select({ ...getTableColumns(nationalTierUploads), uploadedByName: users.displayName })
      .from(nationalTierUploads)
      .innerJoin(users, eq(users.id, nationalTierUploads.uploadedBy))
      .where(eq(nationalTierUploads.id, id));
    return row;
  },

  /** Newest first, each with its rows counted by outcome. */
  async listUploads(db: Db): Promise<NationalUploadListRow[]> {
    const uploads = await db
      .select({ ...getTableColumns(nationalTierUploads), uploadedByName: users.displayName })
      .from(nationalTierUploads)
      .innerJoin(users, eq(users.id, nationalTierUploads.uploadedBy))
      .orderBy(desc(nationalTierUploads.uploadedAt), desc(nationalTierUploads.id));
    if (uploads.length === 0) return [];
    const counts = await db
      .select({ uploadId: nationalTierRows.uploadId, outcome: nationalTierRows.outcome, n: count() })
      .from(nationalTierRows)
      .where(inArray(nationalTierRows.uploadId, uploads.map((u) => u.id)))
      .groupBy(nationalTierRows.uploadId, nationalTierRows.outcome);
    return uploads.map((upload) => ({
      ...upload,
      outcomeCounts: Object.fromEntries(counts.filter((c) => c.uploadId === upload.id).map((c) => [c.outcome, Number(c.n)])),
    }));
  },

  async listRows(db: Db, uploadId: string): Promise<NationalRowRow[]> {
    return db.select().from(nationalTierRows).where(eq(nationalTierRows.uploadId, uploadId)).orderBy(asc(nationalTierRows.rowNumber));
  },

  /** The row, locked: two officers resolving it at once are serialised, the second sees it resolved. */
  async findRowForUpdate(db: Db, id: string): Promise<NationalRowRow | undefined> {
    const [row] = await db.select().from(nationalTierRows).where(eq(nationalTierRows.id, id)).for('update');
    return row;
  },

  async resolveRow(db: Db, id: string, values: { outcome: NationalRowOutcome; entryId: string | null; resolvedBy: string; resolvedAt: Date }): Promise<NationalRowRow> {
    const [row] = await db
      .update(nationalTierRows)
      .set({ ...values, isResolvedManually: true })
      .where(eq(nationalTierRows.id, id))
      .returning();
    if (!row) throw new Error('national tier row vanished while locked');
    return row;
  },

  /** Every entry of these operators (credit codes as stored: normalised), with the application's state. */
  async findCandidatesByCreditCodes(db: Db, codes: readonly string[]): Promise<NationalCandidateRow[]> {
    if (codes.length === 0) return [];
    return db
      .select(candidateColumns)
      .from(registryEntries)
      .leftJoin(applications, eq(applications.id, registryEntries.applicationId))
      .where(inArray(registryEntries.operatorCreditCode, [...new Set(codes)]));
  },

  async findEntriesByIds(db: Db, ids: readonly string[]): Promise<NationalCandidateRow[]> {
    if (ids.length === 0) return [];
    return db
      .select(candidateColumns)
      .from(registryEntries)
      .leftJoin(applications, eq(applications.id, registryEntries.applicationId))
      .where(inArray(registryEntries.id, [...new Set(ids)]));
  },

  /** The entry, locked for its mark. */
  async findEntryForUpdate(db: Db, id: string): Promise<RegistryEntryRow | undefined> {
    const [row] = await db.select().from(registryEntries).where(eq(registryEntries.id, id)).for('update');
    return row;
  },

  async listNationalEntries(db: Db): Promise<RegistryEntryRow[]> {
    return db.select().from(registryEntries).where(eq(registryEntries.isNational, true)).orderBy(...entryNeutralOrder);
  },

  /** Marks an entry without an application national (legacy, MIIT-only); false when it already was. */
  async markEntryNational(db: Db, id: string, at: Date): Promise<boolean> {
    const rows = await db
      .update(registryEntries)
      .set({ isNational: true, updatedAt: at })
      .where(and(eq(registryEntries.id, id), eq(registryEntries.isNational, false), sql`${registryEntries.source} <> 'programme'`))
      .returning({ id: registryEntries.id });
    return rows.length > 0;
  },

  /** Entries whose stored search text holds the (normalised) query, or whose operator has that credit code. */
  async searchEntries(db: Db, normalisedQuery: string, creditCode: string | null): Promise<NationalCandidateRow[]> {
    const byText = sql`strpos(${registryEntries.searchText}, ${normalisedQuery}) > 0`;
    return db
      .select(candidateColumns)
      .from(registryEntries)
      .leftJoin(applications, eq(applications.id, registryEntries.applicationId))
      .where(creditCode ? sql`(${byText} OR ${registryEntries.operatorCreditCode} = ${creditCode})` : byText)
      .orderBy(...entryNeutralOrder)
      .limit(ENTRY_SEARCH_LIMIT);
  },

  /** The reasons given when rows were dismissed (kept with the audit record of the act). */
  async findDismissReasons(db: Db, rowIds: readonly string[]): Promise<Map<string, string>> {
    if (rowIds.length === 0) return new Map();
    const rows = await db
      .select({ objectId: auditLog.objectId, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, DISMISS_ACTION), eq(auditLog.objectType, 'national_tier_row'), inArray(auditLog.objectId, [...rowIds])));
    const reasons = new Map<string, string>();
    for (const row of rows) {
      const reason = (row.after as { reason?: unknown } | null)?.reason;
      if (row.objectId && typeof reason === 'string') reasons.set(row.objectId, reason);
    }
    return reasons;
  },
};
