import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Append-only (a trigger in migration 0001 refuses UPDATE and DELETE). Written in the same transaction as the
// change it records. The hash chain is kept in audit_chain (F7 item 1, ADR 0018).
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    requestId: text('request_id'),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [index('audit_log_object_idx').on(t.objectType, t.objectId), index('audit_log_time_idx').on(t.occurredAt)],
);

// F7 item 1 (ADR 0018): the hash chain over audit_log. A deferred trigger (migration 0018) appends one link per
// audit record when its transaction commits, under one advisory lock, so the chain follows commit order and no
// lock is held while the business transaction runs. hash = sha256(prev_hash || '|' || audit_digest_input(record)).
// Append-only like the log itself.
export const auditChain = pgTable('audit_chain', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  auditId: bigint('audit_id', { mode: 'number' }).notNull().unique(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
});
