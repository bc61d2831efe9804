import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { files } from './files';
import { users } from './users';

// Creation-period data (Art. 6, 13; Attachments 1–2; DESIGN §4): what a platform or base reports about its service,
// so the province tracks results from data rather than self-declared totals. Every table is append-only (DESIGN §5:
// data are never deleted; corrections are new records). Records are keyed to the application, which is the
// lifecycle record of the platform/base from creation through certification and re-review.

/** One import of one dataset: a file, an API push or a form correction. Counts are what the import did. */
export const dataImports = pgTable(
  'data_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    dataset: text('dataset').notNull(),
    source: text('source').notNull(),
    fileName: text('file_name'),
    fileSha256: varchar('file_sha256', { length: 64 }),
    totalRows: integer('total_rows').notNull(),
    acceptedRows: integer('accepted_rows').notNull(),
    /** Valid rows already stored by an earlier import (same record key): not counted twice. */
    duplicateRows: integer('duplicate_rows').notNull(),
    rejectedRows: integer('rejected_rows').notNull(),
    /** Rejected rows per column header, e.g. {"统一社会信用代码": 3} — a data-quality signal (Art. 12). */
    rejectedByColumn: jsonb('rejected_by_column').$type<Record<string, number>>().notNull(),
    /** The Excel error report (row, column, value, reason); null when nothing was rejected. */
    errorReportFileId: uuid('error_report_file_id').references(() => files.id),
    apiKeyId: uuid('api_key_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('data_imports_application_idx').on(t.applicationId, t.createdAt),
    check('data_imports_source', sql`${t.source} IN ('file', 'api', 'form')`),
  ],
);

/**
 * 服务记录: one service to one enterprise on one day. `recordKey` is a 64-bit hash of the platform's own record id
 * when it gives one, else of the row's content, so importing the same file twice stores each record once.
 *
 * The biggest table by far (a platform may send a million rows a year), so it is lean for bulk loading (ADR 0013):
 * no foreign keys and no unique index — rows are written only by the import engine, inside the import's transaction
 * under a per-object advisory lock, after its data_imports row and with the keys already stored removed — and a BRIN
 * index on the application, whose rows arrive in runs, instead of b-trees that every row of a COPY would update.
 */
export const serviceRecords = pgTable(
  'service_records',
  {
    /**
     * Unique without a b-tree (a primary key index cost ~0.7 s per million imported rows, ADR 0014): an import
     * writes serviceRecordImportSerial × 2^24 + the row's position in the import, so the server draws no number per
     * row; rows written one by one (test builders) take the column's own sequence, which stays far below 2^44.
     * Ids grow with time, so BRIN finds one.
     */
    id: bigserial('id', { mode: 'number' }).notNull(),
    applicationId: uuid('application_id').notNull(),
    importId: uuid('import_id').notNull(),
    recordKey: bigint('record_key', { mode: 'bigint' }).notNull(),
    externalId: text('external_id'),
    creditCode: varchar('credit_code', { length: 18 }).notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    /** The division where the enterprise was served (county or town level; mapped up for coverage). */
    divisionCode: varchar('division_code', { length: 12 }).notNull(),
    serviceItem: text('service_item').notNull(),
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    /** Optional survey answer, 1 (很不满意) … 5 (非常满意). */
    satisfaction: smallint('satisfaction'),
  },
  (t) => [
    index('service_records_application_brin').using('brin', t.applicationId),
    index('service_records_id_brin').using('brin', t.id),
    check('service_records_channel', sql`${t.channel} IN ('online', 'offline')`),
    check('service_records_satisfaction', sql`${t.satisfaction} IS NULL OR ${t.satisfaction} BETWEEN 1 AND 5`),
  ],
);

/** One number per service-record import, the high part of its records' ids (ADR 0014); 2^20 × 2^24 = 2^44. */
export const serviceRecordImportSerial = pgSequence('service_record_import_serial', { startWith: 1_048_576 });

/**
 * A service record taken back (作废) with a reason; the record itself stays. record_id has no foreign key (service_records
 * has no unique index to point at, ADR 0014): the void use case finds the record of the object under its lock, and
 * records are append-only, so the one it names can never go.
 */
export const serviceRecordVoids = pgTable('service_record_voids', {
  recordId: bigint('record_id', { mode: 'number' }).primaryKey(),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  reason: text('reason').notNull(),
  voidedBy: uuid('voided_by').references(() => users.id),
  voidedAt: timestamp('voided_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 线下服务活动 (platforms) and 服务活动 (bases): participants are the distinct credit codes of enterprises. */
export const serviceEvents = pgTable(
  'service_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    importId: uuid('import_id').notNull().references(() => dataImports.id),
    eventKey: bigint('event_key', { mode: 'bigint' }).notNull(),
    externalId: text('external_id'),
    eventDate: date('event_date', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    /** Distinct, sorted credit codes of the participating enterprises. */
    participantCodes: text('participant_codes').array().notNull(),
    participantCount: integer('participant_count').notNull(),
  },
  (t) => [
    uniqueIndex('service_events_key_idx').on(t.applicationId, t.eventKey),
    index('service_events_date_idx').on(t.applicationId, t.eventDate),
  ],
);

/** An event taken back (作废) with a reason; the event itself stays and no longer counts. */
export const serviceEventVoids = pgTable('service_event_voids', {
  eventId: uuid('event_id').primaryKey().references(() => serviceEvents.id),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  reason: text('reason').notNull(),
  voidedBy: uuid('voided_by').references(() => users.id),
  voidedAt: timestamp('voided_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 服务资源池: service organisations (by credit code) and experts, with their agreement file. Latest row per key wins. */
export const resourceEntries = pgTable(
  'resource_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    importId: uuid('import_id').notNull().references(() => dataImports.id),
    kind: text('kind').notNull(),
    /** Credit code of an organisation; for an expert, name + employer as written. */
    identifier: text('identifier').notNull(),
    name: text('name').notNull(),
    field: text('field').notNull(),
    agreementStartsOn: date('agreement_starts_on', { mode: 'string' }).notNull(),
    agreementEndsOn: date('agreement_ends_on', { mode: 'string' }),
    agreementFileId: uuid('agreement_file_id').references(() => files.id),
    /** False records the resource leaving the pool (a correction is a new row). */
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('resource_entries_key_idx').on(t.applicationId, t.kind, t.identifier, t.createdAt),
    check('resource_entries_kind', sql`${t.kind} IN ('organisation', 'expert')`),
  ],
);

/** Dated size of each of the four resource libraries (中小企业库、政策库、服务机构库、产品（案例）库). */
export const libraryCounts = pgTable(
  'library_counts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    importId: uuid('import_id').notNull().references(() => dataImports.id),
    library: text('library').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
    /** 政策库 only: whether policy push (政策推送) works as of that day. */
    hasPolicyPush: boolean('has_policy_push'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('library_counts_key_idx').on(t.applicationId, t.library, t.asOf, t.createdAt),
    check('library_counts_library', sql`${t.library} IN ('sme', 'policy', 'organisation', 'product')`),
    check('library_counts_count', sql`${t.count} >= 0`),
  ],
);

/** 服务入口: the PC site and mobile entries (APP, 小程序, 公众号, H5) with the registration time. */
export const entryPoints = pgTable(
  'entry_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    importId: uuid('import_id').notNull().references(() => dataImports.id),
    kind: text('kind').notNull(),
    mobileType: text('mobile_type'),
    address: text('address').notNull(),
    /** Minutes to complete registration; null when users need not register. */
    registrationMinutes: numeric('registration_minutes', { mode: 'number' }),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('entry_points_key_idx').on(t.applicationId, t.kind, t.address, t.createdAt),
    check('entry_points_kind', sql`${t.kind} IN ('pc', 'mobile')`),
  ],
);

/** 入驻企业 of a base, per reporting year. Revenue and R&D in 万元. Latest row per (year, credit code) wins. */
export const baseEnterprises = pgTable(
  'base_enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    importId: uuid('import_id').notNull().references(() => dataImports.id),
    year: integer('year').notNull(),
    creditCode: varchar('credit_code', { length: 18 }).notNull(),
    name: text('name').notNull(),
    /** GB/T 4754-2017 industry class, e.g. C3981. */
    industryCode: varchar('industry_code', { length: 5 }).notNull(),
    revenue: numeric('revenue', { mode: 'number' }).notNull(),
    rdSpending: numeric('rd_spending', { mode: 'number' }).notNull(),
    inventionPatents: integer('invention_patents').notNull(),
    /** Highest quality category (Attachment 2), or null. */
    qualityCategory: text('quality_category'),
    /** False records that the enterprise is not (or no longer) resident that year: a correction, not a deletion. */
    isResident: boolean('is_resident').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('base_enterprises_key_idx').on(t.applicationId, t.year, t.creditCode, t.createdAt)],
);

/** 基地基本情况 per year: leading industry, land, employees and the three ecosystem carriers. Latest row per year wins. */
export const baseProfiles = pgTable(
  'base_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    importId: uuid('import_id').notNull().references(() => dataImports.id),
    year: integer('year').notNull(),
    leadingIndustry: text('leading_industry').notNull(),
    /** GB/T 4754 codes (门类 letter, 大类 2 digits, …) whose enterprises count as the leading industry. */
    leadingIndustryCodes: text('leading_industry_codes').array().notNull(),
    /** 亩. */
    landArea: numeric('land_area', { mode: 'number' }).notNull(),
    employees: integer('employees').notNull(),
    hasIncubator: boolean('has_incubator').notNull(),
    hasTechPlatform: boolean('has_tech_platform').notNull(),
    hasIndustryFund: boolean('has_industry_fund').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('base_profiles_key_idx').on(t.applicationId, t.year, t.createdAt)],
);

/** Per-platform (per-application) keys for the JSON push API. Only the SHA-256 of the key is stored. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    label: text('label').notNull(),
    /** The first characters of the key, shown so an operator can tell keys apart. */
    keyPrefix: varchar('key_prefix', { length: 16 }).notNull().unique(),
    keySha256: varchar('key_sha256', { length: 64 }).notNull().unique(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_application_idx').on(t.applicationId)],
);

/** One goal of the plan and how far it has come, as the operator reports it. */
export interface GoalProgress {
  indicatorCode: string;
  target: string;
  progress: string;
}

/** 半年进展报告: one per half year of the creation period; the city comments once. */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    /** 1 for the first half year of the creation period, 2 for the second, … */
    halfYear: integer('half_year').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    narrative: text('narrative').notNull(),
    goalProgress: jsonb('goal_progress').$type<GoalProgress[]>().notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    cityComment: text('city_comment'),
    cityCommentedBy: uuid('city_commented_by').references(() => users.id),
    cityCommentedAt: timestamp('city_commented_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('progress_reports_half_idx').on(t.applicationId, t.halfYear)],
);
