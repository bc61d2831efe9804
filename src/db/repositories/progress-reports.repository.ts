// 半年进展报告 (progress_reports): one per half year of a creation object; the city's comment is written once.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import { progressReports, users } from '../schema/index';

export type ProgressReportRow = typeof progressReports.$inferSelect;

const commenters = alias(users, 'commenters');

export const progressReportsRepository = {
  /** Inserts, or returns null when the half year has been reported already. */
  async insert(db: Db, values: typeof progressReports.$inferInsert): Promise<ProgressReportRow | null> {
    try {
      const [row] = await db.insert(progressReports).values(values).returning();
      return row ?? null;
    } catch (error) {
      if (isUniqueViolation(error, 'progress_reports_half_idx')) return null;
      throw error;
    }
  },

  /** In half-year order, with the names of the submitter and the commenting officer. */
  async listByApplication(db: Db, applicationId: string) {
    return db
      .select({ report: progressReports, submittedByName: users.displayName, cityCommentedByName: commenters.displayName })
      .from(progressReports)
      .leftJoin(users, eq(users.id, progressReports.submittedBy))
      .leftJoin(commenters, eq(commenters.id, progressReports.cityCommentedBy))
      .where(eq(progressReports.applicationId, applicationId))
      .orderBy(asc(progressReports.halfYear));
  },

  async findById(db: Db, id: string): Promise<ProgressReportRow | undefined> {
    const [row] = await db.select().from(progressReports).where(eq(progressReports.id, id));
    return row;
  },

  /** Writes the city's comment unless there is one already (then null: a comment is given once). */
  async addCityComment(db: Db, id: string, values: { cityComment: string; cityCommentedBy: string; cityCommentedAt: Date }): Promise<ProgressReportRow | null> {
    const [row] = await db
      .update(progressReports)
      .set(values)
      .where(and(eq(progressReports.id, id), isNull(progressReports.cityComment)))
      .returning();
    return row ?? null;
  },
};
