// 专家评审 (Art. 7(2)): review groups, the applications in them, the draw, and each expert's declaration and
// scores. Lists people see are in neutral order (division code, then name; Art. 8).
import { and, asc, eq, inArray, isNotNull, isNull, notExists, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import { applicationMaterials, applications, applicationVersions, experts, expertReviews, files, organisations, reviewGroupApplications, reviewGroups } from '../schema/index';
import { applicationNeutralOrder } from './neutral-order';

export type ReviewGroupRow = typeof reviewGroups.$inferSelect;
export type ExpertReviewRow = typeof expertReviews.$inferSelect;

const applicationColumns = {
  id: applications.id,
  applicationNumber: applications.applicationNumber,
  name: applications.name,
  state: applications.state,
  callId: applications.callId,
  cityCode: applications.cityCode,
  content: applications.content,
  carrier: applications.carrier,
  organisationId: applications.organisationId,
  organisationName: organisations.name,
  creditCode: organisations.creditCode,
};
const neutralOrder = applicationNeutralOrder;

export const expertReviewsRepository = {
  async insertGroup(db: Db, values: typeof reviewGroups.$inferInsert): Promise<ReviewGroupRow> {
    const [row] = await db.insert(reviewGroups).values(values).returning();
    if (!row) throw new Error('review group insert returned nothing');
    return row;
  },

  async findGroup(db: Db, id: string): Promise<ReviewGroupRow | undefined> {
    const [row] = await db.select().from(reviewGroups).where(eq(reviewGroups.id, id));
    return row;
  },

  /** Locks the group: two officers pressing 抽取 at once draw once. */
  async findGroupForUpdate(db: Db, id: string): Promise<ReviewGroupRow | undefined> {
    const [row] = await db.select().from(reviewGroups).where(eq(reviewGroups.id, id)).for('update');
    return row;
  },

  async listGroups(db: Db, callId: string): Promise<ReviewGroupRow[]> {
    return db.select().from(reviewGroups).where(eq(reviewGroups.callId, callId)).orderBy(asc(reviewGroups.createdAt), asc(reviewGroups.id));
  },

  /** False when an application is already in a group (the unique index); the caller's transaction must end. */
  async addApplications(db: Db, groupId: string, applicationIds: readonly string[], at: Date): Promise<boolean> {
    try {
      await db.insert(reviewGroupApplications).values(applicationIds.map((applicationId) => ({ groupId, applicationId, addedAt: at })));
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  },

  async findApplications(db: Db, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db.select(applicationColumns).from(applications).innerJoin(organisations, eq(organisations.id, applications.organisationId)).where(inArray(applications.id, [...ids]));
  },

  async findGroupedIds(db: Db, applicationIds: readonly string[]): Promise<string[]> {
    if (applicationIds.length === 0) return [];
    const rows = await db.select({ id: reviewGroupApplications.applicationId }).from(reviewGroupApplications).where(inArray(reviewGroupApplications.applicationId, [...applicationIds]));
    return rows.map((row) => row.id);
  },

  /** The applications of the given groups, neutral order. */
  async listGroupApplications(db: Db, groupIds: readonly string[]) {
    if (groupIds.length === 0) return [];
    return db
      .select({ ...applicationColumns, groupId: reviewGroupApplications.groupId })
      .from(reviewGroupApplications)
      .innerJoin(applications, eq(applications.id, reviewGroupApplications.applicationId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(inArray(reviewGroupApplications.groupId, [...groupIds]))
      .orderBy(...neutralOrder);
  },

  /** Recommended applications of the call that are in no group yet. */
  async listUngroupedRecommended(db: Db, callId: string) {
    const grouped = db.select({ one: sql`1` }).from(reviewGroupApplications).where(eq(reviewGroupApplications.applicationId, applications.id));
    return db
      .select(applicationColumns)
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(and(eq(applications.callId, callId), eq(applications.state, 'recommended'), notExists(grouped)))
      .orderBy(...neutralOrder);
  },

  /** Records the draw only if the group has none yet; null when someone else drew first. */
  async saveDraw(db: Db, id: string, values: { seed: string; drawRecord: Record<string, unknown>; drawnBy: string; drawnAt: Date }): Promise<ReviewGroupRow | null> {
    const [row] = await db.update(reviewGroups).set(values).where(and(eq(reviewGroups.id, id), isNull(reviewGroups.drawnAt))).returning();
    return row ?? null;
  },

  /** Replaces the record of a drawn group with one that lists a further draw (补充抽取); null if not drawn yet. */
  async saveDrawRecord(db: Db, id: string, drawRecord: Record<string, unknown>): Promise<ReviewGroupRow | null> {
    const [row] = await db.update(reviewGroups).set({ drawRecord }).where(and(eq(reviewGroups.id, id), isNotNull(reviewGroups.drawnAt))).returning();
    return row ?? null;
  },

  async insertReviews(db: Db, values: (typeof expertReviews.$inferInsert)[]): Promise<void> {
    if (values.length > 0) await db.insert(expertReviews).values(values);
  },

  async listReviewsOfGroups(db: Db, groupIds: readonly string[]) {
    if (groupIds.length === 0) return [];
    return db
      .select({ review: expertReviews, expertName: experts.name })
      .from(expertReviews)
      .innerJoin(experts, eq(experts.id, expertReviews.expertId))
      .where(inArray(expertReviews.groupId, [...groupIds]))
      .orderBy(sql`${experts.name} COLLATE "C"`, asc(experts.id));
  },

  /** An expert's own assignments that are not conflicted, neutral order. */
  async listForExpert(db: Db, expertId: string) {
    return db
      .select({ review: expertReviews, application: applicationColumns })
      .from(expertReviews)
      .innerJoin(applications, eq(applications.id, expertReviews.applicationId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(and(eq(expertReviews.expertId, expertId), sql`${expertReviews.declaration} IS DISTINCT FROM 'conflicted'`))
      .orderBy(...neutralOrder);
  },

  async findReview(db: Db, id: string) {
    const [row] = await db
      .select({ review: expertReviews, application: applicationColumns })
      .from(expertReviews)
      .innerJoin(applications, eq(applications.id, expertReviews.applicationId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(eq(expertReviews.id, id));
    return row;
  },

  async findReviewForUpdate(db: Db, id: string): Promise<ExpertReviewRow | undefined> {
    const [row] = await db.select().from(expertReviews).where(eq(expertReviews.id, id)).for('update');
    return row;
  },

  async saveDeclaration(db: Db, id: string, values: { declaration: string; declarationNote: string; declaredAt: Date }): Promise<ExpertReviewRow | null> {
    const [row] = await db.update(expertReviews).set(values).where(and(eq(expertReviews.id, id), isNull(expertReviews.declaration))).returning();
    return row ?? null;
  },

  /** Saves scores while not yet submitted; null once submitted. */
  async saveScores(db: Db, id: string, values: { scores: Record<string, number>; comments: Record<string, string>; submittedAt: Date | null }): Promise<ExpertReviewRow | null> {
    const [row] = await db
      .update(expertReviews)
      .set(values)
      .where(and(eq(expertReviews.id, id), eq(expertReviews.declaration, 'none'), isNull(expertReviews.submittedAt)))
      .returning();
    return row ?? null;
  },

  /** The files an expert may open for one application: its current materials and its submitted forms. */
  async listCaseFiles(db: Db, applicationId: string) {
    const materials = await db
      .select({ file: files, kind: applicationMaterials.kind })
      .from(applicationMaterials)
      .innerJoin(files, eq(files.id, applicationMaterials.fileId))
      .where(and(eq(applicationMaterials.applicationId, applicationId), isNull(applicationMaterials.removedAt)))
      .orderBy(asc(applicationMaterials.kind), asc(applicationMaterials.addedAt));
    const versions = await db
      .select({ file: files, version: applicationVersions.version })
      .from(applicationVersions)
      .innerJoin(files, eq(files.id, applicationVersions.documentFileId))
      .where(eq(applicationVersions.applicationId, applicationId))
      .orderBy(asc(applicationVersions.version));
    return { materials, versions };
  },
};
