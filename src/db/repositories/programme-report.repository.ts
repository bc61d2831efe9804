// The figures of the yearly programme report (年度工作报告, F8 item 3; Art. 13, 15, 16): what happened in one
// calendar year (Asia/Shanghai) — the year's call and its applications, the creation objects confirmed, ended and
// still in creation at the year's end, the certifications, the re-review rounds and the revocations. Aggregates
// only, each in SQL, optionally for one city. Every list is in a neutral order (division code, stage, certificate or
// date order), never by a result (Art. 8).
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { CREATING_STATES } from '../../domain/oversight/oversight-rules';
import { selectRows } from './indicator-facts.repository';

export interface ReportScope {
  year: number;
  /** One city's report; null for the whole province. */
  cityCode: string | null;
}

export interface ReportCall {
  id: string;
  title: string;
  opensOn: string;
  closesOn: string;
  cityReviewDeadline: string;
  creationQuota: number;
}

/** The applications to the year's call of one city, carrier and platform kind. */
export interface ApplicationFigures {
  cityCode: string;
  carrier: 'platform' | 'base';
  platformKind: string | null;
  submitted: number;
  recommended: number;
  shortlisted: number;
}

export interface CreationFigures {
  /** Confirmed as creation objects in the year (confirm_creation). */
  started: number;
  /** Extended by a year after a first failed acceptance (Art. 7(3)). */
  extended: number;
  /** Left creation in the year: exited after a second failed acceptance, or cancelled (Art. 12). */
  exited: number;
  cancelled: number;
  /** Still in creation at the end of the year (or today, for the running year), by state. */
  atYearEnd: { state: string; count: number }[];
}

export interface ReportCertification {
  certificateNumber: string;
  name: string;
  cityCode: string;
  carrier: 'platform' | 'base';
  certifiedOn: string;
}

export interface ReportReReviewRound {
  title: string;
  opensOn: string;
  total: number;
  passed: number;
  /** Failed for the first time: a year of rectification (整改). */
  rectifying: number;
  /** Failed again after rectification: the certification is revoked (Art. 10). */
  revoked: number;
  undecided: number;
}

export interface ReportRevocation {
  name: string;
  cityCode: string;
  event: string;
  toState: string;
  /** The published reason (Art. 12); null where the reason was not made public. */
  reason: string | null;
  occurredOn: string;
}

const CREATION_STATES: readonly string[] = CREATING_STATES;
// States an application reaches only after the city recommended it / the province shortlisted it (DESIGN §2); an
// event is the proof when the state alone does not say (province_rejected, withdrawn after an upheld objection).
const AFTER_RECOMMEND = ['recommended', 'shortlisted', 'creation_publicity', ...CREATION_STATES, 'exited', 'creation_cancelled', 'certified', 're_review', 'rectifying', 'revoked'];
const AFTER_SHORTLIST = AFTER_RECOMMEND.filter((state) => state !== 'recommended');

const list = (values: readonly string[]): SQL => sql.join(values.map((value) => sql`${value}`), sql`, `);
const yearStart = (year: number): SQL => sql`${`${year}-01-01T00:00:00+08:00`}::timestamptz`;
/** The events of the year in Asia/Shanghai (the alias is e). */
const inYear = (year: number): SQL => sql`e.occurred_at >= ${yearStart(year)} AND e.occurred_at < ${yearStart(year + 1)}`;
const inCity = (scope: ReportScope): SQL => (scope.cityCode === null ? sql`TRUE` : sql`a.city_code = ${scope.cityCode}`);
const hasEvent = (event: string): SQL => sql`EXISTS (SELECT 1 FROM application_events e WHERE e.application_id = a.id AND e.event = ${event})`;

export const programmeReportRepository = {
  /** The published call of the year, or null: a report is only for a year the programme ran a call in. */
  async findCall(db: Db, year: number): Promise<ReportCall | null> {
    const rows = await selectRows<ReportCall>(
      db,
      sql`SELECT id, title, opens_on::text AS "opensOn", closes_on::text AS "closesOn", city_review_deadline::text AS "cityReviewDeadline",
            creation_quota AS "creationQuota"
          FROM annual_calls WHERE year = ${year} AND status = 'published'`,
    );
    return rows[0] ?? null;
  },

  async applicationFigures(db: Db, scope: ReportScope, callId: string): Promise<ApplicationFigures[]> {
    return selectRows<ApplicationFigures>(
      db,
      sql`SELECT a.city_code AS "cityCode", a.carrier, CASE WHEN a.carrier = 'platform' THEN a.content->>'platformKind' END AS "platformKind",
            count(*) FILTER (WHERE a.submitted_version > 0)::int AS submitted,
            count(*) FILTER (WHERE a.state IN (${list(AFTER_RECOMMEND)}) OR ${hasEvent('recommend')})::int AS recommended,
            count(*) FILTER (WHERE a.state IN (${list(AFTER_SHORTLIST)}) OR ${hasEvent('shortlist')})::int AS shortlisted
          FROM applications a
          WHERE a.call_id = ${callId} AND ${inCity(scope)}
          GROUP BY 1, 2, 3
          ORDER BY 1, 2 DESC, 3`,
    );
  },

  async creationFigures(db: Db, scope: ReportScope): Promise<CreationFigures> {
    const [counts] = await selectRows<Omit<CreationFigures, 'atYearEnd'>>(
      db,
      sql`SELECT count(*) FILTER (WHERE e.event = 'confirm_creation')::int AS started,
            count(*) FILTER (WHERE e.event = 'fail_acceptance' AND e.to_state = 'creating')::int AS extended,
            count(*) FILTER (WHERE e.to_state = 'exited')::int AS exited,
            count(*) FILTER (WHERE e.to_state = 'creation_cancelled')::int AS cancelled
          FROM application_events e JOIN applications a ON a.id = e.application_id
          WHERE ${inYear(scope.year)} AND ${inCity(scope)}`,
    );
    // The state at the year's end is the one the last event before it led to; an application with no event at all
    // (written before the system kept its history) counts with its current state from its call's year on.
    const atYearEnd = await selectRows<{ state: string; count: number }>(
      db,
      sql`SELECT s.state, count(*)::int AS count
          FROM applications a
          JOIN annual_calls c ON c.id = a.call_id
          CROSS JOIN LATERAL (
            SELECT COALESCE(
              (SELECT e.to_state FROM application_events e WHERE e.application_id = a.id AND e.occurred_at < ${yearStart(scope.year + 1)}
                ORDER BY e.occurred_at DESC LIMIT 1),
              CASE WHEN c.year <= ${scope.year} AND NOT EXISTS (SELECT 1 FROM application_events e WHERE e.application_id = a.id) THEN a.state END
            ) AS state
          ) s
          WHERE s.state IN (${list(CREATION_STATES)}) AND ${inCity(scope)}
          GROUP BY s.state`,
    );
    return { started: counts?.started ?? 0, extended: counts?.extended ?? 0, exited: counts?.exited ?? 0, cancelled: counts?.cancelled ?? 0, atYearEnd };
  },

  /** Certified in the year, in certificate order (per carrier, the announcement's neutral order). */
  async certifications(db: Db, scope: ReportScope): Promise<ReportCertification[]> {
    return selectRows<ReportCertification>(
      db,
      sql`SELECT c.certificate_number AS "certificateNumber", a.name, a.city_code AS "cityCode", c.carrier, c.certified_on::text AS "certifiedOn"
          FROM certifications c JOIN applications a ON a.id = c.application_id
          WHERE c.certified_on BETWEEN ${`${scope.year}-01-01`}::date AND ${`${scope.year}-12-31`}::date AND ${inCity(scope)}
          ORDER BY CASE c.carrier WHEN 'platform' THEN 0 ELSE 1 END, c.year, c.sequence`,
    );
  },

  /** The rounds of the year (re_review_rounds.year) with their outcomes, in opening order. */
  async reReviewRounds(db: Db, scope: ReportScope): Promise<ReportReReviewRound[]> {
    return selectRows<ReportReReviewRound>(
      db,
      sql`SELECT rr.title, rr.opens_on::text AS "opensOn", count(r.id)::int AS total,
            count(r.id) FILTER (WHERE r.outcome = 'passed')::int AS passed,
            count(r.id) FILTER (WHERE r.outcome = 'failed' AND NOT r.is_after_rectification)::int AS rectifying,
            count(r.id) FILTER (WHERE r.outcome = 'failed' AND r.is_after_rectification)::int AS revoked,
            count(r.id) FILTER (WHERE r.outcome IS NULL)::int AS undecided
          FROM re_review_rounds rr
          LEFT JOIN (re_reviews r JOIN applications a ON a.id = r.application_id AND ${inCity(scope)}) ON r.round_id = rr.id
          WHERE rr.year = ${scope.year}
          GROUP BY rr.id, rr.title, rr.opens_on
          ORDER BY rr.opens_on, rr.title`,
    );
  },

  /** Certifications revoked and creation qualifications cancelled in the year, in date then division-code order. */
  async revocations(db: Db, scope: ReportScope): Promise<ReportRevocation[]> {
    return selectRows<ReportRevocation>(
      db,
      sql`SELECT a.name, a.city_code AS "cityCode", e.event, e.to_state AS "toState",
            CASE WHEN e.is_reason_public THEN e.reason END AS reason,
            (e.occurred_at AT TIME ZONE 'Asia/Shanghai')::date::text AS "occurredOn"
          FROM application_events e JOIN applications a ON a.id = e.application_id
          WHERE ${inYear(scope.year)} AND ${inCity(scope)} AND e.to_state IN ('revoked', 'creation_cancelled') AND e.from_state <> e.to_state
          ORDER BY e.occurred_at, a.city_code, a.name`,
    );
  },

  /** Change reports (Art. 11) made in the year after their 3-month deadline. */
  async overdueChangeReports(db: Db, scope: ReportScope): Promise<number> {
    const [row] = await selectRows<{ count: number }>(
      db,
      sql`SELECT count(*)::int AS count FROM change_reports cr JOIN applications a ON a.id = cr.application_id
          WHERE cr.is_overdue AND cr.reported_on BETWEEN ${`${scope.year}-01-01`}::date AND ${`${scope.year}-12-31`}::date AND ${inCity(scope)}`,
    );
    return row?.count ?? 0;
  },
};
