// What the indicator figures count, page by page (F4 item 3 drill-down): the enterprises served in a window and the
// events held. Neutral order only (Art. 8): enterprises by credit code, events by date — never by volume.
import { sql, type SQL } from 'drizzle-orm';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../client';
import { countedEvents, countedRecords, indicatorFactsRepository, selectRows, type DateWindow } from './indicator-facts.repository';
import type { PageRequest } from './superseding-rows';

export interface ServedEnterpriseRow {
  creditCode: string;
  /** The name on the enterprise's latest record in the window. */
  name: string;
  records: number;
  firstServedOn: PlainDate;
  lastServedOn: PlainDate;
}

export interface EventRow {
  id: string;
  date: PlainDate;
  topic: string;
  participantCount: number;
}

/** all: every event; reaching: at least `minParticipants`; short: fewer. */
export type EventFilter = 'all' | 'reaching' | 'short';

export const indicatorDetailsRepository = {
  async servedEnterprises(db: Db, applicationId: string, window: DateWindow, paging: PageRequest): Promise<{ total: number; items: ServedEnterpriseRow[] }> {
    const [total, rows] = await Promise.all([
      indicatorFactsRepository.countServedEnterprises(db, applicationId, window),
      selectRows<Omit<ServedEnterpriseRow, 'name'>>(
        db,
        sql`SELECT r.credit_code AS "creditCode", count(*)::int AS records,
              min(r.service_date)::text AS "firstServedOn", max(r.service_date)::text AS "lastServedOn"
            FROM service_records r
            WHERE ${countedRecords(applicationId, window)}
            GROUP BY r.credit_code
            ORDER BY r.credit_code COLLATE "C"
            LIMIT ${paging.pageSize} OFFSET ${(paging.page - 1) * paging.pageSize}`,
      ),
    ]);
    if (rows.length === 0) return { total, items: [] };
    const codes = sql.join(rows.map((r) => sql`${r.creditCode}`), sql`, `);
    const names = await selectRows<{ creditCode: string; name: string }>(
      db,
      sql`SELECT DISTINCT ON (r.credit_code) r.credit_code AS "creditCode", r.enterprise_name AS name
          FROM service_records r
          WHERE ${countedRecords(applicationId, window)} AND r.credit_code IN (${codes})
          ORDER BY r.credit_code, r.service_date DESC, r.id DESC`,
    );
    const nameOf = new Map(names.map((n) => [n.creditCode, n.name]));
    return { total, items: rows.map((row) => ({ ...row, name: nameOf.get(row.creditCode) ?? '' })) };
  },

  async events(db: Db, applicationId: string, window: DateWindow, filter: EventFilter, minParticipants: number, paging: PageRequest): Promise<{ total: number; items: EventRow[] }> {
    const condition =
      filter === 'reaching' ? sql`AND e.participant_count >= ${minParticipants}` : filter === 'short' ? sql`AND e.participant_count < ${minParticipants}` : sql``;
    const where = sql`${countedEvents(applicationId, window)} ${condition}`;
    const rows = await selectRows<EventRow & { total: number }>(
      db,
      sql`SELECT e.id, e.event_date::text AS date, e.topic, e.participant_count::int AS "participantCount", count(*) OVER ()::int AS total
          FROM service_events e
          WHERE ${where}
          ORDER BY e.event_date, e.topic COLLATE "C", e.id
          LIMIT ${paging.pageSize} OFFSET ${(paging.page - 1) * paging.pageSize}`,
    );
    const total = rows[0]?.total ?? (paging.page > 1 ? await countEvents(db, where) : 0);
    return { total, items: rows.map(({ total: _total, ...row }) => row) };
  },
};

/** A page past the last has no row to carry the total: counted on its own then. */
async function countEvents(db: Db, where: SQL): Promise<number> {
  const [row] = await selectRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM service_events e WHERE ${where}`);
  return row?.n ?? 0;
}
