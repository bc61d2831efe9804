// Reads of the audit hash chain (F7 item 1, ADR 0018). Links are written only by the database itself (the deferred
// trigger audit_log_seal, migration 0018); nothing here writes.
import { asc, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditChain, auditLog } from '../schema/index';

/**
 * One audit record's columns as plain text, read with built-in casts only (ADR 0022): the verifier rebuilds the hashed
 * text in Node from these, so replacing the SQL function audit_digest_input cannot hide an edit.
 */
export interface RawAuditRecord {
  id: number;
  /** extract(epoch from occurred_at)::text — seconds since 1970 in UTC with exactly six decimals, whatever the session time zone. */
  occurredAtEpoch: string | null;
  requestId: string | null;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  /** jsonb::text (built-in output), null for SQL NULL. */
  before: string | null;
  after: string | null;
  ip: string | null;
}

export interface ChainLink {
  seq: number;
  auditId: number;
  prevHash: string;
  hash: string;
  /** The linked audit record's raw columns; null when the record is gone. */
  record: RawAuditRecord | null;
}

export interface ChainHead {
  seq: number;
  auditId: number;
  hash: string;
}

export const auditChainRepository = {
  /** Links after `afterSeq` in seq order, each with the raw columns of its audit record (no SQL function of ours is called). */
  async findLinksAfter(db: Db, afterSeq: number, limit: number): Promise<ChainLink[]> {
    const rows = await db
      .select({
        seq: auditChain.seq,
        auditId: auditChain.auditId,
        prevHash: auditChain.prevHash,
        hash: auditChain.hash,
        id: auditLog.id,
        occurredAtEpoch: sql<string | null>`extract(epoch from ${auditLog.occurredAt})::text`,
        requestId: auditLog.requestId,
        actorUserId: sql<string | null>`${auditLog.actorUserId}::text`,
        actorRole: auditLog.actorRole,
        action: auditLog.action,
        objectType: auditLog.objectType,
        objectId: auditLog.objectId,
        before: sql<string | null>`${auditLog.before}::text`,
        after: sql<string | null>`${auditLog.after}::text`,
        ip: auditLog.ip,
      })
      .from(auditChain)
      .leftJoin(auditLog, eq(auditLog.id, auditChain.auditId))
      .where(gt(auditChain.seq, afterSeq))
      .orderBy(asc(auditChain.seq))
      .limit(limit);
    return rows.map(({ seq, auditId, prevHash, hash, id, action, objectType, ...rest }) => ({
      seq,
      auditId,
      prevHash,
      hash,
      record: id === null || action === null || objectType === null ? null : { id, action, objectType, ...rest },
    }));
  },

  /** The lowest-id audit record that has no link (written with the sealing trigger off, or its link removed). */
  async findFirstUnlinkedAuditId(db: Db): Promise<number | undefined> {
    const [row] = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .leftJoin(auditChain, eq(auditChain.auditId, auditLog.id))
      .where(isNull(auditChain.seq))
      .orderBy(asc(auditLog.id))
      .limit(1);
    return row?.id;
  },

  async findHead(db: Db): Promise<ChainHead | undefined> {
    const [row] = await db
      .select({ seq: auditChain.seq, auditId: auditChain.auditId, hash: auditChain.hash })
      .from(auditChain)
      .orderBy(desc(auditChain.seq))
      .limit(1);
    return row;
  },

  async countAuditRecords(db: Db): Promise<number> {
    const [row] = await db.select({ n: count() }).from(auditLog);
    return row?.n ?? 0;
  },
};
