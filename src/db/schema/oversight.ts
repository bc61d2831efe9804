import { boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications';

/** One indicator's standing against the certification rule: true 达到, false 未达到, null 专家评审. */
export interface StandingIndicator {
  code: string;
  isCertificationMet: boolean | null;
  isCreationMet: boolean | null;
}

// F8 item 1 (Art. 13, 15; ADR 0021): where each creation object and certified platform/base stands against its
// standard set's certification thresholds now — pre-computed, because the facts come from millions of service records
// and the oversight dashboards must answer in under a second. A write that changes an object's data marks its row
// stale in the same transaction; the row is recomputed after the commit (and by the deadline job for any left
// stale), so a dashboard can always say how many figures are still being brought up to date.
export const indicatorStandings = pgTable(
  'indicator_standings',
  {
    applicationId: uuid('application_id').primaryKey().references(() => applications.id),
    standardVersion: text('standard_version').notNull(),
    /** The window the standing was computed for (the current year of the creation period, or the last 12 months). */
    windowStartsOn: date('window_starts_on', { mode: 'string' }).notNull(),
    windowEndsOn: date('window_ends_on', { mode: 'string' }).notNull(),
    indicators: jsonb('indicators').$type<StandingIndicator[]>().notNull(),
    isCreationMet: boolean('is_creation_met').notNull(),
    isCertificationMet: boolean('is_certification_met').notNull(),
    /** Data changed since computedAt: recompute. */
    isStale: boolean('is_stale').notNull().default(false),
    dataChangedAt: timestamp('data_changed_at', { withTimezone: true }),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('indicator_standings_stale_idx').on(t.isStale)],
);
