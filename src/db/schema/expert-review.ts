import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { annualCalls } from './annual-calls';
import { organisations } from './organisations';
import { users } from './users';

// 专家库 (Art. 7(2) 组织专家评审): one row per expert, linked to the expert's login account.
export const experts = pgTable(
  'experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().unique().references(() => users.id),
    name: text('name').notNull(),
    /** 专业领域, free text such as 数字化转型 or 产业集群. */
    field: text('field').notNull(),
    /** 工作单位 and, when known, its credit code: an expert never reviews the organisation it works for. */
    employer: text('employer').notNull(),
    employerCreditCode: varchar('employer_credit_code', { length: 18 }),
    /** The city the expert lives and works in; the draw avoids the applicant's city. */
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    termStartsOn: date('term_starts_on', { mode: 'string' }).notNull(),
    termEndsOn: date('term_ends_on', { mode: 'string' }).notNull(),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('experts_term_in_order', sql`${t.termStartsOn} <= ${t.termEndsOn}`)],
);

// Declared relationships (利害关系) an expert must be kept away from.
export const expertAvoidances = pgTable(
  'expert_avoidances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id').notNull().references(() => experts.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    reason: text('reason').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('expert_avoidances_unique').on(t.expertId, t.organisationId)],
);

// A review group (评审组) of one call: some recommended applications and N experts drawn for them. The seed is
// recorded so the draw can be repeated and checked by anyone with the pool as it was.
export const reviewGroups = pgTable(
  'review_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id').notNull().references(() => annualCalls.id),
    name: text('name').notNull(),
    expertCount: integer('expert_count').notNull(),
    seed: text('seed'),
    /** The ids of the eligible pool, in the order the draw used, and the ids drawn: enough to replay it. */
    drawRecord: jsonb('draw_record').$type<Record<string, unknown>>(),
    drawnBy: uuid('drawn_by').references(() => users.id),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('review_groups_expert_count', sql`${t.expertCount} BETWEEN 1 AND 50`)],
);

export const reviewGroupApplications = pgTable(
  'review_group_applications',
  {
    groupId: uuid('group_id').notNull().references(() => reviewGroups.id),
    applicationId: uuid('application_id').notNull().unique().references(() => applications.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('review_group_applications_group_idx').on(t.groupId)],
);

// One expert × one application of a group: the conflict declaration comes first (nothing of the case is shown
// before it), then the scores of the six Attachment 3 criteria with comments. Scores stay internal (Art. 8).
export const expertReviews = pgTable(
  'expert_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id').notNull().references(() => reviewGroups.id),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    expertId: uuid('expert_id').notNull().references(() => experts.id),
    /** null until declared; 'none' = 无利害关系; 'conflicted' = 存在利害关系 (the case stays hidden). */
    declaration: text('declaration'),
    declarationNote: text('declaration_note'),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
    /** Attachment 3 criterion code → integer 0..call.maxScore. */
    scores: jsonb('scores').$type<Record<string, number>>(),
    /** Criterion code → comment; '' key = overall opinion. */
    comments: jsonb('comments').$type<Record<string, string>>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('expert_reviews_unique').on(t.applicationId, t.expertId),
    index('expert_reviews_expert_idx').on(t.expertId),
    check('expert_reviews_declaration', sql`${t.declaration} IS NULL OR ${t.declaration} IN ('none', 'conflicted')`),
    check('expert_reviews_scores_after_declaration', sql`${t.scores} IS NULL OR ${t.declaration} = 'none'`),
  ],
);
