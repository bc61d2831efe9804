// Art. 14 义务履行记录 (obligation_records, ADR 0016): written once by the operator; a wrong record is withdrawn (作废)
// by a guarded update (voided_at null → value), never deleted (trigger in migration 0015). Evidence is appended to the
// record while it stands, up to a maximum, in one guarded update so two uploads at once cannot pass the limit.
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { files, obligationRecords, users } from '../schema/index';

export type ObligationRecordRow = typeof obligationRecords.$inferSelect;

export interface ObligationEvidenceFileRow {
  id: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
  sha256: string;
}

/** Both ends inclusive, ISO dates (YYYY-MM-DD). */
export interface ObligationWindow {
  startsOn: string;
  endsOn: string;
}

function inRange(applicationId: string, from: string | undefined, to: string | undefined): SQL | undefined {
  return and(
    eq(obligationRecords.applicationId, applicationId),
    from === undefined ? undefined : gte(obligationRecords.heldOn, from),
    to === undefined ? undefined : lte(obligationRecords.heldOn, to),
  );
}

export const obligationRecordsRepository = {
  async insert(db: Db, values: typeof obligationRecords.$inferInsert): Promise<ObligationRecordRow> {
    const [row] = await db.insert(obligationRecords).values(values).returning();
    if (!row) throw new Error('obligation record not inserted');
    return row;
  },

  async findById(db: Db, applicationId: string, id: string): Promise<ObligationRecordRow | undefined> {
    const [row] = await db
      .select()
      .from(obligationRecords)
      .where(and(eq(obligationRecords.id, id), eq(obligationRecords.applicationId, applicationId)));
    return row;
  },

  /**
   * The records held in the re-review's window (both ends inclusive), voided ones included — the re-review shows a
   * withdrawn record struck through with its reason, and counts only the others. Oldest first: heldOn, then recordedAt.
   */
  async listInWindow(db: Db, applicationId: string, window: ObligationWindow): Promise<ObligationRecordRow[]> {
    return db
      .select()
      .from(obligationRecords)
      .where(inRange(applicationId, window.startsOn, window.endsOn))
      .orderBy(asc(obligationRecords.heldOn), asc(obligationRecords.recordedAt), asc(obligationRecords.id));
  },

  /** The object's tab: newest activity first, voided included; from/to optional and inclusive. */
  async list(db: Db, applicationId: string, range: { from?: string; to?: string } = {}): Promise<ObligationRecordRow[]> {
    return db
      .select()
      .from(obligationRecords)
      .where(inRange(applicationId, range.from, range.to))
      .orderBy(desc(obligationRecords.heldOn), desc(obligationRecords.recordedAt), desc(obligationRecords.id));
  },

  /** Records not voided in the window, by kind (the re-review snapshot keeps these counts). */
  async countInWindow(db: Db, applicationId: string, window: ObligationWindow): Promise<{ governmentActivities: number; sharingActivities: number }> {
    const [row] = await db
      .select({
        governmentActivities: sql<number>`count(*) filter (where ${obligationRecords.kind} = 'government_activity')`.mapWith(Number),
        sharingActivities: sql<number>`count(*) filter (where ${obligationRecords.kind} = 'sharing_activity')`.mapWith(Number),
      })
      .from(obligationRecords)
      .where(and(inRange(applicationId, window.startsOn, window.endsOn), isNull(obligationRecords.voidedAt)));
    return { governmentActivities: row?.governmentActivities ?? 0, sharingActivities: row?.sharingActivities ?? 0 };
  },

  /** 作废, only while the record stands; undefined when it was withdrawn already (or is not this object's). */
  async void(db: Db, applicationId: string, id: string, values: { voidReason: string; voidedBy: string; voidedAt: Date }): Promise<ObligationRecordRow | undefined> {
    const [row] = await db
      .update(obligationRecords)
      .set(values)
      .where(and(eq(obligationRecords.id, id), eq(obligationRecords.applicationId, applicationId), isNull(obligationRecords.voidedAt)))
      .returning();
    return row;
  },

  /**
   * Appends a file while the record stands and holds fewer than `maxFiles`; undefined otherwise (the caller tells
   * which from the row it read). One statement, so two uploads at once cannot pass the limit.
   */
  async appendEvidence(db: Db, applicationId: string, id: string, fileId: string, maxFiles: number): Promise<ObligationRecordRow | undefined> {
    const [row] = await db
      .update(obligationRecords)
      .set({ evidenceFileIds: sql`${obligationRecords.evidenceFileIds} || jsonb_build_array(${fileId}::text)` })
      .where(
        and(
          eq(obligationRecords.id, id),
          eq(obligationRecords.applicationId, applicationId),
          isNull(obligationRecords.voidedAt),
          sql`jsonb_array_length(${obligationRecords.evidenceFileIds}) < ${maxFiles}`,
        ),
      )
      .returning();
    return row;
  },

  /** Display names of the people who recorded (for the view). */
  async userNames(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, [...userIds]));
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  async evidenceFiles(db: Db, fileIds: readonly string[]): Promise<ObligationEvidenceFileRow[]> {
    if (fileIds.length === 0) return [];
    return db
      .select({ id: files.id, originalName: files.originalName, sizeBytes: files.sizeBytes, mediaType: files.mediaType, sha256: files.sha256 })
      .from(files)
      .where(inArray(files.id, [...fileIds]));
  },
};
