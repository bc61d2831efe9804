// F7 item 7 restore drill (等保2.0 三级 8.1.4.9 a; 8.1.4.3 c): seed data, audit records and files, back up, restore into
// a fresh database and data folder, and check row counts, file hashes and the recomputed audit chain. Runs on the
// database kind under test: PGlite by default, PostgreSQL with TEST_DATABASE_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/client';
import { auditChainRepository } from '../../db/repositories/audit-chain.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { createOrganisation } from '../../db/testing/builders';
import { createScratchDatabase } from '../../db/testing/scratch-postgres';
import { storeContent } from '../storage/file-storage';
import { anchorAuditChain, readAuditAnchors, verifyAuditChainAnchored } from '../audit/audit-anchors';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { readManifest } from './backup-manifest';
import { createBackup } from './create-backup';
import { checkRestored, restoreBackup, type RestoreTarget } from './restore-backup';

const adminUrl = process.env.TEST_DATABASE_URL;
const root = mkdtempSync(path.join(tmpdir(), 'shifan-drill-'));
const sourceDir = path.join(root, 'source');
const backupDir = path.join(root, 'backup');
const drops: (() => Promise<void>)[] = [];
let source: Database;
let sourceUrl: string | undefined;
let restoredTarget: RestoreTarget | undefined;

async function freshTarget(name: string): Promise<RestoreTarget> {
  const dataDir = path.join(root, name);
  const auditAnchorFile = path.join(dataDir, 'audit-anchors.jsonl');
  if (!adminUrl) return { kind: 'pglite', pgliteDir: path.join(dataDir, 'pglite'), dataDir, auditAnchorFile };
  const scratch = await createScratchDatabase(adminUrl, 'shifan_restore');
  drops.push(scratch.drop);
  return { kind: 'postgres', databaseUrl: scratch.url, dataDir, auditAnchorFile };
}

async function openTarget(target: RestoreTarget): Promise<Database> {
  return openDatabase({ databaseUrl: target.databaseUrl, pgliteDir: target.pgliteDir });
}

beforeAll(async () => {
  if (adminUrl) {
    const scratch = await createScratchDatabase(adminUrl, 'shifan_backup');
    drops.push(scratch.drop);
    sourceUrl = scratch.url;
  }
  // PGlite in memory: the dump is the same, and migrating an in-memory database is much faster on a busy machine.
  source = await openDatabase({ databaseUrl: sourceUrl });
  await source.migrate();
  for (const n of [1, 2, 3]) {
    await source.db.transaction(async (tx) => {
      const organisation = await createOrganisation(tx);
      await auditLogRepository.append(tx, {
        occurredAt: new Date(`2026-11-2${n}T02:00:00Z`),
        requestId: `req-${n}`,
        actorUserId: null,
        actorRole: 'province',
        action: 'organisation.created',
        objectType: 'organisation',
        objectId: organisation.id,
        before: null,
        after: { name: organisation.name, 序号: n },
        ip: '127.0.0.1',
      });
    });
    await storeContent(sourceDir, Readable.from(Buffer.from(`证明材料 ${n}`)), 1024);
  }
}, 60_000);

afterAll(async () => {
  await source.close();
  for (const drop of drops) await drop();
  rmSync(root, { recursive: true, force: true });
});

describe('backup and restore drill', () => {
  it('restores the database, the files and an intact audit chain into a fresh target', async () => {
    // ADR 0022: the anchor file travels with the backup and the restored chain is held to it.
    const sourceAnchors = path.join(sourceDir, 'audit-anchors.jsonl');
    expect(await anchorAuditChain(source.db, sourceAnchors, new Date('2026-11-29T01:00:00Z'), { mayCreateFile: true, scope: 'full' })).toMatchObject({ kind: 'anchored' });
    const manifest = await createBackup(
      { database: source, databaseUrl: sourceUrl, dataDir: sourceDir, auditAnchorFile: sourceAnchors },
      backupDir,
      new Date('2026-11-29T02:00:00Z'),
    );
    expect(manifest.auditAnchors?.path).toBe('audit-anchors.jsonl');
    expect(manifest.files).toHaveLength(3);
    expect(manifest.tables.organisations).toBe(3);
    expect(manifest.auditChain).toEqual({ recordCount: 3, head: await auditChainRepository.findHead(source.db) });

    const target = await freshTarget('restored');
    const check = await restoreBackup(backupDir, target, { isForced: false });
    restoredTarget = target;
    expect(check).toMatchObject({ tableMismatches: [], fileMismatches: [], isChainHeadMatching: true, isConsistent: true });
    expect(check.anchorFile).toEqual({ placed: 'copied', movedAsideTo: null });
    expect(check.chain).toMatchObject({ isIntact: true, anchorCount: 1 });
    expect(await readFile(target.auditAnchorFile!, 'utf8')).toBe(await readFile(sourceAnchors, 'utf8'));

    const restored = await openTarget(target);
    try {
      expect(await verifyAuditChain(restored.db)).toEqual(await verifyAuditChain(source.db));
      // An anchor the restored chain does not reach (records lost since it was written) fails the drill.
      const head = manifest.auditChain.head!;
      const beyond = [{ seq: head.seq + 1, hash: head.hash, recordedAt: '2026-11-29T03:00:00.000Z' }];
      expect(await checkRestored(restored, await readManifest(backupDir), target.dataDir, beyond)).toMatchObject({
        isConsistent: false,
        chain: { isIntact: false, broken: { seq: head.seq + 1, problem: 'anchor-beyond-head' } },
      });
      for (const file of manifest.files) {
        expect(await readFile(path.join(target.dataDir, 'files', file.path))).toEqual(await readFile(path.join(sourceDir, 'files', file.path)));
      }
    } finally {
      await restored.close();
    }
  }, 60_000);

  it('moves a live anchor file aside (never deletes it) and places the backup\'s, so an older restore verifies', async () => {
    // ADR 0022: after restoring an older backup the live file holds anchors beyond the restored head.
    const target = await freshTarget('live-anchors');
    const head = (await readManifest(backupDir)).auditChain.head!;
    const live = `${JSON.stringify({ seq: head.seq + 5, hash: 'f'.repeat(64), recordedAt: '2026-12-01T01:00:00.000Z' })}\n`;
    await mkdir(target.dataDir, { recursive: true });
    await writeFile(target.auditAnchorFile!, live);
    const check = await restoreBackup(backupDir, target, { isForced: false, now: new Date('2026-12-02T03:04:05.678Z') });
    const aside = `${target.auditAnchorFile!}.before-restore-2026-12-02T03-04-05-678Z`;
    expect(check).toMatchObject({ isConsistent: true, anchorFile: { placed: 'copied', movedAsideTo: aside } });
    expect(await readFile(aside, 'utf8')).toBe(live);
    expect(await readFile(target.auditAnchorFile!, 'utf8')).toBe(await readFile(path.join(backupDir, 'audit-anchors.jsonl'), 'utf8'));
    const restored = await openTarget(target);
    try {
      expect(await verifyAuditChainAnchored(restored.db, target.auditAnchorFile!)).toMatchObject({ anchorFile: 'read', verdict: { isIntact: true } });
    } finally {
      await restored.close();
    }
  }, 60_000);

  it('starts a new anchor file at the restored head when the backup has none, moving the live one aside', async () => {
    const bareBackup = path.join(root, 'backup-without-anchors');
    const manifest = await createBackup({ database: source, databaseUrl: sourceUrl, dataDir: sourceDir }, bareBackup, new Date('2026-11-29T02:00:00Z'));
    expect(manifest.auditAnchors).toBeNull();
    const target = await freshTarget('bare-restore');
    await mkdir(target.dataDir, { recursive: true });
    await writeFile(target.auditAnchorFile!, '');
    const now = new Date('2026-12-03T00:00:00.000Z');
    const check = await restoreBackup(bareBackup, target, { isForced: false, now });
    expect(check).toMatchObject({ isConsistent: true, anchorFile: { placed: 'started', movedAsideTo: `${target.auditAnchorFile!}.before-restore-2026-12-03T00-00-00-000Z` } });
    const head = manifest.auditChain.head!;
    expect(await readAuditAnchors(target.auditAnchorFile!)).toEqual({ status: 'read', anchors: [{ seq: head.seq, hash: head.hash, recordedAt: now.toISOString() }] });
  }, 60_000);

  it('refuses a target that already holds data', async () => {
    expect(restoredTarget).toBeDefined();
    await expect(restoreBackup(backupDir, restoredTarget!, { isForced: false })).rejects.toThrow(/非空/);
    const database = await freshTarget('database-only');
    if (database.kind === 'postgres') {
      await expect(restoreBackup(backupDir, { ...database, dataDir: path.join(root, 'database-only-files') }, { isForced: false })).resolves.toMatchObject({ isConsistent: true });
      await expect(restoreBackup(backupDir, { ...database, dataDir: path.join(root, 'other-files') }, { isForced: false })).rejects.toThrow(/目标数据库非空/);
    }
  }, 60_000);

  it('refuses a backup damaged in storage before touching the target', async () => {
    const manifest = JSON.parse(await readFile(path.join(backupDir, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    const damaged = path.join(backupDir, 'files', manifest.files[0]!.path);
    const original = await readFile(damaged);
    await writeFile(damaged, 'tampered');
    try {
      await expect(restoreBackup(backupDir, await freshTarget('damaged'), { isForced: false })).rejects.toThrow(/校验失败/);
    } finally {
      await writeFile(damaged, original);
    }
  });
});
