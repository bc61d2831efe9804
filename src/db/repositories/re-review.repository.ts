// 复核 (Art. 10; ADR 0016): rounds (re_review_rounds) and one re-review per object and round (re_reviews). Both are
// filled in phases by guarded updates and never deleted (triggers of migration 0015): a round is opened once; a
// re-review is submitted, assessed and decided once each.
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lte, max, sql } from 'drizzle-orm';
import type { ListScope } from '../../domain/access/policy';
import type { OpenReReviewTodoFact } from '../../domain/todos/re-review-todos';
import type { Db } from '../client';
import { applications, files, reReviewRounds, reReviews, users } from '../schema/index';
import { applicationScopeCondition } from './applications.repository';

export type ReReviewRoundRow = typeof reReviewRounds.$inferSelect;
export type ReReviewRow = typeof reReviews.$inferSelect;
/** A re-review with its object's state, which tells an ended re-review (object no longer in re_review) apart. */
export type ReReviewCountRow = ReReviewRow & { objectState: string };
export type ReReviewPatch = Partial<Pick<typeof reReviews.$inferInsert, 'report' | 'reportFileIds' | 'submittedBy' | 'submittedAt' | 'snapshot' | 'updatedAt'>>;

export interface ReReviewWithRound {
  reReview: ReReviewRow;
  round: ReReviewRoundRow;
  submittedByName: string | null;
}

export interface ReReviewFileRow {
  id: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
  sha256: string;
}

export const reReviewRepository = {
  async insertRound(db: Db, values: typeof reReviewRounds.$inferInsert): Promise<ReReviewRoundRow> {
    const [row] = await db.insert(reReviewRounds).values(values).returning();
    if (!row) throw new Error('insert returned no round');
    return row;
  },

  async findRound(db: Db, id: string): Promise<ReReviewRoundRow | undefined> {
    const [row] = await db.select().from(reReviewRounds).where(eq(reReviewRounds.id, id));
    return row;
  },

  /** Newest opening day first. */
  async listRounds(db: Db): Promise<ReReviewRoundRow[]> {
    return db.select().from(reReviewRounds).orderBy(desc(reReviewRounds.opensOn), desc(reReviewRounds.createdAt));
  },

  /** Rounds whose opening day has come and that nobody opened yet, locked for the opening (oldest first). */
  async lockRoundsDue(db: Db, today: string): Promise<ReReviewRoundRow[]> {
    return db
      .select()
      .from(reReviewRounds)
      .where(and(lte(reReviewRounds.opensOn, today), isNull(reReviewRounds.openedAt)))
      .orderBy(asc(reReviewRounds.opensOn), asc(reReviewRounds.createdAt))
      .for('update');
  },

  /** Unopened rounds opening on or after `from` (the 安排复核 待办 looks for one). */
  async countUnopenedFrom(db: Db, from: string): Promise<number> {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(reReviewRounds)
      .where(and(isNull(reReviewRounds.openedAt), sql`${reReviewRounds.opensOn} >= ${from}`));
    return row?.count ?? 0;
  },

  /** Sets openedAt once; false when another run opened the round first. */
  async markOpened(db: Db, id: string, at: Date): Promise<boolean> {
    const rows = await db.update(reReviewRounds).set({ openedAt: at }).where(and(eq(reReviewRounds.id, id), isNull(reReviewRounds.openedAt))).returning({ id: reReviewRounds.id });
    return rows.length === 1;
  },

  async insert(db: Db, values: typeof reReviews.$inferInsert): Promise<ReReviewRow> {
    const [row] = await db.insert(reReviews).values(values).returning();
    if (!row) throw new Error('insert returned no re-review');
    return row;
  },

  /** The object's highest sequence so far (0 before its first re-review). */
  async lastSequence(db: Db, applicationId: string): Promise<number> {
    const [row] = await db.select({ last: max(reReviews.sequence) }).from(reReviews).where(eq(reReviews.applicationId, applicationId));
    return row?.last ?? 0;
  },

  /** The object's re-reviews with their rounds, newest first. */
  async listByApplication(db: Db, applicationId: string): Promise<ReReviewWithRound[]> {
    return db
      .select({ reReview: reReviews, round: reReviewRounds, submittedByName: users.displayName })
      .from(reReviews)
      .innerJoin(reReviewRounds, eq(reReviewRounds.id, reReviews.roundId))
      .leftJoin(users, eq(users.id, reReviews.submittedBy))
      .where(eq(reReviews.applicationId, applicationId))
      .orderBy(desc(reReviews.sequence));
  },

  /** The object's last decided re-review (the failed one before a rectification, for its decision day). */
  async lastDecided(db: Db, applicationId: string): Promise<ReReviewRow | undefined> {
    const [row] = await db
      .select()
      .from(reReviews)
      .where(and(eq(reReviews.applicationId, applicationId), sql`${reReviews.decidedAt} IS NOT NULL`))
      .orderBy(desc(reReviews.sequence))
      .limit(1);
    return row;
  },

  /** One re-review of the object, locked when asked (the caller holds the application's lock first). */
  async findOfApplication(db: Db, applicationId: string, id: string, isLocked = false): Promise<ReReviewWithRound | undefined> {
    const query = db
      .select({ reReview: reReviews, round: reReviewRounds, submittedByName: users.displayName })
      .from(reReviews)
      .innerJoin(reReviewRounds, eq(reReviewRounds.id, reReviews.roundId))
      .leftJoin(users, eq(users.id, reReviews.submittedBy))
      .where(and(eq(reReviews.id, id), eq(reReviews.applicationId, applicationId)));
    const [row] = isLocked ? await query.for('update', { of: reReviews }) : await query;
    return row;
  },

  /** All re-reviews of the given rounds with their objects' states (counts by status). */
  async listByRounds(db: Db, roundIds: readonly string[]): Promise<ReReviewCountRow[]> {
    if (roundIds.length === 0) return [];
    return db
      .select({ ...getTableColumns(reReviews), objectState: applications.state })
      .from(reReviews)
      .innerJoin(applications, eq(applications.id, reReviews.applicationId))
      .where(inArray(reReviews.roundId, [...roundIds]));
  },

  /** All re-reviews of the given objects (lists). */
  async listWithRoundsByApplications(db: Db, applicationIds: readonly string[]): Promise<ReReviewWithRound[]> {
    if (applicationIds.length === 0) return [];
    return db
      .select({ reReview: reReviews, round: reReviewRounds, submittedByName: users.displayName })
      .from(reReviews)
      .innerJoin(reReviewRounds, eq(reReviewRounds.id, reReviews.roundId))
      .leftJoin(users, eq(users.id, reReviews.submittedBy))
      .where(inArray(reReviews.applicationId, [...applicationIds]))
      .orderBy(desc(reReviewRounds.opensOn), asc(reReviews.applicationId));
  },

  /** The operator's phase: while not submitted and not assessed. */
  async updateReport(db: Db, id: string, patch: ReReviewPatch): Promise<ReReviewRow | undefined> {
    const [row] = await db
      .update(reReviews)
      .set(patch)
      .where(and(eq(reReviews.id, id), isNull(reReviews.submittedAt), isNull(reReviews.assessedAt), isNull(reReviews.outcome)))
      .returning();
    return row;
  },

  /** The city's assessment, once (a snapshot is frozen with it when the operator never submitted). */
  async assess(
    db: Db,
    id: string,
    values: { cityOpinion: string; cityComment: string; assessedBy: string; assessedAt: Date; updatedAt: Date; snapshot?: ReReviewRow['snapshot'] },
  ): Promise<ReReviewRow | undefined> {
    const [row] = await db.update(reReviews).set(values).where(and(eq(reReviews.id, id), isNull(reReviews.assessedAt), isNull(reReviews.outcome))).returning();
    return row;
  },

  /** The snapshot, when the decision comes with neither a submission nor an assessment (never replaced). */
  async freezeSnapshot(db: Db, id: string, snapshot: NonNullable<ReReviewRow['snapshot']>, at: Date): Promise<void> {
    await db.update(reReviews).set({ snapshot, updatedAt: at }).where(and(eq(reReviews.id, id), isNull(reReviews.snapshot)));
  },

  /** The province's decision, once. */
  async decide(db: Db, id: string, values: { outcome: string; outcomeReason: string; decidedBy: string; decidedAt: Date; updatedAt: Date }): Promise<ReReviewRow | undefined> {
    const [row] = await db.update(reReviews).set(values).where(and(eq(reReviews.id, id), isNull(reReviews.outcome))).returning();
    return row;
  },

  /** Undecided re-reviews of objects in re_review within the scope, for the 待办 (re-review-todos.ts). */
  async listOpenForTodos(db: Db, scope: ListScope): Promise<OpenReReviewTodoFact[]> {
    const rows = await db
      .select({ applicationId: reReviews.applicationId, reportDueOn: reReviewRounds.reportDueOn, cityDueOn: reReviewRounds.cityDueOn, submittedAt: reReviews.submittedAt, assessedAt: reReviews.assessedAt })
      .from(reReviews)
      .innerJoin(reReviewRounds, eq(reReviewRounds.id, reReviews.roundId))
      .innerJoin(applications, eq(applications.id, reReviews.applicationId))
      .where(and(isNull(reReviews.outcome), eq(applications.state, 're_review'), applicationScopeCondition(scope)));
    return rows.map(({ submittedAt, assessedAt, ...row }) => ({ ...row, isSubmitted: submittedAt !== null, isAssessed: assessedAt !== null }));
  },

  async files(db: Db, fileIds: readonly string[]): Promise<ReReviewFileRow[]> {
    if (fileIds.length === 0) return [];
    return db
      .select({ id: files.id, originalName: files.originalName, sizeBytes: files.sizeBytes, mediaType: files.mediaType, sha256: files.sha256 })
      .from(files)
      .where(inArray(files.id, [...fileIds]));
  },
};
