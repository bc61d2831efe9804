// ADR 0022 (等保2.0 三级 8.1.4.3 c, 8.1.4.7): anchors written outside the database catch what the chain alone cannot —
// a tail cut together with its links, and a record rewritten with every later link rebuilt — and a missing anchor
// file is said. Tampering is done as the owner and repaired afterwards; each test writes its own anchor file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { auditLogRepository, type AuditEntry } from '../../db/repositories/audit-log.repository';
import { cutTail, rebuildChainFrom, restoreTail } from '../../db/testing/audit-anchor-fixtures';
import { linksOfObject, overwriteAuditAfter } from '../../db/testing/audit-chain-fixtures';
import { createTestDatabase } from '../../db/testing/create-test-database';
import { fixedClock } from '../clock';
import { anchorAuditChain, dailyAuditAnchor, readAuditAnchors, verifyAuditChainAnchored } from './audit-anchors';
import { auditVerifyReport } from './audit-verify-report';
import { verifyAuditChain } from './verify-audit-chain';

let database: Database;
let dir: string;
let fileCount = 0;
beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'shifan-anchors-'));
});
afterAll(async () => {
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

const newAnchorFile = () => path.join(dir, `nested-${(fileCount += 1)}`, 'audit-anchors.jsonl');
const NOW = new Date('2026-11-29T02:00:00Z');
/** As `npm run audit:anchor -- --init` does it; the guards on a missing file are in audit-anchor-guards.integration.test.ts. */
const FULL = { mayCreateFile: true, scope: 'full' } as const;

const entry = (objectId: string, after: unknown = { n: 1 }): AuditEntry => ({
  occurredAt: new Date('2026-11-28T02:00:00Z'),
  requestId: null,
  actorUserId: null,
  actorRole: 'province',
  action: 'test.anchored',
  objectType: 'test',
  objectId,
  before: null,
  after,
  ip: null,
});

async function append(...objectIds: string[]): Promise<void> {
  for (const objectId of objectIds) await auditLogRepository.append(database.db, entry(objectId));
}

async function verdictWith(file: string) {
  const checked = await verifyAuditChainAnchored(database.db, file);
  if (checked.anchorFile === 'unreadable') throw new Error(checked.message);
  return checked.verdict;
}

describe('audit chain anchors outside the database', () => {
  it('writes the head as one JSON line, only when it moved, and verifies against every anchor', async () => {
    const file = newAnchorFile();
    await append('a-1', 'a-2');
    const first = await anchorAuditChain(database.db, file, NOW, FULL);
    const head = await verifyAuditChain(database.db);
    if (first.kind !== 'anchored' || !head.isIntact) throw new Error(`not anchored: ${JSON.stringify(first)}`);
    expect(first.anchor).toEqual({ seq: head.head!.seq, hash: head.head!.hash, recordedAt: NOW.toISOString() });
    expect(await anchorAuditChain(database.db, file, NOW, FULL)).toEqual({ kind: 'unchanged', anchor: first.anchor });
    await append('a-3');
    expect((await anchorAuditChain(database.db, file, NOW, FULL)).kind).toBe('anchored');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toEqual(first.anchor);
    expect(await verdictWith(file)).toMatchObject({ isIntact: true, anchorCount: 2 });
  });

  it('catches a tail cut together with its links after an anchor, naming the anchored seq', async () => {
    const file = newAnchorFile();
    await append('cut-1', 'cut-2', 'cut-3');
    const anchored = await anchorAuditChain(database.db, file, NOW, FULL);
    if (anchored.kind !== 'anchored') throw new Error('not anchored');
    const cut = await cutTail(database.db, 2);
    try {
      // The chain alone still holds: this is what the anchor is for.
      expect(await verifyAuditChain(database.db)).toMatchObject({ isIntact: true, linkCount: anchored.anchor.seq - 2 });
      const verdict = await verdictWith(file);
      expect(verdict).toMatchObject({ isIntact: false, broken: { seq: anchored.anchor.seq, problem: 'anchor-beyond-head' } });
      if (!verdict.isIntact) expect(verdict.broken.message).toContain(`第 ${anchored.anchor.seq} 号`);
      expect(await anchorAuditChain(database.db, file, NOW, FULL)).toMatchObject({ kind: 'refused' });
    } finally {
      await restoreTail(database.db, cut);
    }
    expect(await verdictWith(file)).toMatchObject({ isIntact: true });
  });

  it('catches a record before an anchor rewritten with every later link rebuilt', async () => {
    const file = newAnchorFile();
    await auditLogRepository.append(database.db, entry('rewritten', { amount: 100 }));
    await append('after-rewrite');
    const anchored = await anchorAuditChain(database.db, file, NOW, FULL);
    if (anchored.kind !== 'anchored') throw new Error('not anchored');
    const [link] = await linksOfObject(database.db, 'rewritten');
    await overwriteAuditAfter(database.db, link!.auditId, { amount: 1 });
    await rebuildChainFrom(database.db, link!.seq);
    try {
      expect((await verifyAuditChain(database.db)).isIntact).toBe(true);
      const verdict = await verdictWith(file);
      expect(verdict).toMatchObject({ isIntact: false, broken: { seq: anchored.anchor.seq, problem: 'anchor-mismatch' } });
      if (!verdict.isIntact) expect(verdict.broken.message).toContain(`哈希链第 ${anchored.anchor.seq} 号链接`);
    } finally {
      await overwriteAuditAfter(database.db, link!.auditId, { amount: 100 });
      await rebuildChainFrom(database.db, link!.seq);
    }
    expect(await verdictWith(file)).toMatchObject({ isIntact: true, anchorCount: 1 });
  });

  it('says when there is no anchor file: printed in demo, a failure in production', async () => {
    const file = newAnchorFile();
    const checked = await verifyAuditChainAnchored(database.db, file);
    expect(checked).toMatchObject({ anchorFile: 'missing', verdict: { isIntact: true, anchorCount: 0 } });
    const demo = auditVerifyReport(checked, file, 'demo');
    expect(demo.isFailure).toBe(false);
    expect(demo.err).toEqual([expect.stringContaining(`未找到锚点文件 ${file}`)]);
    expect(demo.out[0]).toMatch(/^OK 审计哈希链完整/);
    expect(auditVerifyReport(checked, file, 'production').isFailure).toBe(true);
  });

  it('refuses an anchor file with a line that is not an anchor, naming the line', async () => {
    const file = newAnchorFile();
    await anchorAuditChain(database.db, file, NOW, FULL);
    const valid = await readFile(file, 'utf8');
    await writeFile(file, `${valid}{"seq": 1, "hash": "edited"}\n`);
    expect(await readAuditAnchors(file)).toMatchObject({ status: 'unreadable', line: 2 });
    const checked = await verifyAuditChainAnchored(database.db, file);
    expect(auditVerifyReport(checked, file, 'demo')).toMatchObject({ isFailure: true, err: [expect.stringContaining('第 2 行')] });
    expect(await anchorAuditChain(database.db, file, NOW, FULL)).toMatchObject({ kind: 'refused' });
  });

  it('daily: anchors once per Shanghai day, again the next day, and not on a day the file already has', async () => {
    const file = newAnchorFile();
    const clock = fixedClock(new Date('2026-12-01T15:30:00Z')); // 2026-12-01 23:30 in Shanghai
    const daily = dailyAuditAnchor({ db: database.db, clock }, file, { mayCreateFile: true });
    expect(await daily()).toMatchObject({ level: 'info', message: expect.stringContaining('审计哈希链已锚定') });
    await append('daily-1');
    expect(await daily()).toBeNull();
    clock.set(new Date('2026-12-01T16:00:00Z')); // 2026-12-02 00:00 in Shanghai
    expect(await daily()).toMatchObject({ level: 'info' });
    expect(await readAuditAnchors(file)).toMatchObject({ status: 'read', anchors: [{}, {}] });
    await append('daily-2');
    // A server started later that day finds today's anchor in the file and waits for tomorrow.
    expect(await dailyAuditAnchor({ db: database.db, clock }, file, { mayCreateFile: true })()).toBeNull();
  });
});
