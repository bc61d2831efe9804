// F7 item 1 (ADR 0018; 等保2.0 三级 8.1.4.3 c, 8.1.4.7 b): recompute the audit hash chain outside the database and name
// the first record that no longer matches. The hash is recomputed here in Node, so a database that computes it
// wrongly (or a trigger replaced to lie) cannot vouch for itself.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { auditChainRepository, type ChainHead } from '../../db/repositories/audit-chain.repository';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditChainProblem = 'link-missing' | 'record-missing' | 'prev-hash-mismatch' | 'hash-mismatch' | 'record-unlinked';

export interface AuditChainBreak {
  /** The link's sequence number (for link-missing: the number that is absent); null for an unlinked record. */
  seq: number | null;
  /** The audit record concerned; null when a link is missing and the record it sealed cannot be known from the chain. */
  auditId: number | null;
  problem: AuditChainProblem;
  message: string;
}

export type AuditChainVerdict =
  | { isIntact: true; linkCount: number; head: ChainHead | null }
  | { isIntact: false; linkCount: number; broken: AuditChainBreak };

export function chainHash(prevHash: string, digestInput: string): string {
  return createHash('sha256').update(`${prevHash}|${digestInput}`, 'utf8').digest('hex');
}

const BATCH = 2000;

/** Walks the chain in seq order inside one read-only snapshot, so records committing meanwhile cannot confuse it. */
export async function verifyAuditChain(db: Db, batchSize = BATCH): Promise<AuditChainVerdict> {
  return db.transaction(
    async (tx) => {
      let expectedSeq = 1;
      let prevHash = GENESIS_HASH;
      let head: ChainHead | null = null;
      for (;;) {
        const links = await auditChainRepository.findLinksAfter(tx, expectedSeq - 1, batchSize);
        for (const link of links) {
          const broken = checkLink(link, expectedSeq, prevHash);
          if (broken) return { isIntact: false, linkCount: expectedSeq - 1, broken };
          head = { seq: link.seq, auditId: link.auditId, hash: link.hash };
          prevHash = link.hash;
          expectedSeq += 1;
        }
        if (links.length < batchSize) break;
      }
      const unlinked = await auditChainRepository.findFirstUnlinkedAuditId(tx);
      if (unlinked !== undefined) {
        const broken: AuditChainBreak = {
          seq: null,
          auditId: unlinked,
          problem: 'record-unlinked',
          message: `审计记录 ${unlinked} 没有哈希链链接（未经封存写入，或其链接已被删除）`,
        };
        return { isIntact: false, linkCount: expectedSeq - 1, broken };
      }
      return { isIntact: true, linkCount: expectedSeq - 1, head };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

function checkLink(
  link: { seq: number; auditId: number; prevHash: string; hash: string; digestInput: string | null },
  expectedSeq: number,
  prevHash: string,
): AuditChainBreak | null {
  const { seq, auditId } = link;
  if (seq !== expectedSeq) {
    return {
      seq: expectedSeq,
      auditId: null,
      problem: 'link-missing',
      message: `哈希链第 ${expectedSeq} 号链接缺失（下一链接为第 ${seq} 号，对应审计记录 ${auditId}）`,
    };
  }
  if (link.digestInput === null) {
    return { seq, auditId, problem: 'record-missing', message: `哈希链第 ${seq} 号链接对应的审计记录 ${auditId} 已不存在` };
  }
  if (link.prevHash !== prevHash) {
    return { seq, auditId, problem: 'prev-hash-mismatch', message: `哈希链第 ${seq} 号链接（审计记录 ${auditId}）的前序哈希与上一链接不符` };
  }
  if (chainHash(prevHash, link.digestInput) !== link.hash) {
    return { seq, auditId, problem: 'hash-mismatch', message: `审计记录 ${auditId}（哈希链第 ${seq} 号）的内容与封存时的哈希不符，记录可能被篡改` };
  }
  return null;
}
