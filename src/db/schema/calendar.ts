import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

// The State Council holiday schedule per year (DESIGN §3): holidays (放假) and make-up working days (调休上班).
// Versioned rule data, immutable once published (DESIGN §4/§5; a trigger in migration 0004 refuses UPDATE and
// DELETE): the schedule in force for a year is its highest version, and a correction is a new version.
export const calendarYears = pgTable(
  'calendar_years',
  {
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    /** Plain YYYY-MM-DD dates, ascending. */
    holidays: jsonb('holidays').$type<string[]>().notNull(),
    workdays: jsonb('workdays').$type<string[]>().notNull(),
    source: text('source').notNull(),
    note: text('note').notNull(),
    /** Null for the schedules seeded by migration. */
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.version] }),
    check('calendar_years_year_range', sql`${t.year} BETWEEN 1949 AND 2200`),
    check('calendar_years_version_positive', sql`${t.version} >= 1`),
    check('calendar_years_dates_are_arrays', sql`jsonb_typeof(${t.holidays}) = 'array' AND jsonb_typeof(${t.workdays}) = 'array'`),
  ],
);
