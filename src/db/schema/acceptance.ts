import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { experts } from './expert-review';
import { files } from './files';
import { publicityNotices, type NoticeEntry } from './publicity';
import { users } from './users';

/** One goal of the creation plan as the operator reports it at acceptance (Art. 7(3): 对照…创建方案目标任务). */
export interface GoalReport {
  /** Index of the goal in the plan (content.plan.goals). */
  goalIndex: number;
  /** What was achieved, in the operator's words. */
  achieved: string;
}

/**
 * The indicator results frozen when the province opens the review (ADR 0015): the whole creation period computed by
 * the F4 engine against the creation and the certification standard of the pinned standard set. Never recomputed.
 */
export interface AcceptanceSnapshot {
  standardVersion: string;
  /** The day the snapshot was taken (Asia/Shanghai). */
  takenOn: string;
  window: { startsOn: string; endsOn: string; label: string };
  /** The F4 dashboard as computed (IndicatorDashboardView of src/contracts/indicators.ts). */
  dashboard: Record<string, unknown>;
}

// 评估验收 (Art. 7(3)): one row per acceptance attempt of a creation object — attempt 1 after the 2-year period,
// attempt 2 after the 1-year extension. Filled in phases: the operator's submission (总结、目标完成情况、佐证材料),
// the province's start (snapshot frozen), the decision (once). The lifecycle history (application_events) carries
// the state changes and reasons; this row carries what was judged. A decision is never edited: when an objection to
// the 拟认定公示 is upheld (Art. 7(4), back to acceptance_review) the attempt gets a new revision — the same
// submission and snapshot, decided again — and the earlier revision keeps its outcome.
export const acceptanceReviews = pgTable(
  'acceptance_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    attempt: integer('attempt').notNull(),
    /** 1, then 2, … each time an upheld 拟认定公示 objection sends the attempt back for a new decision. */
    revision: integer('revision').notNull().default(1),
    /** Why this revision exists: the upheld objection's investigation (null for revision 1). */
    reopenedReason: text('reopened_reason'),
    summary: text('summary').notNull().default(''),
    goalReports: jsonb('goal_reports').$type<GoalReport[]>().notNull().default([]),
    evidenceFileIds: jsonb('evidence_file_ids').$type<string[]>().notNull().default([]),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    startedBy: uuid('started_by').references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }),
    snapshot: jsonb('snapshot').$type<AcceptanceSnapshot>(),
    /** 'passed' | 'failed', set once by the province. */
    outcome: text('outcome'),
    outcomeReason: text('outcome_reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('acceptance_reviews_attempt_idx').on(t.applicationId, t.attempt, t.revision),
    check('acceptance_reviews_revision', sql`${t.revision} >= 1 AND (${t.revision} = 1) = (${t.reopenedReason} IS NULL)`),
    check('acceptance_reviews_attempt', sql`${t.attempt} IN (1, 2)`),
    check('acceptance_reviews_outcome', sql`${t.outcome} IS NULL OR ${t.outcome} IN ('passed', 'failed')`),
    check('acceptance_reviews_decided', sql`(${t.outcome} IS NULL) = (${t.decidedAt} IS NULL)`),
    check('acceptance_reviews_snapshot', sql`(${t.startedAt} IS NULL) = (${t.snapshot} IS NULL)`),
  ],
);

/** An expert's judgement of one qualitative indicator (passed:null in the snapshot) or of one plan goal. */
export interface IndicatorJudgement {
  code: string;
  isMet: boolean;
  comment: string;
}
export interface GoalJudgement {
  goalIndex: number;
  achievement: 'met' | 'partly' | 'not_met';
  comment: string;
}

// 验收专家意见: one expert × one acceptance review. As in the application review (ADR 0012), the expert declares
// first (利害关系) and sees nothing of the case before; then judges the qualitative indicators and the plan's goals
// and gives a conclusion. Opinions inform the province's decision; they do not make it.
export const acceptanceOpinions = pgTable(
  'acceptance_opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    acceptanceReviewId: uuid('acceptance_review_id').notNull().references(() => acceptanceReviews.id),
    expertId: uuid('expert_id').notNull().references(() => experts.id),
    declaration: text('declaration'),
    declarationNote: text('declaration_note'),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
    indicatorJudgements: jsonb('indicator_judgements').$type<IndicatorJudgement[]>(),
    goalJudgements: jsonb('goal_judgements').$type<GoalJudgement[]>(),
    /** 'pass' | 'fail': the expert's recommendation. */
    conclusion: text('conclusion'),
    comment: text('comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    assignedBy: uuid('assigned_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('acceptance_opinions_unique').on(t.acceptanceReviewId, t.expertId),
    index('acceptance_opinions_expert_idx').on(t.expertId),
    check('acceptance_opinions_declaration', sql`${t.declaration} IS NULL OR ${t.declaration} IN ('none', 'conflicted')`),
    check('acceptance_opinions_conclusion', sql`${t.conclusion} IS NULL OR ${t.conclusion} IN ('pass', 'fail')`),
    check('acceptance_opinions_after_declaration', sql`${t.submittedAt} IS NULL OR ${t.declaration} = 'none'`),
  ],
);

/** One line of a 认定公告: the notice entry and its certificate number. */
export interface AnnouncementEntry extends NoticeEntry {
  certificateNumber: string;
}

// 认定公告 (Art. 7(4): 由省工业和信息化厅发文公告正式认定): published once, never edited; lists the certified in
// neutral order (division code, then name) with their certificate numbers, never a score (Art. 8).
export const certificationAnnouncements = pgTable(
  'certification_announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The 拟认定公示 whose entries it certifies. */
    noticeId: uuid('notice_id').notNull().unique().references(() => publicityNotices.id),
    title: text('title').notNull(),
    text: text('text').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    entries: jsonb('entries').$type<AnnouncementEntry[]>().notNull(),
    documentFileId: uuid('document_file_id').references(() => files.id),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('certification_announcements_published_idx').on(t.publishedOn)],
);

// 认定: one per certified platform/base. The certificate number (证书编号) is 粤中小示范平台〔YYYY〕NNN号 or
// 粤中小示范基地〔YYYY〕NNN号, numbered per carrier and year in the announcement's neutral order.
export const certifications = pgTable(
  'certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().unique().references(() => applications.id),
    announcementId: uuid('announcement_id').notNull().references(() => certificationAnnouncements.id),
    certificateNumber: text('certificate_number').notNull().unique(),
    carrier: text('carrier').notNull(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    certifiedOn: date('certified_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('certifications_sequence_idx').on(t.carrier, t.year, t.sequence),
    check('certifications_carrier', sql`${t.carrier} IN ('platform', 'base')`),
  ],
);

// Art. 12: 被列入严重失信主体名单或经查实存在数据、资料弄虚作假的，取消创建资格或撤销认定命名. One row per finding the
// province records, with its source; the lifecycle event it led to (cancel_creation / revoke_certification) is in
// application_events. The reason is published (DESIGN §5). Append-only.
export const integrityFindings = pgTable(
  'integrity_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    /** 'dishonesty_listing' (列入严重失信主体名单) | 'data_fraud' (经查实数据、资料弄虚作假). */
    kind: text('kind').notNull(),
    /** Where it comes from: the list and its entry (e.g. 信用中国 严重失信主体名单 + 文号), or the verification report. */
    source: text('source').notNull(),
    /** The day the listing took effect or the fraud was verified. */
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    /** Published with the cancellation or revocation. */
    reason: text('reason').notNull(),
    /** The state before and after: creation_cancelled or revoked. */
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('integrity_findings_application_idx').on(t.applicationId),
    index('integrity_findings_recorded_idx').on(t.recordedAt),
    check('integrity_findings_kind', sql`${t.kind} IN ('dishonesty_listing', 'data_fraud')`),
    check('integrity_findings_to_state', sql`${t.toState} IN ('creation_cancelled', 'revoked')`),
  ],
);

// Evidence of an Art. 12 finding (the listing's page, the verification report): added when recording it or later
// as it arrives, never removed — the finding itself is append-only, so its files are rows of their own (ADR 0016).
export const integrityFindingFiles = pgTable(
  'integrity_finding_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    findingId: uuid('finding_id').notNull().references(() => integrityFindings.id),
    fileId: uuid('file_id').notNull().references(() => files.id),
    addedBy: uuid('added_by').references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('integrity_finding_files_unique').on(t.findingId, t.fileId)],
);

// 重大变化报告 (Art. 11): the operator reports a rename, merger or reorganisation within 3 months of it; the city
// proposes to retain or revoke; the province decides in its yearly work. Each step is filled once (guarded updates);
// the lifecycle events (report_change, propose_*, retain_after_change / revoke_after_change) are in
// application_events. A retained rename changes the platform's name; the former name stays here for the registry.
export const changeReports = pgTable(
  'change_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    /** 'rename' (更名) | 'merger' (合并) | 'reorganisation' (重组) | 'other' (其他重大变化或调整). */
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    /** The day the change took effect; the report is due 3 calendar months later (Art. 11). */
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    isOverdue: boolean('is_overdue').notNull(),
    /** The platform's name before and after a rename (null for other kinds). */
    formerName: text('former_name'),
    newName: text('new_name'),
    documentFileIds: jsonb('document_file_ids').$type<string[]>().notNull().default([]),
    reportedBy: uuid('reported_by').references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    /** 'retain' | 'revoke', the city's proposal. */
    cityProposal: text('city_proposal'),
    cityReason: text('city_reason'),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }),
    /** 'retain' | 'revoke', the province's decision. */
    provinceDecision: text('province_decision'),
    provinceReason: text('province_reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('change_reports_application_idx').on(t.applicationId),
    check('change_reports_kind', sql`${t.kind} IN ('rename', 'merger', 'reorganisation', 'other')`),
    check('change_reports_proposal', sql`${t.cityProposal} IS NULL OR ${t.cityProposal} IN ('retain', 'revoke')`),
    check('change_reports_decision', sql`${t.provinceDecision} IS NULL OR (${t.provinceDecision} IN ('retain', 'revoke') AND ${t.cityProposal} IS NOT NULL)`),
    check('change_reports_rename', sql`(${t.kind} = 'rename') = (${t.newName} IS NOT NULL)`),
  ],
);
