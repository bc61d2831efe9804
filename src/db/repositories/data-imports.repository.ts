// data_imports: one row per import (file, push or form). The row is written first — the stored records point to it —
// and its counts are filled in once, in the same transaction, when the import ends (migration 0011).
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { applications, dataImports, users } from '../schema/index';
import type { ApplicationRow } from './applications.repository';

export type DataImportRow = typeof dataImports.$inferSelect;

export interface ImportCounts {
  totalRows: number;
  acceptedRows: number;
  duplicateRows: number;
  rejectedRows: number;
  rejectedByColumn: Record<string, number>;
  errorReportFileId: string | null;
}

export const dataImportsRepository = {
  /**
   * Serialises the imports of one creation object until the transaction ends: two uploads (or an upload and a push)
   * never de-duplicate against each other's half-written rows.
   */
  async lockCreationObject(tx: Db, applicationId: string): Promise<void> {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`creation-data-import:${applicationId}`}))`);
  },

  /**
   * The creation object, its row locked FOR SHARE until the import's transaction ends: a change of state (a
   * revocation ends data collection, Art. 7(2)) waits for the import to commit, and an import that starts after the
   * change reads the new state — an import never writes into an object that stopped collecting data meanwhile.
   */
  async findApplicationForShare(tx: Db, applicationId: string): Promise<ApplicationRow | undefined> {
    const [row] = await tx.select().from(applications).where(eq(applications.id, applicationId)).for('share');
    return row;
  },

  async start(
    tx: Db,
    values: { applicationId: string; dataset: string; source: string; fileName: string | null; fileSha256: string | null; apiKeyId: string | null; createdBy: string | null; createdAt: Date },
  ): Promise<DataImportRow> {
    const [row] = await tx
      .insert(dataImports)
      .values({ ...values, totalRows: 0, acceptedRows: 0, duplicateRows: 0, rejectedRows: 0, rejectedByColumn: {} })
      .returning();
    if (!row) throw new Error('data import insert returned nothing');
    return row;
  },

  async finish(tx: Db, id: string, counts: ImportCounts): Promise<DataImportRow> {
    const [row] = await tx.update(dataImports).set(counts).where(eq(dataImports.id, id)).returning();
    if (!row) throw new Error('data import vanished');
    return row;
  },

  async findById(db: Db, applicationId: string, id: string): Promise<DataImportRow | undefined> {
    const [row] = await db.select().from(dataImports).where(and(eq(dataImports.id, id), eq(dataImports.applicationId, applicationId)));
    return row;
  },

  /** Newest first, with the importing user's name. */
  async listByApplication(db: Db, applicationId: string, limit = 200) {
    return db
      .select({ import: dataImports, createdByName: users.displayName })
      .from(dataImports)
      .leftJoin(users, eq(users.id, dataImports.createdBy))
      .where(eq(dataImports.applicationId, applicationId))
      .orderBy(desc(dataImports.createdAt), desc(dataImports.id))
      .limit(limit);
  },
};
