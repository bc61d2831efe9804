// 取消与撤销公告 (F5; Arts. 10, 11, 12): every lifecycle act that ended a creation or a certification with a published
// reason, read from the history (application_events, append-only) — Art. 10 two consecutive failed re-reviews
// (fail_re_review → revoked), Art. 11 revoke_after_change, Art. 12 cancel_creation / revoke_certification with its
// finding (integrity_findings). Nothing is copied, so the list cannot drift from what was decided.
import { and, count, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { applicationEvents, applications, integrityFindings, organisations } from '../schema/index';

export type RevocationEvent = 'fail_re_review' | 'revoke_after_change' | 'cancel_creation' | 'revoke_certification';

export interface PublicRevocationEventRow {
  eventId: string;
  event: string;
  toState: string;
  reason: string | null;
  occurredAt: Date;
  /** The Art. 12 finding the act recorded; null for Arts. 10 and 11. */
  findingId: string | null;
  findingKind: string | null;
  name: string;
  carrier: string;
  cityCode: string;
  organisationName: string;
  countyCode: string;
}

// Only the acts that end a creation or a certification: a fail_re_review that starts rectification is not one.
const isRevocation: SQL = or(
  inArray(applicationEvents.event, ['revoke_after_change', 'cancel_creation', 'revoke_certification']),
  and(eq(applicationEvents.event, 'fail_re_review'), eq(applicationEvents.toState, 'revoked')),
)!;
const published: SQL = and(isRevocation, eq(applicationEvents.isReasonPublic, true))!;

export const publicRevocationsRepository = {
  /**
   * Newest first (the moment of the act, then the id, so a page boundary never moves) — the order of the acts,
   * never a score (Art. 8). No person's data: neither the officer nor the source of a listing is selected.
   */
  async list(db: Db, page: { offset: number; limit: number }): Promise<{ rows: PublicRevocationEventRow[]; total: number }> {
    const rows = await db
      .select({
        eventId: applicationEvents.id,
        event: applicationEvents.event,
        toState: applicationEvents.toState,
        reason: applicationEvents.reason,
        occurredAt: applicationEvents.occurredAt,
        findingId: integrityFindings.id,
        findingKind: integrityFindings.kind,
        name: applications.name,
        carrier: applications.carrier,
        cityCode: applications.cityCode,
        organisationName: organisations.name,
        countyCode: organisations.countyCode,
      })
      .from(applicationEvents)
      .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      // An object ends once, so it has at most one finding with that end state: the one this act recorded.
      .leftJoin(integrityFindings, and(eq(integrityFindings.applicationId, applicationEvents.applicationId), eq(integrityFindings.toState, applicationEvents.toState)))
      .where(published)
      .orderBy(desc(applicationEvents.occurredAt), desc(applicationEvents.id))
      .limit(page.limit)
      .offset(page.offset);
    const [total] = await db.select({ n: count() }).from(applicationEvents).where(published);
    return { rows, total: total?.n ?? 0 };
  },
};
