import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CALL_STATUSES } from '../../domain/calls/annual-call';
import { users } from './users';

// 年度创建工作通知 (Art. 7(1)); field meanings in src/domain/calls/annual-call.ts. A draft is edited in place; a
// published call never changes and no row is ever deleted (DESIGN §5; trigger in migration 0007, ADR 0011).
export const annualCalls = pgTable(
  'annual_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    status: text('status').notNull().default('draft'),
    title: text('title').notNull(),
    text: text('text').notNull(),
    creationQuota: integer('creation_quota').notNull(),
    cityCaps: jsonb('city_caps').$type<Record<string, number>>().notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    cityReviewDeadline: date('city_review_deadline', { mode: 'string' }).notNull(),
    standardVersion: text('standard_version').notNull(),
    criterionWeights: jsonb('criterion_weights').$type<Record<string, number>>().notNull(),
    maxScore: integer('max_score').notNull(),
    /** The published call this draft was copied from, if any. */
    copiedFromId: uuid('copied_from_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    // One published call per year; any number of drafts.
    uniqueIndex('annual_calls_one_published_per_year').on(t.year).where(sql`${t.status} = 'published'`),
    index('annual_calls_year_idx').on(t.year),
    check('annual_calls_status', sql`${t.status} IN (${sql.raw(CALL_STATUSES.map((s) => `'${s}'`).join(', '))})`),
    check('annual_calls_year_range', sql`${t.year} BETWEEN 2000 AND 2100`),
    check('annual_calls_quota_positive', sql`${t.creationQuota} >= 1`),
    check('annual_calls_max_score_range', sql`${t.maxScore} BETWEEN 1 AND 100`),
    check('annual_calls_dates_in_order', sql`${t.opensOn} <= ${t.closesOn} AND ${t.closesOn} < ${t.cityReviewDeadline}`),
    check('annual_calls_published_stamped', sql`(${t.status} = 'published') = (${t.publishedAt} IS NOT NULL)`),
  ],
);
