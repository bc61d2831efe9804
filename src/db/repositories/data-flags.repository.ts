// The inputs of the Art. 12 data-quality hints (src/domain/creation-data/data-flags.ts), counted in SQL over all of
// one creation object's data with the domain's own limits, so only counts and a few examples leave the database.
// Voided records and events (作废) never count.
import { sql, type SQL } from 'drizzle-orm';
import {
  FLAG_EXAMPLE_LIMIT,
  GUANGDONG_PROVINCE_CODE,
  SAME_DAY_RECORD_LIMIT,
  type Counted,
  type FlagInputs,
  type OutsidePeriodBounds,
} from '../../domain/creation-data/data-flags';
import { NEAR_IDENTICAL_MIN_PARTICIPANTS, type EventParticipants } from '../../domain/creation-data/near-identical-events';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../client';
import { eventNotVoided, selectRows } from './indicator-facts.repository';

const notVoided = sql`NOT EXISTS (SELECT 1 FROM service_record_voids v WHERE v.record_id = r.id)`;

export interface ImportRecord {
  id: string;
  fileName: string | null;
  source: string;
  createdAt: Date;
}

export interface ImportRejections extends ImportRecord {
  rejectedByColumn: Record<string, number>;
}

export interface ImportAnswers extends ImportRecord {
  answers: number;
  lowest: number | null;
  highest: number | null;
}

type WithTotal<T> = T & { total: number };

function counted<T extends object>(rows: readonly WithTotal<T>[]): Counted<T> {
  return { count: rows[0]?.total ?? 0, examples: rows.map(({ total: _total, ...row }) => row as unknown as T) };
}

export const dataFlagsRepository = {
  async importRejections(db: Db, applicationId: string): Promise<ImportRejections[]> {
    const rows = await selectRows<Omit<ImportRejections, 'createdAt'> & { createdAt: string | Date }>(
      db,
      sql`SELECT id, file_name AS "fileName", source, created_at AS "createdAt", rejected_by_column AS "rejectedByColumn"
          FROM data_imports WHERE application_id = ${applicationId} ORDER BY created_at, id`,
    );
    return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
  },

  /** Distinct enterprises registered outside 广东: in service records, among event participants, in a base. */
  async outsideGuangdong(db: Db, applicationId: string): Promise<FlagInputs['outsideGuangdong']> {
    const rows = await selectRows<WithTotal<{ creditCode: string; name: string | null }>>(
      db,
      sql`WITH codes AS (
            SELECT r.credit_code AS code, r.enterprise_name AS name FROM service_records r
            WHERE r.application_id = ${applicationId} AND substr(r.credit_code, 3, 2) <> ${GUANGDONG_PROVINCE_CODE} AND ${notVoided}
            UNION ALL
            SELECT code, NULL FROM service_events e, unnest(e.participant_codes) AS code
            WHERE e.application_id = ${applicationId} AND substr(code, 3, 2) <> ${GUANGDONG_PROVINCE_CODE} AND ${eventNotVoided}
            UNION ALL
            SELECT credit_code, name FROM base_enterprises
            WHERE application_id = ${applicationId} AND substr(credit_code, 3, 2) <> ${GUANGDONG_PROVINCE_CODE}
          )
          SELECT code AS "creditCode", max(name) AS name, count(*) OVER ()::int AS total
          FROM codes GROUP BY code ORDER BY code COLLATE "C" LIMIT ${FLAG_EXAMPLE_LIMIT}`,
    );
    return counted(rows);
  },

  /** Dates outside the bounds the domain gives (outsidePeriodBounds): before the first day, after the last if any. */
  async outsidePeriod(db: Db, applicationId: string, bounds: OutsidePeriodBounds): Promise<FlagInputs['outsidePeriod']> {
    const outside = (column: SQL) =>
      bounds.endsOn === null ? sql`${column} < ${bounds.startsOn}::date` : sql`(${column} < ${bounds.startsOn}::date OR ${column} > ${bounds.endsOn}::date)`;
    const rows = await selectRows<WithTotal<{ kind: 'record' | 'event'; date: PlainDate; label: string }>>(
      db,
      sql`SELECT kind, date, label, count(*) OVER ()::int AS total FROM (
            SELECT 'record' AS kind, r.service_date::text AS date, r.credit_code || ' ' || r.enterprise_name AS label, r.id::text AS id
            FROM service_records r
            WHERE r.application_id = ${applicationId} AND ${notVoided} AND ${outside(sql`r.service_date`)}
            UNION ALL
            SELECT 'event', e.event_date::text, e.topic, e.id::text FROM service_events e
            WHERE e.application_id = ${applicationId} AND ${eventNotVoided} AND ${outside(sql`e.event_date`)}
          ) outside
          ORDER BY date, kind, id LIMIT ${FLAG_EXAMPLE_LIMIT}`,
    );
    return counted(rows);
  },

  async sameDayRepeats(db: Db, applicationId: string): Promise<FlagInputs['sameDayRepeats']> {
    const rows = await selectRows<WithTotal<{ creditCode: string; name: string; date: PlainDate; records: number }>>(
      db,
      sql`SELECT r.credit_code AS "creditCode", max(r.enterprise_name) AS name, r.service_date::text AS date, count(*)::int AS records,
            count(*) OVER ()::int AS total
          FROM service_records r
          WHERE r.application_id = ${applicationId} AND ${notVoided}
          GROUP BY r.credit_code, r.service_date
          HAVING count(*) >= ${SAME_DAY_RECORD_LIMIT}
          ORDER BY r.service_date, r.credit_code COLLATE "C" LIMIT ${FLAG_EXAMPLE_LIMIT}`,
    );
    return counted(rows);
  },

  /** Events large enough to be compared for near-identical participant lists. */
  async comparableEvents(db: Db, applicationId: string): Promise<EventParticipants[]> {
    return selectRows<EventParticipants>(
      db,
      sql`SELECT e.id::text AS id, e.event_date::text AS date, e.topic, e.participant_codes AS participants FROM service_events e
          WHERE e.application_id = ${applicationId} AND e.participant_count >= ${NEAR_IDENTICAL_MIN_PARTICIPANTS} AND ${eventNotVoided}`,
    );
  },

  /** Satisfaction answers per import: how many, and the lowest and highest value. */
  async answersByImport(db: Db, applicationId: string): Promise<ImportAnswers[]> {
    const rows = await selectRows<Omit<ImportAnswers, 'createdAt'> & { createdAt: string | Date }>(
      db,
      sql`SELECT i.id, i.file_name AS "fileName", i.source, i.created_at AS "createdAt",
            count(r.satisfaction)::int AS answers, min(r.satisfaction)::int AS lowest, max(r.satisfaction)::int AS highest
          FROM service_records r JOIN data_imports i ON i.id = r.import_id
          WHERE r.application_id = ${applicationId} AND ${notVoided}
          GROUP BY i.id, i.file_name, i.source, i.created_at
          HAVING count(r.satisfaction) > 0
          ORDER BY i.created_at, i.id`,
    );
    return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
  },
};
