import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// What the deadline job (F5 item 7) has done: one row per reminder, overdue mark or escalation, under a key that
// names the thing and the deadline (e.g. `acceptance-due:<applicationId>:2028-06-10:7`). The unique key makes the
// job idempotent: a second run, or a second app server running it at the same time, inserts nothing new.
export const deadlineActions = pgTable(
  'deadline_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    /** The application, notice, report… the action is about. */
    subjectId: uuid('subject_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('deadline_actions_subject_idx').on(t.subjectId)],
);

/** Each run of the deadline job: when, on which day (the injected clock) and what it did. */
export const jobRuns = pgTable('job_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  job: text('job').notNull(),
  today: date('today', { mode: 'string' }).notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  summary: jsonb('summary').$type<Record<string, number>>(),
});
