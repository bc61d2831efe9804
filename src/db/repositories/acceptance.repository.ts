// 评估验收 (acceptance_reviews, ADR 0015): one row per attempt and revision of a creation object, written in phases
// (the operator's submission, the province's start with the frozen snapshot, the decision once). A revision after the
// first exists only because an objection to the 拟认定公示 was upheld (Art. 7(4)): the attempt's current row is always
// its highest revision, and "the latest" everywhere means the highest (attempt, revision). The opinions are the
// expert side's table (acceptance-opinions.repository.ts writes them); this file only reads them for the view and
// for the rule that the province decides after every expert without a conflict has given an opinion.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import { acceptanceOpinions, acceptanceReviews, experts, files, users } from '../schema/index';
import type { OpinionProgress } from '../../domain/acceptance/decision-readiness';

export type AcceptanceReviewRow = typeof acceptanceReviews.$inferSelect;
export type AcceptanceReviewPatch = Partial<Omit<typeof acceptanceReviews.$inferInsert, 'id' | 'applicationId' | 'attempt' | 'revision' | 'reopenedReason' | 'createdAt'>>;

export interface AcceptanceOpinionRow {
  id: string;
  acceptanceReviewId: string;
  expertId: string;
  expertName: string;
  declaration: string | null;
  indicatorJudgements: { code: string; isMet: boolean; comment: string }[] | null;
  goalJudgements: { goalIndex: number; achievement: 'met' | 'partly' | 'not_met'; comment: string }[] | null;
  conclusion: string | null;
  comment: string | null;
  submittedAt: Date | null;
}

export interface EvidenceFileRow {
  id: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
  sha256: string;
}

export const acceptanceRepository = {
  /** Inserts the attempt's row; null when it exists already (the caller holds the application's lock). */
  async insert(db: Db, values: typeof acceptanceReviews.$inferInsert): Promise<AcceptanceReviewRow | null> {
    try {
      const [row] = await db.insert(acceptanceReviews).values(values).returning();
      return row ?? null;
    } catch (error) {
      if (isUniqueViolation(error, 'acceptance_reviews_attempt_idx')) return null;
      throw error;
    }
  },

  /** The attempt's current row: its highest revision. */
  async findAttempt(db: Db, applicationId: string, attempt: number): Promise<AcceptanceReviewRow | undefined> {
    const [row] = await db
      .select()
      .from(acceptanceReviews)
      .where(and(eq(acceptanceReviews.applicationId, applicationId), eq(acceptanceReviews.attempt, attempt)))
      .orderBy(desc(acceptanceReviews.revision))
      .limit(1);
    return row;
  },

  /**
   * Locks the attempt's current row (the caller holds the application's lock first: application, then review — the
   * order of the expert side's assignment, declaration and opinion, so neither waits on the other in reverse).
   */
  async lockAttempt(db: Db, applicationId: string, attempt: number): Promise<AcceptanceReviewRow | undefined> {
    const [row] = await db
      .select()
      .from(acceptanceReviews)
      .where(and(eq(acceptanceReviews.applicationId, applicationId), eq(acceptanceReviews.attempt, attempt)))
      .orderBy(desc(acceptanceReviews.revision))
      .limit(1)
      .for('update');
    return row;
  },

  /**
   * Revision n+1 of a decided attempt (an upheld 拟认定公示 objection, Art. 7(4)): the same submission, evidence and
   * frozen snapshot, started when and by whom the first was, undecided. Opinions stay with the revision they were
   * given on. Null when that revision exists already (the caller holds the application's lock).
   */
  async insertRevision(db: Db, previous: AcceptanceReviewRow, reopenedReason: string, at: Date): Promise<AcceptanceReviewRow | null> {
    return acceptanceRepository.insert(db, {
      applicationId: previous.applicationId,
      attempt: previous.attempt,
      revision: previous.revision + 1,
      reopenedReason,
      summary: previous.summary,
      goalReports: previous.goalReports,
      evidenceFileIds: previous.evidenceFileIds,
      submittedBy: previous.submittedBy,
      submittedAt: previous.submittedAt,
      startedBy: previous.startedBy,
      startedAt: previous.startedAt,
      snapshot: previous.snapshot,
      createdAt: at,
      updatedAt: at,
    });
  },

  /** Newest attempt and revision first, with the submitter's name. */
  async listByApplication(db: Db, applicationId: string) {
    return db
      .select({ review: acceptanceReviews, submittedByName: users.displayName })
      .from(acceptanceReviews)
      .leftJoin(users, eq(users.id, acceptanceReviews.submittedBy))
      .where(eq(acceptanceReviews.applicationId, applicationId))
      .orderBy(desc(acceptanceReviews.attempt), desc(acceptanceReviews.revision));
  },

  /** The latest attempt and revision of each application (the province's list). */
  async latestByApplications(db: Db, applicationIds: readonly string[]): Promise<AcceptanceReviewRow[]> {
    if (applicationIds.length === 0) return [];
    return db
      .selectDistinctOn([acceptanceReviews.applicationId])
      .from(acceptanceReviews)
      .where(inArray(acceptanceReviews.applicationId, [...applicationIds]))
      .orderBy(acceptanceReviews.applicationId, desc(acceptanceReviews.attempt), desc(acceptanceReviews.revision));
  },

  async update(db: Db, id: string, patch: AcceptanceReviewPatch): Promise<AcceptanceReviewRow> {
    const [row] = await db.update(acceptanceReviews).set(patch).where(eq(acceptanceReviews.id, id)).returning();
    if (!row) throw new Error(`acceptance review ${id} vanished`);
    return row;
  },

  /** Sets the outcome unless one is set already (then null: the decision is taken once). */
  async decide(db: Db, id: string, values: { outcome: string; outcomeReason: string; decidedBy: string; decidedAt: Date; updatedAt: Date }): Promise<AcceptanceReviewRow | null> {
    const [row] = await db
      .update(acceptanceReviews)
      .set(values)
      .where(and(eq(acceptanceReviews.id, id), isNull(acceptanceReviews.outcome)))
      .returning();
    return row ?? null;
  },

  /** The opinions of these reviews in the order the experts were assigned, with the experts' names. */
  async listOpinions(db: Db, reviewIds: readonly string[]): Promise<AcceptanceOpinionRow[]> {
    if (reviewIds.length === 0) return [];
    return db
      .select({
        id: acceptanceOpinions.id,
        acceptanceReviewId: acceptanceOpinions.acceptanceReviewId,
        expertId: acceptanceOpinions.expertId,
        expertName: experts.name,
        declaration: acceptanceOpinions.declaration,
        indicatorJudgements: acceptanceOpinions.indicatorJudgements,
        goalJudgements: acceptanceOpinions.goalJudgements,
        conclusion: acceptanceOpinions.conclusion,
        comment: acceptanceOpinions.comment,
        submittedAt: acceptanceOpinions.submittedAt,
      })
      .from(acceptanceOpinions)
      .innerJoin(experts, eq(experts.id, acceptanceOpinions.expertId))
      .where(inArray(acceptanceOpinions.acceptanceReviewId, [...reviewIds]))
      .orderBy(asc(acceptanceOpinions.createdAt), asc(acceptanceOpinions.id));
  },

  /**
   * ADR 0015: the province decides once every expert who declared no conflict has submitted, and at least one has.
   * Counted per revision (a new revision is decided on its own opinions) inside the decision's transaction, after
   * the review row is locked.
   */
  /** How far the review's experts are (decision-readiness.ts). */
  async opinionCounts(db: Db, reviewId: string): Promise<OpinionProgress> {
    const [row] = await db
      .select({
        undeclared: sql<number>`count(*) filter (where ${acceptanceOpinions.declaration} is null)`.mapWith(Number),
        awaited: sql<number>`count(*) filter (where ${acceptanceOpinions.declaration} = 'none' and ${acceptanceOpinions.submittedAt} is null)`.mapWith(Number),
        submitted: sql<number>`count(*) filter (where ${acceptanceOpinions.submittedAt} is not null)`.mapWith(Number),
      })
      .from(acceptanceOpinions)
      .where(eq(acceptanceOpinions.acceptanceReviewId, reviewId));
    return { undeclared: row?.undeclared ?? 0, awaited: row?.awaited ?? 0, submitted: row?.submitted ?? 0 };
  },

  async evidenceFiles(db: Db, fileIds: readonly string[]): Promise<EvidenceFileRow[]> {
    if (fileIds.length === 0) return [];
    return db
      .select({ id: files.id, originalName: files.originalName, sizeBytes: files.sizeBytes, mediaType: files.mediaType, sha256: files.sha256 })
      .from(files)
      .where(inArray(files.id, [...fileIds]));
  },
};
