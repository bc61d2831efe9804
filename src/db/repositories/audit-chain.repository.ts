// Reads of the audit hash chain (F7 item 1, ADR 0018). Links are written only by the database itself (the deferred
// trigger audit_log_seal, migration 0018); nothing here writes.
import { asc, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditChain, auditLog } from '../schema/index';

export interface ChainLink {
  seq: number;
  auditId: number;
  prevHash: string;
  hash: string;
  /** audit_digest_input of the linked record as the database renders it now; null when the record is gone. */
  digestInput: string | null;
}

export interface ChainHead {
  seq: number;
  auditId: number;
  hash: string;
}

export const auditChainRepository = {
  /** Links after `afterSeq` in seq order, each with the digest input of its audit record. */
  async findLinksAfter(db: Db, afterSeq: number, limit: number): Promise<ChainLink[]> {
    return db
      .select({
        seq: auditChain.seq,
        auditId: auditChain.auditId,
        prevHash: auditChain.prevHash,
        hash: auditChain.hash,
        digestInput: sql<string | null>`CASE WHEN ${auditLog.id} IS NULL THEN NULL ELSE audit_digest_input(${auditLog}) END`,
      })
      .from(auditChain)
      .leftJoin(auditLog, eq(auditLog.id, auditChain.auditId))
      .where(gt(auditChain.seq, afterSeq))
      .orderBy(asc(auditChain.seq))
      .limit(limit);
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
