// What the city's initial review and the province's review read and write besides the state itself
// (Art. 7(1)(2)): the lists of a call's applications with their latest decisions, the formal checks, the expert
// reviews (read-only here; the scoring feature writes them) and the counts the quotas need.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { applicationEvents, applications, applicationVersions, experts, expertReviews, formalChecks, organisations } from '../schema/index';
import { applicationNeutralOrder } from './neutral-order';
import { everSubmitted, type ApplicationRow, type ApplicationEventRow } from './applications.repository';

export type FormalCheckRow = typeof formalChecks.$inferSelect;

export interface ReviewListRow {
  application: ApplicationRow;
  organisationName: string;
  countyCode: string;
  submittedAt: Date | null;
}

export interface ExpertReviewDetail {
  applicationId: string;
  expertName: string;
  declaration: string | null;
  declarationNote: string | null;
  scores: Record<string, number> | null;
  comments: Record<string, string> | null;
  submittedAt: Date | null;
}

const latestSubmission = sql<Date | null>`(SELECT max(${applicationVersions.submittedAt}) FROM ${applicationVersions} WHERE ${applicationVersions.applicationId} = ${applications.id})`;

/** Keeps the last row per application of rows ordered oldest first. */
function lastByApplication<T extends { applicationId: string }>(rows: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) map.set(row.applicationId, row);
  return map;
}

export const reviewDecisionsRepository = {
  /** A call's submitted applications (never drafts: they are the applicant's own until submitted), neutral order (Art. 8). */
  async listForCall(db: Db, filter: { callId: string; cityCode?: string; states?: readonly string[] }): Promise<ReviewListRow[]> {
    const conditions = [eq(applications.callId, filter.callId), everSubmitted];
    if (filter.cityCode) conditions.push(eq(applications.cityCode, filter.cityCode));
    if (filter.states && filter.states.length > 0) conditions.push(inArray(applications.state, [...filter.states]));
    const rows = await db
      .select({ application: applications, organisationName: organisations.name, countyCode: organisations.countyCode, submittedAt: latestSubmission })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(and(...conditions))
      .orderBy(...applicationNeutralOrder);
    return rows.map((row) => ({ ...row, submittedAt: row.submittedAt === null ? null : new Date(row.submittedAt) }));
  },

  async findWithOrganisation(db: Db, ids: readonly string[]): Promise<Map<string, { application: ApplicationRow; organisationName: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .select({ application: applications, organisationName: organisations.name })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(inArray(applications.id, [...ids]));
    return new Map(rows.map((row) => [row.application.id, row]));
  },

  /** The latest of the given events per application (e.g. the city's return, reject or recommend). */
  async latestEvents(db: Db, applicationIds: readonly string[], events: readonly string[]): Promise<Map<string, ApplicationEventRow>> {
    if (applicationIds.length === 0) return new Map();
    const rows = await db
      .select()
      .from(applicationEvents)
      .where(and(inArray(applicationEvents.applicationId, [...applicationIds]), inArray(applicationEvents.event, [...events])))
      .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.id));
    return lastByApplication(rows);
  },

  async insertFormalCheck(db: Db, values: typeof formalChecks.$inferInsert): Promise<FormalCheckRow> {
    const [row] = await db.insert(formalChecks).values(values).returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  },

  /** The formal check that counts: the latest one per application. */
  async latestFormalChecks(db: Db, applicationIds: readonly string[]): Promise<Map<string, FormalCheckRow>> {
    if (applicationIds.length === 0) return new Map();
    const rows = await db
      .select()
      .from(formalChecks)
      .where(inArray(formalChecks.applicationId, [...applicationIds]))
      .orderBy(asc(formalChecks.checkedAt), asc(formalChecks.id));
    return lastByApplication(rows);
  },

  /** Every expert assignment of these applications, with the expert's name, in a stable order. */
  async expertReviews(db: Db, applicationIds: readonly string[]): Promise<ExpertReviewDetail[]> {
    if (applicationIds.length === 0) return [];
    return db
      .select({
        applicationId: expertReviews.applicationId,
        expertName: experts.name,
        declaration: expertReviews.declaration,
        declarationNote: expertReviews.declarationNote,
        scores: expertReviews.scores,
        comments: expertReviews.comments,
        submittedAt: expertReviews.submittedAt,
      })
      .from(expertReviews)
      .innerJoin(experts, eq(experts.id, expertReviews.expertId))
      .where(inArray(expertReviews.applicationId, [...applicationIds]))
      .orderBy(asc(expertReviews.applicationId), sql`${experts.name} COLLATE "C"`, asc(expertReviews.id));
  },

  /** Applications of the call the province has shortlisted (拟创建对象), whatever happened after. */
  async countShortlisted(db: Db, callId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(DISTINCT ${applications.id})::int` })
      .from(applications)
      .innerJoin(applicationEvents, eq(applicationEvents.applicationId, applications.id))
      .where(and(eq(applications.callId, callId), eq(applicationEvents.event, 'shortlist')));
    return row?.n ?? 0;
  },
};
