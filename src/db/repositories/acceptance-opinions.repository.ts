// 验收专家意见 (Art. 7(3); ADR 0015): who was assigned to which acceptance review, each expert's declaration and
// opinion. Lists people see are in neutral order (Art. 8): cases by city, county and name, experts by name.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { acceptanceOpinions, acceptanceReviews, applications, expertAvoidances, experts, files, organisations } from '../schema/index';
import { applicationNeutralOrder } from './neutral-order';

export type AcceptanceOpinionRow = typeof acceptanceOpinions.$inferSelect;
export type AcceptanceReviewRow = typeof acceptanceReviews.$inferSelect;

const applicationColumns = {
  id: applications.id,
  name: applications.name,
  state: applications.state,
  cityCode: applications.cityCode,
  carrier: applications.carrier,
  content: applications.content,
  standardVersion: applications.standardVersion,
  organisationId: applications.organisationId,
  organisationName: organisations.name,
  creditCode: organisations.creditCode,
};

export const acceptanceOpinionsRepository = {
  /** The review with its application; the caller locks the application first when it changes anything. */
  async findReview(db: Db, reviewId: string) {
    const [row] = await db
      .select({ review: acceptanceReviews, application: applicationColumns })
      .from(acceptanceReviews)
      .innerJoin(applications, eq(applications.id, acceptanceReviews.applicationId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(eq(acceptanceReviews.id, reviewId));
    return row;
  },

  /** Locks the review row: an assignment, a declaration or an opinion and the province's decision take turns. */
  async lockReview(db: Db, reviewId: string): Promise<AcceptanceReviewRow | undefined> {
    const [row] = await db.select().from(acceptanceReviews).where(eq(acceptanceReviews.id, reviewId)).for('update');
    return row;
  },

  async listOpinionsOfReview(db: Db, reviewId: string) {
    return db
      .select({ opinion: acceptanceOpinions, expertName: experts.name })
      .from(acceptanceOpinions)
      .innerJoin(experts, eq(experts.id, acceptanceOpinions.expertId))
      .where(eq(acceptanceOpinions.acceptanceReviewId, reviewId))
      .orderBy(sql`${experts.name} COLLATE "C"`, asc(experts.id));
  },

  async insertOpinions(db: Db, values: (typeof acceptanceOpinions.$inferInsert)[]): Promise<void> {
    if (values.length > 0) await db.insert(acceptanceOpinions).values(values);
  },

  /** The organisations each of the experts declared a relationship with (expert_avoidances). */
  async listAvoidedOrganisations(db: Db, expertIds: readonly string[]) {
    if (expertIds.length === 0) return [];
    return db
      .select({ expertId: expertAvoidances.expertId, organisationId: expertAvoidances.organisationId })
      .from(expertAvoidances)
      .where(inArray(expertAvoidances.expertId, [...expertIds]));
  },

  /** An expert's own assignments that are not conflicted, neutral order, newest attempt and revision first within an object. */
  async listForExpert(db: Db, expertId: string) {
    return db
      .select({ opinion: acceptanceOpinions, review: acceptanceReviews, application: applicationColumns })
      .from(acceptanceOpinions)
      .innerJoin(acceptanceReviews, eq(acceptanceReviews.id, acceptanceOpinions.acceptanceReviewId))
      .innerJoin(applications, eq(applications.id, acceptanceReviews.applicationId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(and(eq(acceptanceOpinions.expertId, expertId), sql`${acceptanceOpinions.declaration} IS DISTINCT FROM 'conflicted'`))
      .orderBy(...applicationNeutralOrder, sql`${acceptanceReviews.attempt} DESC`, sql`${acceptanceReviews.revision} DESC`);
  },

  async findOpinion(db: Db, opinionId: string) {
    const [row] = await db
      .select({ opinion: acceptanceOpinions, review: acceptanceReviews, application: applicationColumns })
      .from(acceptanceOpinions)
      .innerJoin(acceptanceReviews, eq(acceptanceReviews.id, acceptanceOpinions.acceptanceReviewId))
      .innerJoin(applications, eq(applications.id, acceptanceReviews.applicationId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(eq(acceptanceOpinions.id, opinionId));
    return row;
  },

  /** Null when a declaration was already made (it is made once). */
  async saveDeclaration(db: Db, id: string, values: { declaration: string; declarationNote: string; declaredAt: Date }): Promise<AcceptanceOpinionRow | null> {
    const [row] = await db.update(acceptanceOpinions).set(values).where(and(eq(acceptanceOpinions.id, id), isNull(acceptanceOpinions.declaration))).returning();
    return row ?? null;
  },

  /** Saves the opinion once, after a declaration of no conflict; null when already submitted. */
  async saveOpinion(
    db: Db,
    id: string,
    values: Pick<typeof acceptanceOpinions.$inferInsert, 'indicatorJudgements' | 'goalJudgements' | 'conclusion' | 'comment'> & { submittedAt: Date },
  ): Promise<AcceptanceOpinionRow | null> {
    const [row] = await db
      .update(acceptanceOpinions)
      .set(values)
      .where(and(eq(acceptanceOpinions.id, id), eq(acceptanceOpinions.declaration, 'none'), isNull(acceptanceOpinions.submittedAt)))
      .returning();
    return row ?? null;
  },

  /** The review's evidence files, in the order the operator added them. */
  async listFiles(db: Db, fileIds: readonly string[]) {
    if (fileIds.length === 0) return [];
    const rows = await db.select().from(files).where(inArray(files.id, [...fileIds]));
    return fileIds.flatMap((id) => rows.filter((row) => row.id === id));
  },
};
