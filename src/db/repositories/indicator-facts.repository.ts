// The facts of the F2 evaluator (PlatformFacts, BaseFacts) counted from one creation object's stored data for one
// window of its creation period (F4 item 3). Everything is aggregated in SQL: a platform may hold millions of
// service records, and the dashboard must answer in well under 2 s (F4 item 6). Voided records (作废) never count.
// Stock figures (resources, entries) are taken on one day, `asOf`: the window's last day, or today while the
// window is still running. Voided events (作废) never count either.
import { sql, type SQL } from 'drizzle-orm';
import { entryFacts, type ActiveEntry } from '../../domain/creation-data/entry-points';
import type { LibrarySnapshot } from '../../domain/creation-data/library-notes';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { BaseFacts, PlatformFacts } from '../../domain/standards/facts';
import { QUALITY_CATEGORIES, type EcosystemCarrier, type QualityCategory } from '../../domain/standards/types';
import type { Db } from '../client';

export interface DateWindow {
  startsOn: PlainDate;
  /** Inclusive. */
  endsOn: PlainDate;
}

/** Service records of one division and service item in a window. */
export interface ServiceGroup {
  divisionCode: string;
  serviceItem: string;
  records: number;
  satisfied: number;
  answered: number;
}

export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The records of an application in a window that were not voided (the alias is r). */
export function countedRecords(applicationId: string, window: DateWindow): SQL {
  return sql`r.application_id = ${applicationId}
    AND r.service_date BETWEEN ${window.startsOn}::date AND ${window.endsOn}::date
    AND NOT EXISTS (SELECT 1 FROM service_record_voids v WHERE v.record_id = r.id)`;
}

/** An event that was not voided (the alias is e). */
export const eventNotVoided: SQL = sql`NOT EXISTS (SELECT 1 FROM service_event_voids ev WHERE ev.event_id = e.id)`;

/** The events of an application in a window that were not voided (the alias is e). */
export function countedEvents(applicationId: string, window: DateWindow): SQL {
  return sql`e.application_id = ${applicationId}
    AND e.event_date BETWEEN ${window.startsOn}::date AND ${window.endsOn}::date
    AND ${eventNotVoided}`;
}

export interface BaseYearFacts {
  /** The reporting year the figures come from; null when the window holds no base data. */
  year: number | null;
  facts: BaseFacts;
  /** Enterprises with revenue > 0 (the R&D intensity is averaged over them). */
  enterprisesWithRevenue: number;
}

export const indicatorFactsRepository = {
  /**
   * A platform's facts for a window. Division codes are passed as stored: the evaluator maps them up to the
   * region's next level (coverageRatio). Satisfied answers are those from `lowestSatisfied` up (4 and 5 of 5).
   */
  async platformFacts(db: Db, applicationId: string, window: DateWindow, asOf: PlainDate, lowestSatisfied: number): Promise<{ facts: PlatformFacts; groups: ServiceGroup[] }> {
    // One after another: `db` may be a transaction (the acceptance start freezes this dashboard), which is one
    // connection; pg warns, and will refuse, a query issued while another is running on it.
    const groups = await this.serviceGroups(db, applicationId, window, lowestSatisfied);
    const servedEnterprises = await this.countServedEnterprises(db, applicationId, window);
    const eventParticipants = await this.eventParticipantCounts(db, applicationId, window);
    const resourceCount = await this.countActiveResources(db, applicationId, asOf);
    const entries = await this.activeEntries(db, applicationId, asOf);
    const facts: PlatformFacts = {
      servedEnterprises,
      coveredDivisions: [...new Set(groups.map((g) => g.divisionCode))],
      satisfiedAnswers: groups.reduce((sum, g) => sum + g.satisfied, 0),
      totalAnswers: groups.reduce((sum, g) => sum + g.answered, 0),
      eventParticipants,
      serviceContents: [...new Set(groups.map((g) => g.serviceItem))],
      resourceCount,
      ...entryFacts(entries),
    };
    return { facts, groups };
  },

  /** One pass over the window's records: per division and service item, the records and the survey answers. */
  async serviceGroups(db: Db, applicationId: string, window: DateWindow, lowestSatisfied: number): Promise<ServiceGroup[]> {
    return selectRows<ServiceGroup>(
      db,
      sql`SELECT r.division_code AS "divisionCode", r.service_item AS "serviceItem", count(*)::int AS records,
            count(*) FILTER (WHERE r.satisfaction >= ${lowestSatisfied})::int AS satisfied,
            count(r.satisfaction)::int AS answered
          FROM service_records r
          WHERE ${countedRecords(applicationId, window)}
          GROUP BY r.division_code, r.service_item`,
    );
  },

  /** Distinct SMEs by unified social credit code served in the window (服务企业情况). */
  async countServedEnterprises(db: Db, applicationId: string, window: DateWindow): Promise<number> {
    const [row] = await selectRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM (SELECT r.credit_code FROM service_records r WHERE ${countedRecords(applicationId, window)} GROUP BY r.credit_code) served`,
    );
    return row?.n ?? 0;
  },

  /** Participating-enterprise count of each event in the window (线下服务拓展情况). */
  async eventParticipantCounts(db: Db, applicationId: string, window: DateWindow): Promise<number[]> {
    const rows = await selectRows<{ n: number }>(
      db,
      sql`SELECT e.participant_count::int AS n FROM service_events e WHERE ${countedEvents(applicationId, window)} ORDER BY e.event_date, e.id`,
    );
    return rows.map((r) => r.n);
  },

  /**
   * Distinct service organisations and experts in the pool on `asOf` (汇集服务资源情况). The latest row of each
   * (kind, identifier) is the current truth (corrections and departures are new rows); it counts when its agreement
   * is in force that day. Only the agreement dates decide, never 是否在库 or the import time: a departure carries the
   * day the resource left as its end date (rows/resources.ts), so one reported in year 2 leaves year 1 unchanged, and
   * a pool reported late still counts from its agreements' dates.
   */
  async countActiveResources(db: Db, applicationId: string, asOf: PlainDate): Promise<number> {
    const [row] = await selectRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM (
            SELECT DISTINCT ON (kind, identifier) agreement_starts_on, agreement_ends_on
            FROM resource_entries WHERE application_id = ${applicationId}
            ORDER BY kind, identifier, created_at DESC, id DESC
          ) latest
          WHERE agreement_starts_on <= ${asOf}::date AND (agreement_ends_on IS NULL OR agreement_ends_on >= ${asOf}::date)`,
    );
    return row?.n ?? 0;
  },

  /**
   * Entries active on `asOf`: per entry (kind, mobile type, address — the key entry-points.repository.ts stores by),
   * the latest state reported for a day up to asOf.
   */
  async activeEntries(db: Db, applicationId: string, asOf: PlainDate): Promise<ActiveEntry[]> {
    return selectRows<ActiveEntry>(
      db,
      sql`SELECT kind, "registrationMinutes" FROM (
            SELECT DISTINCT ON (kind, coalesce(mobile_type, ''), address) kind, is_active, registration_minutes::float8 AS "registrationMinutes"
            FROM entry_points WHERE application_id = ${applicationId} AND as_of <= ${asOf}::date
            ORDER BY kind, coalesce(mobile_type, ''), address, as_of DESC, created_at DESC, id DESC
          ) latest WHERE is_active`,
    );
  },

  /** One row per library and day: the latest report of that day. */
  async librarySnapshots(db: Db, applicationId: string): Promise<LibrarySnapshot[]> {
    return selectRows<LibrarySnapshot>(
      db,
      sql`SELECT DISTINCT ON (library, as_of) library, as_of::text AS "asOf", count::int AS count, has_policy_push AS "hasPolicyPush"
          FROM library_counts WHERE application_id = ${applicationId}
          ORDER BY library, as_of, created_at DESC, id DESC`,
    );
  },

  /**
   * A base's facts from its resident enterprises (入驻企业) of one reporting year: the latest calendar year whose
   * last day falls in the window (the latest complete year of statistics the window covers — revenue and R&D
   * are yearly figures). Within the year the latest row of each credit code counts, when it is resident (是否在园).
   */
  async baseFacts(db: Db, applicationId: string, window: DateWindow): Promise<BaseYearFacts> {
    const [chosen] = await selectRows<{ year: number | null }>(
      db,
      sql`SELECT max(year)::int AS year FROM base_enterprises
          WHERE application_id = ${applicationId} AND make_date(year, 12, 31) BETWEEN ${window.startsOn}::date AND ${window.endsOn}::date`,
    );
    const year = chosen?.year ?? null;
    const profile = await findProfile(db, applicationId, window, year);
    const ecosystem: EcosystemCarrier[] = [];
    if (profile?.hasIncubator) ecosystem.push('incubator');
    if (profile?.hasTechPlatform) ecosystem.push('techPlatform');
    if (profile?.hasIndustryFund) ecosystem.push('industryFund');
    const quality = Object.fromEntries(QUALITY_CATEGORIES.map((c) => [c, 0])) as Record<QualityCategory, number>;
    if (year === null) {
      return { year, facts: { enterpriseCount: 0, leadingIndustryRevenueShare: 0, qualityEnterprises: quality, avgRdIntensity: 0, ecosystem }, enterprisesWithRevenue: 0 };
    }
    const codes = profile?.leadingIndustryCodes ?? [];
    const codeArray = codes.length ? sql`ARRAY[${sql.join(codes.map((c) => sql`${c}`), sql`, `)}]::text[]` : sql`ARRAY[]::text[]`;
    // The latest row decides: an enterprise whose latest row says 是否在园 = 否 is not counted at all that year.
    const latest = sql`SELECT * FROM (
        SELECT DISTINCT ON (credit_code) * FROM base_enterprises
        WHERE application_id = ${applicationId} AND year = ${year}
        ORDER BY credit_code, created_at DESC, id DESC
      ) newest WHERE is_resident`;
    // Attachment 2 note 1: the leading industry is named down to a 中类 of GB/T 4754. A code of the profile covers
    // every enterprise class it is a prefix of; 大类/中类/小类 are digits unique across 门类, so "398" and "C398"
    // name the same 中类.
    // 企业平均研发投入强度 (Attachment 2): 研发投入强度 is an enterprise's R&D spending over its revenue, and 企业平均
    // is the average over the enterprises — the mean of their ratios, not the ratio of the base's totals (which
    // would let a few large firms stand for all). An enterprise without revenue has no intensity and is left out.
    const [totals] = await selectRows<{ enterprises: number; revenue: number; leadingRevenue: number; avgRdIntensity: number | null; withRevenue: number }>(
      db,
      sql`SELECT count(*)::int AS enterprises,
            coalesce(sum(revenue), 0)::float8 AS revenue,
            coalesce(sum(revenue) FILTER (WHERE EXISTS (
              SELECT 1 FROM unnest(${codeArray}) AS code
              WHERE starts_with(e.industry_code, code) OR (code ~ '^[0-9]' AND starts_with(substr(e.industry_code, 2), code))
            )), 0)::float8 AS "leadingRevenue",
            avg(rd_spending / revenue) FILTER (WHERE revenue > 0)::float8 AS "avgRdIntensity",
            count(*) FILTER (WHERE revenue > 0)::int AS "withRevenue"
          FROM (${latest}) e`,
    );
    const categories = await selectRows<{ category: string; n: number }>(
      db,
      sql`SELECT quality_category AS category, count(*)::int AS n FROM (${latest}) e WHERE quality_category IS NOT NULL GROUP BY quality_category`,
    );
    for (const { category, n } of categories) if (category in quality) quality[category as QualityCategory] = n;
    const revenue = totals?.revenue ?? 0;
    return {
      year,
      facts: {
        enterpriseCount: totals?.enterprises ?? 0,
        leadingIndustryRevenueShare: revenue > 0 ? (totals?.leadingRevenue ?? 0) / revenue : 0,
        qualityEnterprises: quality,
        avgRdIntensity: totals?.avgRdIntensity ?? 0,
        ecosystem,
      },
      enterprisesWithRevenue: totals?.withRevenue ?? 0,
    };
  },
};

interface ProfileRow {
  year: number;
  leadingIndustryCodes: string[];
  hasIncubator: boolean;
  hasTechPlatform: boolean;
  hasIndustryFund: boolean;
}

/** The base profile (基地基本情况) of the enterprises' year, else of the latest year in the window; latest row wins. */
async function findProfile(db: Db, applicationId: string, window: DateWindow, year: number | null): Promise<ProfileRow | undefined> {
  const [row] = await selectRows<ProfileRow>(
    db,
    sql`SELECT year, leading_industry_codes AS "leadingIndustryCodes", has_incubator AS "hasIncubator",
          has_tech_platform AS "hasTechPlatform", has_industry_fund AS "hasIndustryFund"
        FROM base_profiles
        WHERE application_id = ${applicationId} AND make_date(year, 12, 31) BETWEEN ${window.startsOn}::date AND ${window.endsOn}::date
        ORDER BY (year = ${year ?? -1}) DESC, year DESC, created_at DESC, id DESC
        LIMIT 1`,
  );
  return row;
}
