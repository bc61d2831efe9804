// Storing rows of the small append-only datasets, where the latest row for a natural key wins (DESIGN §5). The plan
// (which rows are new, which repeat the current version) is pure (src/domain/creation-data/rows/supersede.ts); here
// the rounds are written in order, each strictly later than every row before it.
import { eq, sql, type SQL } from 'drizzle-orm';
import { planSuperseding, type RowIdentity } from '../../domain/creation-data/rows/supersede';
import type { Db } from '../client';
import type { baseEnterprises, baseProfiles, entryPoints, libraryCounts, resourceEntries } from '../schema/index';

type SupersedingTable = typeof resourceEntries | typeof libraryCounts | typeof entryPoints | typeof baseEnterprises | typeof baseProfiles;

/**
 * The created_at of the next statement: now() is the start of the transaction, the same for every row of an import,
 * and clock_timestamp() may repeat itself between two quick statements (PGlite's clock ticks in milliseconds), so
 * the value is taken past the object's latest row. It travels as text, keeping the microseconds a Date would drop.
 */
async function nextWrittenAt(db: Db, table: SupersedingTable, applicationId: string): Promise<SQL<Date>> {
  const [row] = await db
    .select({ at: sql<string>`greatest(clock_timestamp(), max(${table.createdAt}) + interval '1 microsecond')::text` })
    .from(table)
    .where(eq(table.applicationId, applicationId));
  if (!row) throw new Error('no clock reading from the database');
  return sql<Date>`${row.at}::timestamptz`;
}

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters for the widest table (11 columns). */
const ROWS_PER_STATEMENT = 1000;

export interface AppendBatch<T> {
  applicationId: string;
  importId: string;
  rows: readonly T[];
}

/** Writes the rows that change something, round after round; returns how many were written. */
export async function appendSuperseding<T>(
  db: Db,
  target: { table: SupersedingTable; applicationId: string },
  rows: readonly T[],
  current: ReadonlyMap<string, T>,
  identity: RowIdentity<T>,
  insert: (rows: T[], writtenAt: SQL<Date>) => Promise<void>,
): Promise<{ inserted: number }> {
  const plan = planSuperseding(rows, current, identity);
  let inserted = 0;
  for (const round of plan.rounds) {
    for (let start = 0; start < round.length; start += ROWS_PER_STATEMENT) {
      const chunk = round.slice(start, start + ROWS_PER_STATEMENT);
      await insert(chunk, await nextWrittenAt(db, target.table, target.applicationId));
      inserted += chunk.length;
    }
  }
  return { inserted };
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** When a row came in: its import's time (the application clock), shown to people; created_at only orders versions. */
export interface Recorded {
  recordedAt: Date;
}

export interface Page<T> {
  total: number;
  items: T[];
}
