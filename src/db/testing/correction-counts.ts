// How many rows each creation-data table holds for a creation object, counted straight from the tables, so the
// correction tests can assert that a rejected form wrote nothing and a correction appended rather than edited.
import { count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { baseEnterprises, baseProfiles, dataImports, entryPoints, libraryCounts, resourceEntries, serviceEvents, serviceRecords, serviceRecordVoids } from '../schema/index';

const TABLES = {
  imports: dataImports,
  resources: resourceEntries,
  libraryCounts,
  entryPoints,
  baseEnterprises,
  baseProfiles,
  events: serviceEvents,
  serviceRecords,
  voids: serviceRecordVoids,
} as const;

export type TableCounts = Record<keyof typeof TABLES, number>;

export async function countCreationDataRows(db: Db, applicationId: string): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const [name, table] of Object.entries(TABLES) as [keyof typeof TABLES, (typeof TABLES)[keyof typeof TABLES]][]) {
    const [row] = await db.select({ n: count() }).from(table).where(eq(table.applicationId, applicationId));
    counts[name] = row?.n ?? 0;
  }
  return counts;
}
