import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { LifecycleFacts } from '../../domain/lifecycle/context';
import { STATES } from '../../domain/lifecycle/states';
import { annualCalls } from './annual-calls';
import { files } from './files';
import { organisations } from './organisations';
import { users } from './users';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// 申报 (Art. 7(1)): one row per application of one platform/base to one annual call. `state` changes only through
// the lifecycle table (src/domain/lifecycle/transitions.ts) and `facts` carries what its guards read. `content` is
// the editable wizard content (platform/base, plan, indicator facts); each submission freezes a copy in
// application_versions. `lockVersion` grows with every change so two officers cannot both decide (→ 409).
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id').notNull().references(() => annualCalls.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    // Copied from the organisation when the draft is created: the city that reviews it (Art. 7(1)).
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    /** 申报编号, assigned at the first submission and kept through returns and resubmissions. */
    applicationNumber: text('application_number').unique(),
    /** The platform/base name as the applicant writes it (also in content); kept here for lists and notices. */
    name: text('name').notNull().default(''),
    carrier: text('carrier').notNull(),
    state: text('state').notNull().default('draft'),
    facts: jsonb('facts').$type<LifecycleFacts>().notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** The standard-set version of the call, pinned when the draft is created (DESIGN §4). */
    standardVersion: text('standard_version').notNull(),
    /** The number of the latest submitted version (0 while never submitted). */
    submittedVersion: integer('submitted_version').notNull().default(0),
    lockVersion: integer('lock_version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('applications_call_state_idx').on(t.callId, t.state),
    index('applications_city_idx').on(t.cityCode, t.state),
    index('applications_organisation_idx').on(t.organisationId),
    check('applications_state', sql`${t.state} IN (${inList(STATES)})`),
    check('applications_carrier', sql`${t.carrier} IN ('platform', 'base')`),
  ],
);

// Every submission (first and after each return) kept as submitted, with the .docx and the hash printed on it
// (Art. 7(1); "every version kept"). Append-only.
export const applicationVersions = pgTable(
  'application_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** SHA-256 of the canonical JSON of content, printed on the application form. */
    contentSha256: varchar('content_sha256', { length: 64 }).notNull(),
    documentFileId: uuid('document_file_id').references(() => files.id),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('application_versions_unique').on(t.applicationId, t.version)],
);

// The seven kinds of material of Art. 7(1) as uploaded files. A removed material keeps its row (removed_at set).
export const applicationMaterials = pgTable(
  'application_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    kind: text('kind').notNull(),
    fileId: uuid('file_id').notNull().references(() => files.id),
    addedBy: uuid('added_by').references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('application_materials_application_idx').on(t.applicationId, t.kind)],
);

// The history of one application: every transition of the lifecycle table that was applied, with its reason
// and effects. Append-only; this is what the applicant sees as 办理记录.
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    fromState: text('from_state').notNull(),
    event: text('event').notNull(),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorRole: text('actor_role').notNull(),
    reason: text('reason'),
    isReasonPublic: boolean('is_reason_public').notNull().default(false),
    effects: jsonb('effects').$type<unknown[]>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.occurredAt)],
);

// The province's formal check (形式审查) of a recommended application, Art. 7(2). The latest row counts.
export const formalChecks = pgTable(
  'formal_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    isPassed: boolean('is_passed').notNull(),
    note: text('note').notNull().default(''),
    checkedBy: uuid('checked_by').references(() => users.id),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('formal_checks_application_idx').on(t.applicationId, t.checkedAt)],
);
