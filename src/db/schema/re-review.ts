import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { users } from './users';

// 复核批次 (Art. 10: 会同地市级中小企业主管部门每2年开展一次运行和服务情况复核). The province schedules a round with
// the day it opens and the days the operators' reports and the cities' assessments are due (ADR 0016). On its
// opening day — at once when that is today, otherwise by the deadline job — every certified object whose re-review
// has fallen due and every rectifying object whose rectification year is over gets its re-review in the round.
export const reReviewRounds = pgTable(
  're_review_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    /** Last day for the operator's 运行和服务情况报告 (inclusive). */
    reportDueOn: date('report_due_on', { mode: 'string' }).notNull(),
    /** Last day for the city's assessment (inclusive). */
    cityDueOn: date('city_due_on', { mode: 'string' }).notNull(),
    /** Set once, when the round is opened (its re-reviews created, the objects moved to re_review). */
    openedAt: timestamp('opened_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('re_review_rounds_opens_idx').on(t.opensOn),
    check('re_review_rounds_dates', sql`${t.reportDueOn} >= ${t.opensOn} AND ${t.cityDueOn} >= ${t.reportDueOn}`),
  ],
);

/** The F4 indicator results of the re-review window, frozen once (as AcceptanceSnapshot, ADR 0015/0016). */
export interface ReReviewSnapshot {
  standardVersion: string;
  takenOn: string;
  window: { startsOn: string; endsOn: string; label: string };
  /** The F4 dashboard as computed (IndicatorDashboardView of src/contracts/indicators.ts). */
  dashboard: Record<string, unknown>;
  /** Art. 14 records of the window, counted by kind when frozen. */
  obligations: { governmentActivities: number; sharingActivities: number };
}

// 复核 of one certified object in one round (Art. 10). Filled in phases, each once: the operator's report, the
// city's assessment (达标 / 不达标 with its opinion), the province's decision. The lifecycle events
// (start_re_review, pass_re_review, fail_re_review) are in application_events; this row holds what was judged.
export const reReviews = pgTable(
  're_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id').notNull().references(() => reReviewRounds.id),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    /** 1 for the object's first re-review, 2 for the next … */
    sequence: integer('sequence').notNull(),
    /** The re-review after a year of rectification (整改期满后复核): a fail now revokes the certification. */
    isAfterRectification: boolean('is_after_rectification').notNull(),
    /** The data the re-review looks at: the two years before the round (or the rectification year). */
    windowStartsOn: date('window_starts_on', { mode: 'string' }).notNull(),
    windowEndsOn: date('window_ends_on', { mode: 'string' }).notNull(),
    report: text('report').notNull().default(''),
    reportFileIds: jsonb('report_file_ids').$type<string[]>().notNull().default([]),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    snapshot: jsonb('snapshot').$type<ReReviewSnapshot>(),
    /** 'pass' | 'fail': the city's assessment (地市评估意见). */
    cityOpinion: text('city_opinion'),
    cityComment: text('city_comment'),
    assessedBy: uuid('assessed_by').references(() => users.id),
    assessedAt: timestamp('assessed_at', { withTimezone: true }),
    /** 'passed' | 'failed', set once by the province. */
    outcome: text('outcome'),
    outcomeReason: text('outcome_reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('re_reviews_sequence_idx').on(t.applicationId, t.sequence),
    uniqueIndex('re_reviews_round_idx').on(t.roundId, t.applicationId),
    check('re_reviews_window', sql`${t.windowEndsOn} >= ${t.windowStartsOn}`),
    check('re_reviews_city_opinion', sql`${t.cityOpinion} IS NULL OR ${t.cityOpinion} IN ('pass', 'fail')`),
    check('re_reviews_outcome', sql`${t.outcome} IS NULL OR ${t.outcome} IN ('passed', 'failed')`),
    check('re_reviews_decided', sql`(${t.outcome} IS NULL) = (${t.decidedAt} IS NULL)`),
  ],
);

// Art. 14 obligations the system records (ADR 0016): (二) 积极参与政府部门组织的中小企业服务活动 and (四) 主动开展资源
// 共享、技术指导、教育培训等活动. The operator records them while creating or certified; they are shown, counted for the
// window, in every re-review. Never deleted: a wrong record is withdrawn (作废) with a reason.
export const obligationRecords = pgTable(
  'obligation_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    /** 'government_activity' (参与政府部门组织的服务活动) | 'sharing_activity' (资源共享、技术指导、教育培训等活动). */
    kind: text('kind').notNull(),
    /** For sharing: 'resource_sharing' | 'technical_guidance' | 'training' | 'experience_sharing'; null for government. */
    category: text('category'),
    title: text('title').notNull(),
    /** The government department that organised it, or the partner / audience of a sharing activity. */
    organiser: text('organiser').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    participants: integer('participants'),
    description: text('description').notNull(),
    evidenceFileIds: jsonb('evidence_file_ids').$type<string[]>().notNull().default([]),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    voidedBy: uuid('voided_by').references(() => users.id),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
  },
  (t) => [
    index('obligation_records_application_idx').on(t.applicationId, t.heldOn),
    check('obligation_records_kind', sql`${t.kind} IN ('government_activity', 'sharing_activity')`),
    check(
      'obligation_records_category',
      sql`(${t.kind} = 'government_activity' AND ${t.category} IS NULL) OR (${t.kind} = 'sharing_activity' AND ${t.category} IN ('resource_sharing', 'technical_guidance', 'training', 'experience_sharing'))`,
    ),
    check('obligation_records_participants', sql`${t.participants} IS NULL OR ${t.participants} >= 0`),
    check('obligation_records_void', sql`(${t.voidedAt} IS NULL) = (${t.voidReason} IS NULL)`),
  ],
);
