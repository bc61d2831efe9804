// The pre-computed indicator standings (ADR 0021): one row per creation object or certified platform/base, written
// by refreshIndicatorStanding and marked stale — in the writer's own transaction — by every write that changes what
// the object's indicators are computed from. The oversight dashboards read the rows; a missing or stale row is
// "being brought up to date" (待更新), never a figure.
import { and, eq, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
import { STANDING_CERTIFIED_STATES, STANDING_CREATION_STATES, STANDING_STATES, type Standing } from '../../domain/oversight/standing';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../client';
import { applications, indicatorStandings } from '../schema/index';

export type IndicatorStandingRow = typeof indicatorStandings.$inferSelect;

export interface PendingQuery {
  /** Today: a creation object's row whose period year ended before today (and a later year exists) is pending. */
  today: PlainDate;
  /** The end of the current last-12-full-months window: a certified object's row ending before it is pending. */
  certifiedWindowEndsOn: PlainDate;
  limit: number;
}

export const indicatorStandingsRepository = {
  /** Writes a freshly computed standing; it is current again (not stale) until the next write marks it. */
  async upsert(db: Db, applicationId: string, standing: Standing, computedAt: Date): Promise<void> {
    const values = { ...standing, isStale: false, computedAt };
    await db
      .insert(indicatorStandings)
      .values({ applicationId, ...values })
      .onConflictDoUpdate({ target: indicatorStandings.applicationId, set: values });
  },

  /**
   * The object's data changed (call it in the transaction that changed them). UPDATE only: an object without a row
   * is pending anyway (listPending), so the writers' hot paths never insert here.
   */
  async markStale(tx: Db, applicationId: string, now: Date): Promise<void> {
    await tx.update(indicatorStandings).set({ isStale: true, dataChangedAt: now }).where(eq(indicatorStandings.applicationId, applicationId));
  },

  /** An object that left the states with a standing (exited, revoked, …) is no longer counted. */
  async remove(db: Db, applicationId: string): Promise<void> {
    await db.delete(indicatorStandings).where(eq(indicatorStandings.applicationId, applicationId));
  },

  async find(db: Db, applicationId: string): Promise<IndicatorStandingRow | undefined> {
    const [row] = await db.select().from(indicatorStandings).where(eq(indicatorStandings.applicationId, applicationId));
    return row;
  },

  /**
   * Objects in a standing state whose standing is missing, marked stale, or computed for a window that is no longer
   * the current one (a new creation-period year began; a new month moved the last 12 months), or computed before today —
   * never-computed first, then the stale ones, then the oldest computed. `limit` bounds one run of the backstop.
   */
  async listPending(db: Db, query: PendingQuery): Promise<string[]> {
    const s = indicatorStandings;
    const periodEndsOn = sql`(${applications.facts} ->> 'creationPeriodEndsOn')`;
    const rows = await db
      .select({ id: applications.id })
      .from(applications)
      .leftJoin(s, eq(s.applicationId, applications.id))
      .where(
        and(
          inArray(applications.state, [...STANDING_STATES]),
          sql`${periodEndsOn} IS NOT NULL`,
          or(
            isNull(s.applicationId),
            eq(s.isStale, true),
            // Some facts depend on the day itself (agreements that start or end, entry points as of a day), with no
            // write to mark them stale: a standing computed before today (Shanghai) is recomputed (review, ADR 0021).
            sql`${s.computedAt} < (${query.today}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`,
            and(inArray(applications.state, [...STANDING_CREATION_STATES]), sql`${s.windowEndsOn} < ${query.today}::date`, sql`${s.windowEndsOn} < ${periodEndsOn}::date`),
            and(inArray(applications.state, [...STANDING_CERTIFIED_STATES]), sql`${s.windowEndsOn} < ${query.certifiedWindowEndsOn}::date`),
          ),
        ),
      )
      .orderBy(sql`${s.applicationId} IS NOT NULL`, sql`${s.isStale} DESC`, s.computedAt, applications.id)
      .limit(query.limit);
    return rows.map((r) => r.id);
  },

  /** Every object in a standing state (the full rebuild). */
  async listAllInStandingStates(db: Db): Promise<string[]> {
    const rows = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(inArray(applications.state, [...STANDING_STATES]), sql`(${applications.facts} ->> 'creationPeriodEndsOn') IS NOT NULL`))
      .orderBy(applications.id);
    return rows.map((r) => r.id);
  },

  /** Rows of objects no longer in a standing state (exited, revoked, …): to be removed. */
  async listOutsideStandingStates(db: Db, limit?: number): Promise<string[]> {
    const rows = await db
      .select({ id: indicatorStandings.applicationId })
      .from(indicatorStandings)
      .innerJoin(applications, eq(applications.id, indicatorStandings.applicationId))
      .where(notInArray(applications.state, [...STANDING_STATES]))
      .orderBy(indicatorStandings.applicationId)
      .limit(limit ?? Number.MAX_SAFE_INTEGER);
    return rows.map((r) => r.id);
  },
};
