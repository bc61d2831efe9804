import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { REGISTRY_SOURCES, REGISTRY_STATUSES } from '../../domain/registry/filters';
import { NATIONAL_ROW_OUTCOMES } from '../../domain/registry/national-tier';
import type { FormerName } from '../../domain/registry/types';
import { applications } from './applications';
import { files } from './files';
import { users } from './users';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export type { FormerName };

// 信息数据库 (Art. 8: 建立示范平台（基地）信息数据库; ADR 0017): one row per listed platform or base, whatever its
// source — an object of this programme (written in the same transaction as each of its lifecycle changes), an entry
// certified before the system (legacy), or a national entry from MIIT's list only (miit). It is a read model: what
// the public sees, never a person's data, never a score (Art. 8).
export const registryEntries = pgTable(
  'registry_entries',
  {
    // For a programme entry the application's id, so the public id survives a rebuild.
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    applicationId: uuid('application_id').unique().references(() => applications.id),
    name: text('name').notNull(),
    operatorName: text('operator_name').notNull(),
    operatorCreditCode: varchar('operator_credit_code', { length: 18 }),
    carrier: text('carrier').notNull(),
    /** Platforms only: comprehensive (综合型) or professional (专业型). */
    platformKind: text('platform_kind'),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    countyCode: varchar('county_code', { length: 9 }).notNull(),
    isProvincial: boolean('is_provincial').notNull(),
    isNational: boolean('is_national').notNull().default(false),
    batchYear: integer('batch_year'),
    status: text('status').notNull(),
    /** A finer public word on the status, e.g. 复核中 or 已取消创建资格. */
    statusDetail: text('status_detail'),
    certificateNumber: text('certificate_number'),
    certifiedOn: date('certified_on', { mode: 'string' }),
    serviceItems: jsonb('service_items').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** The organisation's public service phone and website (单位对外服务电话/网址), never a contact person's. */
    publicPhone: text('public_phone'),
    website: text('website'),
    formerNames: jsonb('former_names').$type<FormerName[]>().notNull().default(sql`'[]'::jsonb`),
    /** normaliseSearch(name, operator, former names, certificate number): searched with strpos (ADR 0017). */
    searchText: text('search_text').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // The neutral order (neutral-order.ts) sorts text byte-wise: the index must too, or it is never used.
    index('registry_entries_order_idx').on(sql`${t.cityCode} COLLATE "C"`, sql`${t.countyCode} COLLATE "C"`, sql`${t.name} COLLATE "C"`, t.id),
    index('registry_entries_status_idx').on(t.status),
    index('registry_entries_year_idx').on(t.batchYear),
    index('registry_entries_credit_code_idx').on(t.operatorCreditCode),
    check('registry_entries_source', sql`${t.source} IN (${inList(REGISTRY_SOURCES)})`),
    check('registry_entries_status', sql`${t.status} IN (${inList(REGISTRY_STATUSES)})`),
    check('registry_entries_carrier', sql`${t.carrier} IN ('platform', 'base')`),
    check('registry_entries_programme_has_application', sql`(${t.source} = 'programme') = (${t.applicationId} IS NOT NULL)`),
  ],
);

// The public history of an entry (its 状态变化记录): what happened and when, with the published reason only.
// Append-only.
export const registryHistory = pgTable(
  'registry_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id').notNull().references(() => registryEntries.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    publicReason: text('public_reason'),
    /** The lifecycle event it shows (application_events.id), so projecting it twice adds it once. */
    applicationEventId: uuid('application_event_id').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('registry_history_entry_idx').on(t.entryId, t.occurredOn)],
);

// One row per registry write, appended in the writer's transaction (ADR 0017). The registry's version is the number
// of committed rows: it moves only when a write commits, writers never wait on each other for it (a single counter
// row would be locked mid-transaction and could deadlock with the application locks), and it never goes back.
export const registryChanges = pgTable('registry_changes', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

// 国家级名单导入 (Art. 9): the province uploads MIIT's list of national platforms and bases; each row is matched to a
// registry entry by the operator's credit code, and the rows left over are matched by hand.
export const nationalTierUploads = pgTable('national_tier_uploads', {
  id: uuid('id').primaryKey().defaultRandom(),
  fileId: uuid('file_id').notNull().references(() => files.id),
  fileName: text('file_name').notNull(),
  title: text('title').notNull(),
  rowCount: integer('row_count').notNull(),
  uploadedBy: uuid('uploaded_by').notNull().references(() => users.id),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
});

export const nationalTierRows = pgTable(
  'national_tier_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uploadId: uuid('upload_id').notNull().references(() => nationalTierUploads.id),
    rowNumber: integer('row_number').notNull(),
    name: text('name').notNull(),
    operatorName: text('operator_name').notNull(),
    /** As written in the list; may be malformed (then the row is unmatched). */
    creditCode: text('credit_code').notNull(),
    carrier: text('carrier'),
    cityText: text('city_text'),
    batchText: text('batch_text'),
    outcome: text('outcome').notNull(),
    entryId: uuid('entry_id').references(() => registryEntries.id),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    isResolvedManually: boolean('is_resolved_manually').notNull().default(false),
  },
  (t) => [
    uniqueIndex('national_tier_rows_unique').on(t.uploadId, t.rowNumber),
    check('national_tier_rows_outcome', sql`${t.outcome} IN (${inList(NATIONAL_ROW_OUTCOMES)})`),
  ],
);
