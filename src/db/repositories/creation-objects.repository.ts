// Creation objects (创建对象, Art. 7(2)): the applications that entered the creation period — their period's last
// day is set when the province confirms them — whatever happened after (acceptance, certification, exit,
// cancellation), so their data stay readable. Lists are scoped by the access policy and in the neutral order.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { ListScope } from '../../domain/access/policy';
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
