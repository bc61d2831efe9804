// F8 item 1: what the overdue list reads beyond the deadline job's own loaders (deadlines.repository.ts): undecided
// objections per entry (so a city sees its own), filed change reports (Art. 11), and the call year, carrier and
// platform kind of the applications the items are about, for the dashboard's filters.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { annualCalls, applications, changeReports, objections, publicityNotices } from '../schema/index';
import { objectionStillWork } from './objection-work';

export interface SubjectMeta {
  id: string;
  cityCode: string;
  carrier: string;
  platformKind: string | null;
  callYear: number;
  submittedVersion: number;
}

export const oversightOverdueRepository = {
  /** What the overdue list filters on, for the applications its items are about. */
  async findSubjectMeta(db: Db, applicationIds: readonly string[]): Promise<SubjectMeta[]> {
    if (applicationIds.length === 0) return [];
    return db
      .select({
        id: applications.id,
        cityCode: applications.cityCode,
        carrier: applications.carrier,
        platformKind: sql<string | null>`${applications.content} ->> 'platformKind'`,
        callYear: annualCalls.year,
        submittedVersion: applications.submittedVersion,
      })
      .from(applications)
      .innerJoin(annualCalls, eq(annualCalls.id, applications.callId))
      .where(inArray(applications.id, [...new Set(applicationIds)]));
  },

  /**
   * Undecided objections per notice and entry, those still work (objection-work.ts, as the deadline job counts them):
   * the notice's handling deadline read per application, so a city sees its own entries' objections.
   */
  async listEntryObjections(db: Db) {
    const rows = await db
      .select({
        noticeId: publicityNotices.id,
        title: publicityNotices.title,
        stage: publicityNotices.stage,
        endsOn: publicityNotices.endsOn,
        handlingDueOn: publicityNotices.handlingDueOn,
        applicationId: objections.applicationId,
        name: applications.name,
        cityCode: applications.cityCode,
        openObjections: sql<number>`count(*)::int`,
      })
      .from(objections)
      .innerJoin(publicityNotices, eq(publicityNotices.id, objections.noticeId))
      .innerJoin(applications, eq(applications.id, objections.applicationId))
      .where(and(eq(objections.status, 'received'), objectionStillWork({ applicationId: objections.applicationId, noticeId: objections.noticeId }, publicityNotices.stage)))
      .groupBy(publicityNotices.id, objections.applicationId, applications.name, applications.cityCode)
      .orderBy(asc(publicityNotices.id), asc(objections.applicationId));
    return rows.map(({ noticeId, title, stage, endsOn, handlingDueOn, ...entry }) => ({
      ...entry,
      openObjections: Number(entry.openObjections),
      notice: { id: noticeId, title, stage: stage as 'creation' | 'certification', endsOn, handlingDueOn },
    }));
  },

  /** Every filed change report (Art. 11) with its due and filing days; the rule decides which were late. */
  async listChangeReports(db: Db) {
    return db
      .select({ id: changeReports.id, applicationId: changeReports.applicationId, name: applications.name, cityCode: applications.cityCode, dueOn: changeReports.dueOn, reportedOn: changeReports.reportedOn })
      .from(changeReports)
      .innerJoin(applications, eq(applications.id, changeReports.applicationId))
      .orderBy(asc(changeReports.id));
  },
};
