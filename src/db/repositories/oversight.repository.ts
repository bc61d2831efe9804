// F8 (Art. 3, 13, 15, 16; ADR 0021): the aggregates behind the oversight dashboards, their lists and exports. Each
// figure is one GROUP BY over applications joined with their call (year) — never service_records: the threshold
// figures read the pre-computed indicator_standings. Filters are the resolved ones (oversight-filters.ts): a city
// officer's city is already forced in. Lists go in the neutral order (neutral-order.ts, Art. 8).
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { ResolvedFilters } from '../../domain/oversight/oversight-filters';
import type { Db } from '../client';
import { annualCalls, applicationEvents, applications, certifications, indicatorStandings, organisations } from '../schema/index';
import { applicationNeutralOrder } from './neutral-order';

async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const list = (values: readonly string[]): SQL => sql.join(values.map((value) => sql`${value}`), sql`, `);

/** The filters as conditions on applications joined with annual_calls. Drafts never submitted are the applicant's alone (Art. 7(1)). */
function filterConditions(filters: ResolvedFilters): SQL[] {
  const conditions: SQL[] = [sql`${applications.submittedVersion} > 0`];
  if (filters.year !== null) conditions.push(sql`${annualCalls.year} = ${filters.year}`);
  if (filters.city !== null) conditions.push(sql`${applications.cityCode} = ${filters.city}`);
  if (filters.carrier !== null) conditions.push(sql`${applications.carrier} = ${filters.carrier}`);
  if (filters.platformKind !== null) conditions.push(sql`${applications.content} ->> 'platformKind' = ${filters.platformKind}`);
  return conditions;
}

const whereOf = (conditions: readonly SQL[]): SQL => sql.join([...conditions], sql` AND `);

export interface DimensionCount {
  state: string;
  year: number;
  cityCode: string;
  carrier: string;
  platformKind: string | null;
  count: number;
}

export interface FunnelCountRow {
  callId: string;
  /** Per step, in the order of the stepStates given. */
  counts: number[];
}

export interface StandingCountRow {
  phase: 'creating' | 'certified';
  code: string;
  total: number;
  met: number;
  expertJudged: number;
}

export interface StandingObjectsRow {
  phase: 'creating' | 'certified';
  objects: number;
  allMet: number;
  pending: number;
}

export interface PhaseStates {
  creating: readonly string[];
  certified: readonly string[];
}

/** What narrows the object list beyond the filters: a state, a funnel step (its states ever reached), an indicator. */
export interface ObjectNarrowing {
  state: string | null;
  stepStates: readonly string[] | null;
  indicator: string | null;
  phases: PhaseStates;
}

export interface OversightObjectDbRow {
  applicationId: string;
  applicationNumber: string | null;
  name: string;
  organisationName: string;
  cityCode: string;
  carrier: string;
  platformKind: string | null;
  callYear: number;
  state: string;
  certificateNumber: string | null;
  isCertificationMet: boolean | null;
}


const phaseCase = (phases: PhaseStates): SQL => sql`CASE WHEN ${applications.state} IN (${list(phases.creating)}) THEN 'creating' ELSE 'certified' END`;

function narrowingConditions(narrowing: ObjectNarrowing): SQL[] {
  const conditions: SQL[] = [];
  if (narrowing.state !== null) conditions.push(sql`${applications.state} = ${narrowing.state}`);
  if (narrowing.stepStates !== null) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${applicationEvents} WHERE ${applicationEvents.applicationId} = ${applications.id} AND ${applicationEvents.toState} IN (${list(narrowing.stepStates)}))`);
  }
  if (narrowing.indicator !== null) {
    // The objects the indicator's bar stands for: creation objects and certified ones whose standing judges it.
    conditions.push(sql`${applications.state} IN (${list([...narrowing.phases.creating, ...narrowing.phases.certified])})`);
    conditions.push(sql`${indicatorStandings.indicators} @> ${JSON.stringify([{ code: narrowing.indicator }])}::jsonb`);
  }
  return conditions;
}

export const oversightRepository = {
  /** Published calls in year order: the year filter's choices and the funnels' rows. */
  async listPublishedCalls(db: Db): Promise<{ id: string; year: number; title: string }[]> {
    return db.select({ id: annualCalls.id, year: annualCalls.year, title: annualCalls.title }).from(annualCalls).where(eq(annualCalls.status, 'published')).orderBy(asc(annualCalls.year), asc(annualCalls.id));
  },

  /** One GROUP BY gives the stage, year, city and carrier figures and the total. */
  async countByDimensions(db: Db, filters: ResolvedFilters): Promise<DimensionCount[]> {
    return rowsOf<DimensionCount>(
      db,
      sql`SELECT ${applications.state} AS "state", ${annualCalls.year} AS "year", ${applications.cityCode} AS "cityCode", ${applications.carrier} AS "carrier",
            ${applications.content} ->> 'platformKind' AS "platformKind", count(*)::int AS "count"
          FROM ${applications} JOIN ${annualCalls} ON ${annualCalls.id} = ${applications.callId}
          WHERE ${whereOf(filterConditions(filters))}
          GROUP BY 1, 2, 3, 4, 5`,
    );
  },

  /** Per call, how many applications ever reached each step's states (counted once however often they got there). */
  async countFunnels(db: Db, filters: ResolvedFilters, stepStates: readonly (readonly string[])[]): Promise<FunnelCountRow[]> {
    const columns = stepStates.map((states, index) => sql`count(DISTINCT ${applicationEvents.applicationId}) FILTER (WHERE ${applicationEvents.toState} IN (${list(states)}))::int AS ${sql.raw(`s${index}`)}`);
    const rows = await rowsOf<Record<string, unknown>>(
      db,
      sql`SELECT ${applications.callId} AS "callId", ${sql.join(columns, sql`, `)}
          FROM ${applicationEvents}
          JOIN ${applications} ON ${applications.id} = ${applicationEvents.applicationId}
          JOIN ${annualCalls} ON ${annualCalls.id} = ${applications.callId}
          WHERE ${whereOf(filterConditions(filters))} AND ${applicationEvents.toState} IN (${list(stepStates.flat())})
          GROUP BY 1`,
    );
    return rows.map((row) => ({ callId: String(row.callId), counts: stepStates.map((_, index) => Number(row[`s${index}`])) }));
  },

  /** Per indicator code and phase, over fresh standings only (a stale one is counted as 待更新, ADR 0021): how many judge it, meet its certification rule, leave it to experts. */
  async countStandingIndicators(db: Db, filters: ResolvedFilters, phases: PhaseStates): Promise<StandingCountRow[]> {
    return rowsOf<StandingCountRow>(
      db,
      sql`SELECT ${phaseCase(phases)} AS "phase", ind ->> 'code' AS "code", count(*)::int AS "total",
            count(*) FILTER (WHERE ind ->> 'isCertificationMet' = 'true')::int AS "met",
            count(*) FILTER (WHERE ind ->> 'isCertificationMet' IS NULL)::int AS "expertJudged"
          FROM ${applications}
          JOIN ${annualCalls} ON ${annualCalls.id} = ${applications.callId}
          JOIN ${indicatorStandings} ON ${indicatorStandings.applicationId} = ${applications.id}
          CROSS JOIN LATERAL jsonb_array_elements(${indicatorStandings.indicators}) AS ind
          WHERE ${whereOf(filterConditions(filters))} AND NOT ${indicatorStandings.isStale} AND ${applications.state} IN (${list([...phases.creating, ...phases.certified])})
          GROUP BY 1, 2`,
    );
  },

  /** Per phase: objects, those meeting every certification rule, and those without a fresh standing (stale or none yet). */
  async countStandingObjects(db: Db, filters: ResolvedFilters, phases: PhaseStates): Promise<StandingObjectsRow[]> {
    return rowsOf<StandingObjectsRow>(
      db,
      sql`SELECT ${phaseCase(phases)} AS "phase", count(*)::int AS "objects",
            count(*) FILTER (WHERE ${indicatorStandings.isCertificationMet} AND NOT ${indicatorStandings.isStale})::int AS "allMet",
            count(*) FILTER (WHERE ${indicatorStandings.applicationId} IS NULL OR ${indicatorStandings.isStale})::int AS "pending"
          FROM ${applications}
          JOIN ${annualCalls} ON ${annualCalls.id} = ${applications.callId}
          LEFT JOIN ${indicatorStandings} ON ${indicatorStandings.applicationId} = ${applications.id}
          WHERE ${whereOf(filterConditions(filters))} AND ${applications.state} IN (${list([...phases.creating, ...phases.certified])})
          GROUP BY 1`,
    );
  },

  async countObjects(db: Db, filters: ResolvedFilters, narrowing: ObjectNarrowing): Promise<number> {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(applications)
      .innerJoin(annualCalls, eq(annualCalls.id, applications.callId))
      .leftJoin(indicatorStandings, eq(indicatorStandings.applicationId, applications.id))
      .where(and(...filterConditions(filters), ...narrowingConditions(narrowing)));
    return Number(row?.count ?? 0);
  },

  /** The objects behind a figure, in the neutral order; `limit` one more than wanted lets an export see it is over its cap. */
  async listObjects(db: Db, filters: ResolvedFilters, narrowing: ObjectNarrowing, page: { limit: number; offset: number }): Promise<OversightObjectDbRow[]> {
    const phaseStates = [...narrowing.phases.creating, ...narrowing.phases.certified];
    const rows = await db
      .select({
        applicationId: applications.id,
        applicationNumber: applications.applicationNumber,
        name: applications.name,
        organisationName: organisations.name,
        cityCode: applications.cityCode,
        carrier: applications.carrier,
        platformKind: sql<string | null>`${applications.content} ->> 'platformKind'`,
        callYear: annualCalls.year,
        state: applications.state,
        certificateNumber: certifications.certificateNumber,
        isCertificationMet: sql<boolean | null>`CASE WHEN ${applications.state} IN (${list(phaseStates)}) AND NOT ${indicatorStandings.isStale} THEN ${indicatorStandings.isCertificationMet} END`,
      })
      .from(applications)
      .innerJoin(annualCalls, eq(annualCalls.id, applications.callId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .leftJoin(certifications, eq(certifications.applicationId, applications.id))
      .leftJoin(indicatorStandings, eq(indicatorStandings.applicationId, applications.id))
      .where(and(...filterConditions(filters), ...narrowingConditions(narrowing)))
      .orderBy(...applicationNeutralOrder)
      .limit(page.limit)
      .offset(page.offset);
    return rows;
  },
};
