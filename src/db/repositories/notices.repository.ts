// 公示 (publicity_notices, append-only) and 异议 (objections) — Art. 7(2)(4).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { applicationEvents, applications, objections, publicityNotices } from '../schema/index';
import { objectionStillWork } from './objection-work';

export type NoticeRow = typeof publicityNotices.$inferSelect;
export type ObjectionRow = typeof objections.$inferSelect;

/**
 * Events that end a 公示 for one entry, and what the public may read of them: the 公示's own outcomes, and the
 * decisions that take an entry off it (Art. 12 cancel_creation, reject_by_province; left-by-decision.ts).
 */
const OUTCOME_EVENTS = ['confirm_creation', 'uphold_creation_objection', 'certify', 'uphold_certification_objection', 'cancel_creation', 'reject_by_province'];

export const noticesRepository = {
  /** A notice is written once, complete (its document included): the table refuses updates. */
  async insertNotice(db: Db, values: typeof publicityNotices.$inferInsert): Promise<NoticeRow> {
    const [row] = await db.insert(publicityNotices).values(values).returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  },

  async findNotice(db: Db, id: string): Promise<NoticeRow | undefined> {
    const [row] = await db.select().from(publicityNotices).where(eq(publicityNotices.id, id));
    return row;
  },

  /**
   * Newest first, with how many objections each has and how many still wait for a decision. The outer column is
   * spelled with its table: drizzle prints a one-table select's columns bare, and a bare "id" inside the subquery
   * would be the objection's own id (every count 0).
   */
  async listNotices(db: Db) {
    const noticeId = sql.raw('"publicity_notices"."id"');
    return db
      .select({
        notice: publicityNotices,
        objectionCount: sql<number>`(SELECT count(*)::int FROM ${objections} o WHERE o.notice_id = ${noticeId})`,
        // Still work: not those to an entry taken off the notice by an Art. 12 cancellation or ineligibility (objection-work.ts).
        unresolvedCount: sql<number>`(SELECT count(*)::int FROM ${objections} o WHERE o.notice_id = ${noticeId} AND o.status = 'received'
            AND ${objectionStillWork({ applicationId: sql.raw('o.application_id'), noticeId: sql.raw('o.notice_id') }, sql.raw('"publicity_notices"."stage"'))})`,
      })
      .from(publicityNotices)
      .orderBy(desc(publicityNotices.publishedAt), desc(publicityNotices.id));
  },

  async insertObjection(db: Db, values: typeof objections.$inferInsert): Promise<ObjectionRow> {
    const [row] = await db.insert(objections).values(values).returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  },

  async findObjection(db: Db, id: string): Promise<ObjectionRow | undefined> {
    const [row] = await db.select().from(objections).where(eq(objections.id, id));
    return row;
  },

  async findObjectionForUpdate(db: Db, id: string): Promise<ObjectionRow | undefined> {
    const [row] = await db.select().from(objections).where(eq(objections.id, id)).for('update');
    return row;
  },

  async findObjectionByReceipt(db: Db, receiptNumber: string) {
    const [row] = await db
      .select({ objection: objections, noticeTitle: publicityNotices.title, handlingDueOn: publicityNotices.handlingDueOn, entries: publicityNotices.entries })
      .from(objections)
      .innerJoin(publicityNotices, eq(publicityNotices.id, objections.noticeId))
      .where(eq(objections.receiptNumber, receiptNumber));
    return row;
  },

  /** F7 item 6: every stored objector phone; the start-up step (seal-personal-data.ts) seals those still plain. */
  async listObjectorPhones(db: Db): Promise<{ id: string; stored: string }[]> {
    return db.select({ id: objections.id, stored: objections.objectorPhone }).from(objections);
  },

  /** Replaces the phone only while it is still the value read: a second server starting at once changes nothing. */
  async replaceObjectorPhone(db: Db, id: string, from: string, to: string): Promise<boolean> {
    const rows = await db
      .update(objections)
      .set({ objectorPhone: to })
      .where(and(eq(objections.id, id), eq(objections.objectorPhone, from)))
      .returning({ id: objections.id });
    return rows.length > 0;
  },

  async listObjections(db: Db, noticeId: string): Promise<ObjectionRow[]> {
    return db.select().from(objections).where(eq(objections.noticeId, noticeId)).orderBy(asc(objections.receivedAt), asc(objections.id));
  },

  /** Records the decision once: null when the objection was already decided (someone else was first). */
  async decideObjection(db: Db, id: string, values: { status: 'upheld' | 'unfounded'; investigation: string; decidedBy: string; decidedAt: Date }): Promise<ObjectionRow | null> {
    const [row] = await db
      .update(objections)
      .set(values)
      .where(and(eq(objections.id, id), eq(objections.status, 'received')))
      .returning();
    return row ?? null;
  },

  /** The current state and facts of a notice's applications. */
  async listEntryApplications(db: Db, applicationIds: readonly string[]) {
    if (applicationIds.length === 0) return [];
    return db
      .select({ id: applications.id, state: applications.state, facts: applications.facts, organisationId: applications.organisationId, cityCode: applications.cityCode })
      .from(applications)
      .where(inArray(applications.id, [...applicationIds]));
  },

  /** How each entry's 公示 ended: confirmation, or an upheld objection with its published reason. */
  async listOutcomes(db: Db, applicationIds: readonly string[]) {
    if (applicationIds.length === 0) return [];
    return db
      .select({ applicationId: applicationEvents.applicationId, event: applicationEvents.event, fromState: applicationEvents.fromState, reason: applicationEvents.reason, isReasonPublic: applicationEvents.isReasonPublic, effects: applicationEvents.effects })
      .from(applicationEvents)
      .where(and(inArray(applicationEvents.applicationId, [...applicationIds]), inArray(applicationEvents.event, OUTCOME_EVENTS)))
      .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.id));
  },
};
