// Holiday schedules (节假日安排). Rows are never changed (trigger, migration 0004): the schedule in force for a
// year is its highest version. Computations read only the years they need, straight from the database on each
// request — two small rows — rather than from a per-process cache, which another app server behind the load
// balancer could not invalidate when the province publishes a correction.
import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { calendarYears, users } from '../schema/index';

export type CalendarYearRow = typeof calendarYears.$inferSelect;

export interface CalendarVersionRow {
  year: number;
  version: number;
  holidayCount: number;
  workdayCount: number;
  source: string;
  note: string;
  createdByName: string | null;
  createdAt: Date;
}

export type CalendarYearWithAuthor = CalendarYearRow & { createdByName: string | null };

const versionColumns = {
  year: calendarYears.year,
  version: calendarYears.version,
  holidayCount: sql<number>`jsonb_array_length(${calendarYears.holidays})::int`,
  workdayCount: sql<number>`jsonb_array_length(${calendarYears.workdays})::int`,
  source: calendarYears.source,
  note: calendarYears.note,
  createdByName: users.displayName,
  createdAt: calendarYears.createdAt,
};

export const calendarRepository = {
  /** The schedule in force (highest version) of each requested year that has one. */
  async findInForce(db: Db, years: readonly number[]): Promise<CalendarYearRow[]> {
    if (years.length === 0) return [];
    return db
      .selectDistinctOn([calendarYears.year])
      .from(calendarYears)
      .where(inArray(calendarYears.year, [...years]))
      .orderBy(asc(calendarYears.year), desc(calendarYears.version));
  },

  /** Every version of every year (or of one year), without the dates: newest year, then newest version first. */
  async listVersions(db: Db, year?: number): Promise<CalendarVersionRow[]> {
    return db
      .select(versionColumns)
      .from(calendarYears)
      .leftJoin(users, eq(users.id, calendarYears.createdBy))
      .where(year === undefined ? undefined : eq(calendarYears.year, year))
      .orderBy(desc(calendarYears.year), desc(calendarYears.version));
  },

  /** One version of a year, or its highest version when none is given. */
  async findVersion(db: Db, year: number, version?: number): Promise<CalendarYearWithAuthor | undefined> {
    const [row] = await db
      .select({ row: calendarYears, createdByName: users.displayName })
      .from(calendarYears)
      .leftJoin(users, eq(users.id, calendarYears.createdBy))
      .where(and(eq(calendarYears.year, year), version === undefined ? undefined : eq(calendarYears.version, version)))
      .orderBy(desc(calendarYears.version))
      .limit(1);
    return row ? { ...row.row, createdByName: row.createdByName } : undefined;
  },

  /**
   * Inserts the year's next version. Returns null when a concurrent publication took that version number first
   * (the primary key decides); the caller then starts again with a fresh transaction.
   */
  async insertNextVersion(db: Db, values: Omit<typeof calendarYears.$inferInsert, 'version'>): Promise<CalendarYearRow | null> {
    const [latest] = await db.select({ version: max(calendarYears.version) }).from(calendarYears).where(eq(calendarYears.year, values.year));
    const [row] = await db
      .insert(calendarYears)
      .values({ ...values, version: (latest?.version ?? 0) + 1 })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  },
};
