// F7 item 1 (ADR 0018, ADR 0022; 等保2.0 三级 8.1.4.3 c, 8.1.4.7 b): recompute the audit hash chain outside the database
// and name the first record that no longer matches. Both the hashed text (audit-digest-input.ts, from the raw
// columns) and the hash are computed here in Node, so a database whose audit_digest_input was replaced to lie cannot
// vouch for itself; anchors kept outside the database (audit-anchors.ts) catch a cut tail or a rebuilt chain.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { auditChainRepository, type ChainHead, type ChainLink } from '../../db/repositories/audit-chain.repository';
import type { AuditAnchor } from './audit-anchors';
import { auditDigestInput } from './audit-digest-input';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditChainProblem =
  | 'link-missing'
  | 'record-missing'
  | 'prev-hash-mismatch'
  | 'hash-mismatch'
  | 'record-unlinked'
  /** ADR 0022: the link at an anchored seq has another hash (the chain was rebuilt from an earlier record). */
  | 'anchor-mismatch'
  /** ADR 0022: the chain ends before an anchored seq (its tail was cut). */
  | 'anchor-beyond-head';

export interface AuditChainBreak {
  /** The link's sequence number (for link-missing: the number that is absent); null for an unlinked record. */
  seq: number | null;
  /** The audit record concerned; null when a link is missing and the record it sealed cannot be known from the chain. */
  auditId: number | null;
  problem: AuditChainProblem;
  message: string;
}

/** anchorCount: how many anchors were checked (0 when none were given). */
export type AuditChainVerdict =
  | { isIntact: true; linkCount: number; head: ChainHead | null; anchorCount: number }
  | { isIntact: false; linkCount: number; broken: AuditChainBreak; anchorCount: number };

export function chainHash(prevHash: string, digestInput: string): string {
  return createHash('sha256').update(`${prevHash}|${digestInput}`, 'utf8').digest('hex');
}

const BATCH = 2000;

/**
 * Walks the chain in seq order inside one read-only snapshot, so records committing meanwhile cannot confuse it, and
 * checks every anchor on the way: the link at its seq must exist and carry its hash (ADR 0022).
 * `from` (the servers' daily anchoring, ADR 0022): start at that anchor instead of the genesis — its link must exist,
 * carry its hash and hash its own record; the links before it and unlinked records are left to `npm run audit:verify`.
 */
export async function verifyAuditChain(
  db: Db,
  batchSize = BATCH,
  anchors: readonly AuditAnchor[] = [],
  from?: AuditAnchor,
): Promise<AuditChainVerdict> {
  const held = from ? [...anchors, from] : anchors;
  const anchored = anchorsBySeq(held);
  const anchorCount = held.length;
  return db.transaction(
    async (tx) => {
      let expectedSeq = from?.seq ?? 1;
      // From an anchor the first link's own prevHash is taken: the anchored hash vouches for it.
      let prevHash: string | null = from ? null : GENESIS_HASH;
      let head: ChainHead | null = null;
      for (;;) {
        const links = await auditChainRepository.findLinksAfter(tx, expectedSeq - 1, batchSize);
        for (const link of links) {
          const broken = checkLink(link, expectedSeq, prevHash ?? link.prevHash) ?? checkAnchor(link, anchored.get(link.seq));
          if (broken) return { isIntact: false, linkCount: expectedSeq - 1, broken, anchorCount };
          head = { seq: link.seq, auditId: link.auditId, hash: link.hash };
          prevHash = link.hash;
          expectedSeq += 1;
        }
        if (links.length < batchSize) break;
      }
      const linkCount = expectedSeq - 1;
      const beyond = [...anchored.keys()].filter((seq) => seq > linkCount).sort((a, b) => a - b)[0];
      if (beyond !== undefined) {
        // From an anchor whose link is gone the chain's true length was not counted.
        const reach = from && head === null ? `哈希链已没有第 ${beyond} 号链接` : `哈希链只有 ${linkCount} 条链接`;
        const broken: AuditChainBreak = {
          seq: beyond,
          auditId: null,
          problem: 'anchor-beyond-head',
          message: `${reach}，但锚点文件记录了第 ${beyond} 号链接：链尾的审计记录已被删除`,
        };
        return { isIntact: false, linkCount, broken, anchorCount };
      }
      if (from) return { isIntact: true, linkCount, head, anchorCount };
      const unlinked = await auditChainRepository.findFirstUnlinkedAuditId(tx);
      if (unlinked !== undefined) {
        const broken: AuditChainBreak = {
          seq: null,
          auditId: unlinked,
          problem: 'record-unlinked',
          message: `审计记录 ${unlinked} 没有哈希链链接（未经封存写入，或其链接已被删除）`,
        };
        return { isIntact: false, linkCount, broken, anchorCount };
      }
      return { isIntact: true, linkCount, head, anchorCount };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Anchors by seq; two anchors of one seq with different hashes cannot both hold, so the link is held to each. */
function anchorsBySeq(anchors: readonly AuditAnchor[]): Map<number, string[]> {
  const bySeq = new Map<number, string[]>();
  for (const anchor of anchors) bySeq.set(anchor.seq, [...(bySeq.get(anchor.seq) ?? []), anchor.hash]);
  return bySeq;
}

function checkAnchor(link: ChainLink, hashes: string[] | undefined): AuditChainBreak | null {
  const other = hashes?.find((hash) => hash !== link.hash);
  if (other === undefined) return null;
  return {
    seq: link.seq,
    auditId: link.auditId,
    problem: 'anchor-mismatch',
    message: `哈希链第 ${link.seq} 号链接（审计记录 ${link.auditId}）的哈希与锚点文件记录的 ${other} 不符：此前的审计记录被改写后重建了哈希链`,
  };
}

function checkLink(link: ChainLink, expectedSeq: number, prevHash: string): AuditChainBreak | null {
  const { seq, auditId } = link;
  if (seq !== expectedSeq) {
    return {
      seq: expectedSeq,
      auditId: null,
      problem: 'link-missing',
      message: `哈希链第 ${expectedSeq} 号链接缺失（下一链接为第 ${seq} 号，对应审计记录 ${auditId}）`,
    };
  }
  if (link.record === null) {
    return { seq, auditId, problem: 'record-missing', message: `哈希链第 ${seq} 号链接对应的审计记录 ${auditId} 已不存在` };
  }
  if (link.prevHash !== prevHash) {
    return { seq, auditId, problem: 'prev-hash-mismatch', message: `哈希链第 ${seq} 号链接（审计记录 ${auditId}）的前序哈希与上一链接不符` };
  }
  const digestInput = auditDigestInput(link.record);
  if (digestInput === null || chainHash(prevHash, digestInput) !== link.hash) {
    return { seq, auditId, problem: 'hash-mismatch', message: `审计记录 ${auditId}（哈希链第 ${seq} 号）的内容与封存时的哈希不符，记录可能被篡改` };
  }
  return null;
}
