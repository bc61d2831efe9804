import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { annualCalls } from './annual-calls';
import { files } from './files';
import { users } from './users';

/** One line of a notice as published: what the public sees, never a score (Art. 8). */
export interface NoticeEntry {
  applicationId: string;
  applicationNumber: string;
  name: string;
  organisationName: string;
  cityCode: string;
  countyCode: string;
  carrier: 'platform' | 'base';
}

// 公示 (Art. 7(2)(4)): a published list, 5 working days (DESIGN §3), in neutral order (division code, then name).
// Published once, never edited.
export const publicityNotices = pgTable(
  'publicity_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id').references(() => annualCalls.id),
    stage: text('stage').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** Last day on which the province must have resolved every objection to this notice. */
    handlingDueOn: date('handling_due_on', { mode: 'string' }).notNull(),
    entries: jsonb('entries').$type<NoticeEntry[]>().notNull(),
    documentFileId: uuid('document_file_id').references(() => files.id),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('publicity_notices_published_idx').on(t.publishedOn),
    check('publicity_notices_stage', sql`${t.stage} IN ('creation', 'certification')`),
    check('publicity_notices_window', sql`${t.startsOn} <= ${t.endsOn} AND ${t.endsOn} <= ${t.handlingDueOn}`),
  ],
);

// 异议 to one entry of a notice, from anyone with a real name (Art. 7(2)). The receipt number lets the objector
// refer to it. Status moves received → upheld | unfounded once, with the investigation written down.
export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id').notNull().references(() => publicityNotices.id),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    receiptNumber: text('receipt_number').notNull().unique(),
    objectorName: text('objector_name').notNull(),
    objectorPhone: text('objector_phone').notNull(),
    objectorEmail: text('objector_email'),
    objectorOrganisation: text('objector_organisation'),
    facts: text('facts').notNull(),
    attachmentFileIds: jsonb('attachment_file_ids').$type<string[]>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('received'),
    investigation: text('investigation'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('objections_notice_idx').on(t.noticeId, t.status),
    index('objections_application_idx').on(t.applicationId),
    check('objections_status', sql`${t.status} IN ('received', 'upheld', 'unfounded')`),
    check('objections_decided', sql`(${t.status} = 'received') = (${t.decidedAt} IS NULL)`),
  ],
);
