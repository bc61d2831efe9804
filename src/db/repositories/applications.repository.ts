// Applications (申报) and their history. A state change is written only when the row still has the lockVersion
// the use case loaded, so two officers deciding one case at once cannot both win (→ STATE_CHANGED, 409).
import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { ListScope } from '../../domain/access/policy';
import type { LifecycleFacts } from '../../domain/lifecycle/context';
import type { Db } from '../client';
import { applicationEvents, applications, applicationVersions, organisations } from '../schema/index';
import { applicationNeutralOrder } from './neutral-order';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
export type ApplicationVersionRow = typeof applicationVersions.$inferSelect;

export interface ApplicationListFilter {
  callId?: string | undefined;
  states?: readonly string[] | undefined;
}

/**
 * Art. 7(1): an application someone else may see — it was submitted at least once. The SQL twin of
 * isNeverSubmitted (src/domain/applications/draft-privacy.ts): a draft, or a draft withdrawn unsubmitted, is the
 * applicant's own.
 */
export const everSubmitted: SQL = sql`(${applications.state} <> 'draft' AND (${applications.state} <> 'withdrawn' OR ${applications.submittedVersion} > 0))`;

/** The applications a list scope reaches (policy.ts listScope): all or one city's submitted ones, or one organisation's. */
export function applicationScopeCondition(scope: ListScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return everSubmitted;
    case 'city':
      return and(eq(applications.cityCode, scope.cityCode), everSubmitted);
    case 'organisation':
      return eq(applications.organisationId, scope.organisationId);
  }
}

export const applicationsRepository = {
  async insert(db: Db, values: typeof applications.$inferInsert): Promise<ApplicationRow> {
    const [row] = await db.insert(applications).values(values).returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  },

  async findById(db: Db, id: string): Promise<ApplicationRow | undefined> {
    const [row] = await db.select().from(applications).where(eq(applications.id, id));
    return row;
  },

  /** Locks the row until the transaction ends: every change of state or content goes through this. */
  async findByIdForUpdate(db: Db, id: string): Promise<ApplicationRow | undefined> {
    const [row] = await db.select().from(applications).where(eq(applications.id, id)).for('update');
    return row;
  },

  /** Scoped list in neutral order (division code, then name — Art. 8), with the organisation's name and county. */
  async list(db: Db, scope: ListScope, filter: ApplicationListFilter = {}) {
    const conditions = [applicationScopeCondition(scope)];
    if (filter.callId) conditions.push(eq(applications.callId, filter.callId));
    if (filter.states && filter.states.length > 0) conditions.push(inArray(applications.state, [...filter.states]));
    return db
      .select({ application: applications, organisationName: organisations.name, countyCode: organisations.countyCode, creditCode: organisations.creditCode })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(and(...conditions))
      .orderBy(...applicationNeutralOrder);
  },

  /**
   * The next sequence of 申报编号 within a call and city. The advisory lock serialises first submissions of one
   * call and city until the transaction ends; the unique index on application_number is the backstop.
   */
  async nextApplicationSequence(db: Db, callId: string, cityCode: string): Promise<number> {
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`application-number:${callId}:${cityCode}`}))`);
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(applications)
      .where(and(eq(applications.callId, callId), eq(applications.cityCode, cityCode), isNotNull(applications.applicationNumber)));
    return (row?.n ?? 0) + 1;
  },

  /** Saves a draft's content, name and carrier while the row still has the expected lock version; null otherwise. */
  async updateDraft(db: Db, id: string, expectedLockVersion: number, values: { content: Record<string, unknown>; name: string; carrier: string; at: Date }) {
    const [row] = await db
      .update(applications)
      .set({ content: values.content, name: values.name, carrier: values.carrier, updatedAt: values.at, lockVersion: sql`${applications.lockVersion} + 1` })
      .where(and(eq(applications.id, id), eq(applications.lockVersion, expectedLockVersion)))
      .returning();
    return row ?? null;
  },

  /** Writes a new state and facts while the row still has the expected lock version; null otherwise. */
  async saveState(
    db: Db,
    id: string,
    expectedLockVersion: number,
    values: { state: string; facts: LifecycleFacts; at: Date; applicationNumber?: string; submittedVersion?: number },
  ): Promise<ApplicationRow | null> {
    const [row] = await db
      .update(applications)
      .set({
        state: values.state,
        facts: values.facts,
        updatedAt: values.at,
        lockVersion: sql`${applications.lockVersion} + 1`,
        ...(values.applicationNumber ? { applicationNumber: values.applicationNumber } : {}),
        ...(values.submittedVersion !== undefined ? { submittedVersion: values.submittedVersion } : {}),
      })
      .where(and(eq(applications.id, id), eq(applications.lockVersion, expectedLockVersion)))
      .returning();
    return row ?? null;
  },

  /**
   * A change to what a later act of someone else must have seen (a re-review report submitted or assessed late, ADR
   * 0016): the lockVersion moves on, so a decision sent with the version read before it is refused (409).
   */
  async touch(db: Db, id: string, at: Date): Promise<ApplicationRow | null> {
    const [row] = await db.update(applications).set({ updatedAt: at, lockVersion: sql`${applications.lockVersion} + 1` }).where(eq(applications.id, id)).returning();
    return row ?? null;
  },

  /** Facts that change without a state change (an objection received or found untrue). */
  async saveFacts(db: Db, id: string, facts: LifecycleFacts, at: Date): Promise<void> {
    await db
      .update(applications)
      .set({ facts, updatedAt: at, lockVersion: sql`${applications.lockVersion} + 1` })
      .where(eq(applications.id, id));
  },

  async insertEvent(db: Db, values: typeof applicationEvents.$inferInsert): Promise<void> {
    await db.insert(applicationEvents).values(values);
  },

  async listEvents(db: Db, applicationId: string): Promise<ApplicationEventRow[]> {
    return db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.id));
  },

  async insertVersion(db: Db, values: typeof applicationVersions.$inferInsert): Promise<ApplicationVersionRow> {
    const [row] = await db.insert(applicationVersions).values(values).returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  },

  async listVersions(db: Db, applicationId: string): Promise<ApplicationVersionRow[]> {
    return db.select().from(applicationVersions).where(eq(applicationVersions.applicationId, applicationId)).orderBy(desc(applicationVersions.version));
  },

  /** How many of a city's applications to a call are recommended or further on (for the call's city cap). */
  async countRecommended(db: Db, callId: string, cityCode: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(DISTINCT ${applications.id})::int` })
      .from(applications)
      .innerJoin(applicationEvents, eq(applicationEvents.applicationId, applications.id))
      .where(and(eq(applications.callId, callId), eq(applications.cityCode, cityCode), eq(applicationEvents.event, 'recommend')));
    return row?.n ?? 0;
  },
};
