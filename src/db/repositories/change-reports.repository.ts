// 重大变化报告 (change_reports, Art. 11): written once by the operator; the city's proposal and the province's
// decision are each filled once by a guarded update (null → value), so a second attempt changes nothing.
import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { changeReports, files, users } from '../schema/index';

export type ChangeReportRow = typeof changeReports.$inferSelect;

export interface ChangeDocumentFileRow {
  id: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
  sha256: string;
}

export const changeReportsRepository = {
  async insert(db: Db, values: typeof changeReports.$inferInsert): Promise<ChangeReportRow> {
    const [row] = await db.insert(changeReports).values(values).returning();
    if (!row) throw new Error('change report not inserted');
    return row;
  },

  async findById(db: Db, applicationId: string, id: string): Promise<ChangeReportRow | undefined> {
    const [row] = await db.select().from(changeReports).where(and(eq(changeReports.id, id), eq(changeReports.applicationId, applicationId)));
    return row;
  },

  /** Newest first (reporting moment, then id), with the name of the person who reported. */
  async listByApplication(db: Db, applicationId: string): Promise<{ report: ChangeReportRow; reportedByName: string | null }[]> {
    return db
      .select({ report: changeReports, reportedByName: users.displayName })
      .from(changeReports)
      .leftJoin(users, eq(users.id, changeReports.reportedBy))
      .where(eq(changeReports.applicationId, applicationId))
      .orderBy(desc(changeReports.reportedAt), desc(changeReports.id));
  },

  /** The city's proposal, only while none is recorded; undefined when another got there first. */
  async recordProposal(db: Db, id: string, values: { cityProposal: string; cityReason: string; proposedBy: string; proposedAt: Date }): Promise<ChangeReportRow | undefined> {
    const [row] = await db.update(changeReports).set(values).where(and(eq(changeReports.id, id), isNull(changeReports.cityProposal))).returning();
    return row;
  },

  /** The province's decision, only after the city's proposal and while none is recorded. */
  async recordDecision(
    db: Db,
    id: string,
    values: { provinceDecision: string; provinceReason: string; decidedBy: string; decidedAt: Date; formerName: string | null },
  ): Promise<ChangeReportRow | undefined> {
    const [row] = await db
      .update(changeReports)
      .set(values)
      .where(and(eq(changeReports.id, id), isNotNull(changeReports.cityProposal), isNull(changeReports.provinceDecision)))
      .returning();
    return row;
  },

  /**
   * Art. 11 documents: appends a file, only while the city has not proposed (the caller holds the application's row
   * lock, so the list it read is the list it extends); undefined when the proposal got there first.
   */
  async addDocument(db: Db, id: string, documentFileIds: string[]): Promise<ChangeReportRow | undefined> {
    const [row] = await db.update(changeReports).set({ documentFileIds }).where(and(eq(changeReports.id, id), isNull(changeReports.cityProposal))).returning();
    return row;
  },

  /** The files behind document ids (any order; the caller orders them as the report lists them). */
  async documentFiles(db: Db, fileIds: readonly string[]): Promise<ChangeDocumentFileRow[]> {
    if (fileIds.length === 0) return [];
    return db
      .select({ id: files.id, originalName: files.originalName, sizeBytes: files.sizeBytes, mediaType: files.mediaType, sha256: files.sha256 })
      .from(files)
      .where(inArray(files.id, [...fileIds]));
  },
};
