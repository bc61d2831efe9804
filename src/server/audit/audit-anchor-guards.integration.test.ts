// ADR 0022 (等保2.0 三级 8.1.4.3 c): a deleted anchor file is not quietly started again — production servers log an
// error naming `npm run audit:anchor -- --init`, only demo servers and --init create it — and the servers' daily run
// verifies only from the last anchor on (the whole chain is audit:verify's job). Each test writes its own anchor file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { auditLogRepository, type AuditEntry } from '../../db/repositories/audit-log.repository';
import { cutTail, rebuildChainFrom, restoreTail } from '../../db/testing/audit-anchor-fixtures';
import { linksOfObject, overwriteAuditAfter } from '../../db/testing/audit-chain-fixtures';
import { createTestDatabase } from '../../db/testing/create-test-database';
import { fixedClock } from '../clock';
import { runAuditAnchor } from './audit-anchor-command';
import { anchorAuditChain, dailyAuditAnchor, readAuditAnchors } from './audit-anchors';
import { verifyAuditChain } from './verify-audit-chain';

let database: Database;
let dir: string;
let fileCount = 0;
beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'shifan-anchor-guards-'));
});
afterAll(async () => {
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

const newAnchorFile = () => path.join(dir, `nested-${(fileCount += 1)}`, 'audit-anchors.jsonl');
const NOW = new Date('2026-11-29T02:00:00Z');
/** The next Shanghai day after NOW's anchor: the daily run is due. */
const nextDay = () => fixedClock(new Date('2026-11-30T02:00:00Z'));
const INIT = { mayCreateFile: true, scope: 'full' } as const;

async function append(objectId: string, after: unknown = { n: 1 }): Promise<void> {
  const entry: AuditEntry = {
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
  };
  await auditLogRepository.append(database.db, entry);
}

describe('a missing anchor file is not started again quietly', () => {
  it('production server: a deleted file after a cut tail stays missing and every tick logs the error naming --init', async () => {
    const file = newAnchorFile();
    await append('deleted-1');
    await append('deleted-2');
    expect(await anchorAuditChain(database.db, file, NOW, INIT)).toMatchObject({ kind: 'anchored', isFileCreated: true });
    const cut = await cutTail(database.db, 1);
    try {
      await rm(file);
      const daily = dailyAuditAnchor({ db: database.db, clock: nextDay() }, file, { mayCreateFile: false });
      for (const _tick of [1, 2]) {
        const line = await daily();
        expect(line).toMatchObject({ level: 'error', message: expect.stringContaining('审计链锚点文件不存在') });
        expect(line?.message).toContain('npm run audit:anchor -- --init');
      }
      expect(await readAuditAnchors(file)).toEqual({ status: 'missing' });
    } finally {
      await restoreTail(database.db, cut);
    }
  });

  it('demo server: starts a missing file with the head as its first anchor', async () => {
    const file = newAnchorFile();
    await append('demo-1');
    const line = await dailyAuditAnchor({ db: database.db, clock: nextDay() }, file, { mayCreateFile: true })();
    expect(line).toMatchObject({ level: 'info', message: expect.stringContaining('新建锚点文件') });
    const head = await verifyAuditChain(database.db);
    expect(await readAuditAnchors(file)).toMatchObject({ status: 'read', anchors: [{ seq: head.isIntact ? head.head?.seq : -1 }] });
  });

  it('audit:anchor: without --init a missing file fails (exit 1) and stays missing; with --init it is created', async () => {
    const file = newAnchorFile();
    await append('script-1');
    const refused = await runAuditAnchor(database.db, file, NOW, { isInit: false });
    expect(refused).toMatchObject({ isFailure: true, out: [], err: [expect.stringContaining(`锚点文件 ${file} 不存在`)] });
    expect(refused.err[0]).toContain('npm run audit:anchor -- --init');
    expect(await readAuditAnchors(file)).toEqual({ status: 'missing' });
    const init = await runAuditAnchor(database.db, file, NOW, { isInit: true });
    expect(init).toMatchObject({ isFailure: false, err: [], out: [expect.stringContaining(`已新建锚点文件 ${file}`), expect.stringMatching(/^OK 已写入锚点/)] });
    expect(await readAuditAnchors(file)).toMatchObject({ status: 'read', anchors: [{}] });
    // Once the file exists, no --init is needed.
    expect(await runAuditAnchor(database.db, file, NOW, { isInit: false })).toMatchObject({ isFailure: false, out: [expect.stringMatching(/^OK 链头未变/)] });
  });
});

describe('the daily run verifies from the last anchor on', () => {
  it('leaves links before the last anchor to audit:verify', async () => {
    await append('before-anchor', { amount: 100 });
    await append('anchored-head');
    const file = newAnchorFile();
    const anchored = await anchorAuditChain(database.db, file, NOW, INIT);
    if (anchored.kind !== 'anchored') throw new Error('not anchored');
    const [link] = await linksOfObject(database.db, 'before-anchor');
    await overwriteAuditAfter(database.db, link!.auditId, { amount: 1 });
    try {
      expect(await verifyAuditChain(database.db)).toMatchObject({ isIntact: false, broken: { seq: link!.seq, problem: 'hash-mismatch' } });
      expect(await verifyAuditChain(database.db, undefined, [], anchored.anchor)).toMatchObject({ isIntact: true, head: { seq: anchored.anchor.seq } });
    } finally {
      await overwriteAuditAfter(database.db, link!.auditId, { amount: 100 });
    }
  });

  it('refuses a record after the last anchor that no longer matches its hash', async () => {
    const file = newAnchorFile();
    expect(await anchorAuditChain(database.db, file, NOW, INIT)).toMatchObject({ kind: 'anchored' });
    await append('after-anchor', { amount: 100 });
    const [link] = await linksOfObject(database.db, 'after-anchor');
    await overwriteAuditAfter(database.db, link!.auditId, { amount: 1 });
    try {
      const line = await dailyAuditAnchor({ db: database.db, clock: nextDay() }, file, { mayCreateFile: false })();
      expect(line).toMatchObject({ level: 'error', message: expect.stringContaining(`审计记录 ${link!.auditId}`) });
      expect(await readAuditAnchors(file)).toMatchObject({ anchors: [{}] });
    } finally {
      await overwriteAuditAfter(database.db, link!.auditId, { amount: 100 });
    }
    expect(await dailyAuditAnchor({ db: database.db, clock: nextDay() }, file, { mayCreateFile: false })()).toMatchObject({ level: 'info' });
  });

  it('refuses a chain rebuilt from before the last anchor: the link at its seq has another hash', async () => {
    await append('rebuilt', { amount: 100 });
    const file = newAnchorFile();
    const anchored = await anchorAuditChain(database.db, file, NOW, INIT);
    if (anchored.kind !== 'anchored') throw new Error('not anchored');
    const [link] = await linksOfObject(database.db, 'rebuilt');
    await overwriteAuditAfter(database.db, link!.auditId, { amount: 1 });
    await rebuildChainFrom(database.db, link!.seq);
    try {
      const line = await dailyAuditAnchor({ db: database.db, clock: nextDay() }, file, { mayCreateFile: false })();
      expect(line).toMatchObject({ level: 'error', message: expect.stringContaining(`哈希链第 ${anchored.anchor.seq} 号链接`) });
    } finally {
      await overwriteAuditAfter(database.db, link!.auditId, { amount: 100 });
      await rebuildChainFrom(database.db, link!.seq);
    }
  });

  it('refuses when the last anchor\'s link was cut away', async () => {
    await append('cut-1');
    const file = newAnchorFile();
    const anchored = await anchorAuditChain(database.db, file, NOW, INIT);
    if (anchored.kind !== 'anchored') throw new Error('not anchored');
    const cut = await cutTail(database.db, 1);
    try {
      const line = await dailyAuditAnchor({ db: database.db, clock: nextDay() }, file, { mayCreateFile: false })();
      expect(line).toMatchObject({ level: 'error', message: expect.stringContaining(`哈希链已没有第 ${anchored.anchor.seq} 号链接`) });
    } finally {
      await restoreTail(database.db, cut);
    }
  });
});
