// Creation objects (创建对象, Art. 7(2)): the applications that entered the creation period — their period's last
// day is set when the province confirms them — whatever happened after (acceptance, certification, exit,
// cancellation), so their data stay readable. Lists are scoped by the access policy and in the neutral order.
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { ListScope } from '../../domain/access/policy';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../client';
import { annualCalls, applications, organisations } from '../schema/index';
import { applicationScopeCondition, type ApplicationRow } from './applications.repository';
import { applicationNeutralOrder } from './neutral-order';

export interface CreationObjectRow {
  application: ApplicationRow;
  organisationName: string;
  countyCode: string;
  callYear: number;
}

export interface CreationObjectFilter {
  state?: string | undefined;
  cityCode?: string | undefined;
  carrier?: string | undefined;
}

const isCreationObject: SQL = sql`(${applications.facts} ->> 'creationPeriodEndsOn') IS NOT NULL`;

const columns = {
  application: applications,
  organisationName: organisations.name,
  countyCode: organisations.countyCode,
  callYear: annualCalls.year,
};

export const creationObjectsRepository = {
  async list(db: Db, scope: ListScope, filter: CreationObjectFilter = {}): Promise<CreationObjectRow[]> {
    const conditions = [isCreationObject, applicationScopeCondition(scope)];
    if (filter.state) conditions.push(eq(applications.state, filter.state));
    if (filter.cityCode) conditions.push(eq(applications.cityCode, filter.cityCode));
    if (filter.carrier) conditions.push(eq(applications.carrier, filter.carrier));
    return db
      .select(columns)
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .innerJoin(annualCalls, eq(annualCalls.id, applications.callId))
      .where(and(...conditions))
      .orderBy(...applicationNeutralOrder);
  },

  /**
   * How many objects a round opening on `opensOn` would take in (Art. 10; ADR 0016) — dueForReReview
   * (re-review-rules.ts) as one count, for the province's 安排复核 待办 (the workspace's first page): a certified
   * object with reReviewDueOn ≤ opensOn, a rectifying one with rectificationEndsOn < opensOn. The days are ISO text
   * compared byte by byte (COLLATE "C"), as the domain compares them.
   */
  async countDueForReReview(db: Db, opensOn: PlainDate): Promise<number> {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(applications)
      .where(
        and(
          isCreationObject,
          or(
            and(eq(applications.state, 'certified'), sql`(${applications.facts} ->> 'reReviewDueOn') COLLATE "C" <= ${opensOn}`),
            and(eq(applications.state, 'rectifying'), sql`(${applications.facts} ->> 'rectificationEndsOn') COLLATE "C" < ${opensOn}`),
          ),
        ),
      );
    return row?.count ?? 0;
  },

  /** `isLocked` takes the application row FOR UPDATE (inside a transaction) to serialise changes to the object. */
  async findById(db: Db, id: string, isLocked = false): Promise<CreationObjectRow | undefined> {
    const query = db
      .select(columns)
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .innerJoin(annualCalls, eq(annualCalls.id, applications.callId))
      .where(and(eq(applications.id, id), isCreationObject));
    const [row] = isLocked ? await query.for('update', { of: applications }) : await query;
    return row;
  },
};
