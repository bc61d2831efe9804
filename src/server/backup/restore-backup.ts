// `npm run restore` (F7 item 7; 等保2.0 三级 8.1.4.9 a): a backup into a fresh database and data folder, then the
// drill's checks on what arrived — row counts, file hashes, and the audit hash chain recomputed (8.1.4.3 c).
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase, type Database, type DatabaseKind } from '../../db/client';
import { backupRepository } from '../../db/repositories/backup.repository';
import { appendAuditAnchor, readAuditAnchors, type AuditAnchor } from '../audit/audit-anchors';
import { verifyAuditChain, type AuditChainVerdict } from '../audit/verify-audit-chain';
import { ANCHOR_FILE, copyFiles, isEmptyFolder, readManifest, sha256OfFile, type BackupManifest } from './backup-manifest';
import { pgRestore } from './pg-tools';

export interface RestoreTarget {
  kind: DatabaseKind;
  /** PostgreSQL: the (empty) database to restore into. */
  databaseUrl?: string | undefined;
  /** PGlite: the (empty or absent) folder the data directory is unpacked into. */
  pgliteDir?: string | undefined;
  /** Stored files go to dataDir/files. */
  dataDir: string;
  /**
   * ADR 0022: where the backup's anchor file goes (config auditAnchorFile). A file already there may hold anchors
   * beyond the restored head and would fail verification for ever: it is moved aside (never deleted), not kept.
   */
  auditAnchorFile?: string | undefined;
}

export interface RestoreCheck {
  tableMismatches: { table: string; expected: number | null; actual: number | null }[];
  fileMismatches: string[];
  /** Held to the backup's anchors (ADR 0022): anchorCount says how many. */
  chain: AuditChainVerdict;
  isChainHeadMatching: boolean;
  anchorFile: RestoredAnchorFile;
  isConsistent: boolean;
}

/**
 * ADR 0022. placed: 'copied' the backup's anchor file; 'started' a new file with the restored head as its first anchor
 * (empty for an empty chain), the backup having none; 'none' no target file configured, or the restored chain broken
 * (a broken chain is not anchored). movedAsideTo: where the anchor file that was there went.
 */
export interface RestoredAnchorFile {
  placed: 'copied' | 'started' | 'none';
  movedAsideTo: string | null;
}

export async function restoreBackup(
  backupDir: string,
  target: RestoreTarget,
  options: { isForced: boolean; now?: Date },
): Promise<RestoreCheck> {
  const manifest = await readManifest(backupDir);
  if (manifest.databaseKind !== target.kind) {
    throw new Error(`备份来自 ${manifest.databaseKind} 数据库，不能恢复到 ${target.kind} 数据库`);
  }
  await checkBackupIntact(backupDir, manifest);
  const filesRoot = path.join(target.dataDir, 'files');
  if (!options.isForced && !(await isEmptyFolder(filesRoot))) throw new Error(`目标文件目录 ${filesRoot} 非空；确需覆盖请加 --force`);
  const database = await restoreDatabase(backupDir, manifest, target, options.isForced);
  try {
    await copyFiles(path.join(backupDir, 'files'), filesRoot, manifest.files.map((f) => f.path));
    const now = options.now ?? new Date();
    const movedAsideTo = await moveAnchorFileAside(target.auditAnchorFile, now);
    const isCopied = await copyAnchorFile(backupDir, manifest, target.auditAnchorFile);
    const check = await checkRestored(database, manifest, target.dataDir, await backupAnchors(backupDir, manifest));
    const placed = isCopied ? 'copied' : await startAnchorFile(target.auditAnchorFile, check.chain, now);
    return { ...check, anchorFile: { placed, movedAsideTo } };
  } finally {
    await database.close();
  }
}

/** A backup damaged in storage is refused before anything is overwritten. */
async function checkBackupIntact(backupDir: string, manifest: BackupManifest): Promise<void> {
  if ((await sha256OfFile(path.join(backupDir, manifest.databaseFile.path))) !== manifest.databaseFile.sha256) {
    throw new Error(`备份中的数据库文件 ${manifest.databaseFile.path} 校验失败，备份已损坏`);
  }
  for (const file of manifest.files) {
    if ((await sha256OfFile(path.join(backupDir, 'files', file.path))) !== file.sha256) throw new Error(`备份中的文件 ${file.path} 校验失败，备份已损坏`);
  }
  if (manifest.auditAnchors && (await sha256OfFile(path.join(backupDir, ANCHOR_FILE))) !== manifest.auditAnchors.sha256) {
    throw new Error(`备份中的锚点文件 ${ANCHOR_FILE} 校验失败，备份已损坏`);
  }
}

async function backupAnchors(backupDir: string, manifest: BackupManifest): Promise<AuditAnchor[]> {
  if (!manifest.auditAnchors) return [];
  const read = await readAuditAnchors(path.join(backupDir, ANCHOR_FILE));
  if (read.status === 'unreadable') throw new Error(read.message);
  return read.status === 'read' ? read.anchors : [];
}

/** The live file goes to `<file>.before-restore-<instant>`: kept for whoever checks what happened, never deleted. */
async function moveAnchorFileAside(anchorFile: string | undefined, now: Date): Promise<string | null> {
  if (!anchorFile || (await readAuditAnchors(anchorFile)).status === 'missing') return null;
  const aside = `${anchorFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  await rename(anchorFile, aside);
  return aside;
}

async function copyAnchorFile(backupDir: string, manifest: BackupManifest, anchorFile: string | undefined): Promise<boolean> {
  if (!manifest.auditAnchors || !anchorFile) return false;
  await mkdir(path.dirname(anchorFile), { recursive: true });
  await copyFile(path.join(backupDir, ANCHOR_FILE), anchorFile, constants.COPYFILE_EXCL);
  return true;
}

/** A backup without anchors: the restored, verified head becomes the new file's first anchor. */
async function startAnchorFile(anchorFile: string | undefined, chain: AuditChainVerdict, now: Date): Promise<RestoredAnchorFile['placed']> {
  if (!anchorFile || !chain.isIntact) return 'none';
  await appendAuditAnchor(anchorFile, chain.head && { seq: chain.head.seq, hash: chain.head.hash, recordedAt: now.toISOString() });
  return 'started';
}

async function restoreDatabase(backupDir: string, manifest: BackupManifest, target: RestoreTarget, isForced: boolean): Promise<Database> {
  const databaseFile = path.join(backupDir, manifest.databaseFile.path);
  if (target.kind === 'postgres') {
    if (!target.databaseUrl) throw new Error('恢复到 PostgreSQL 需要 DATABASE_URL');
    const database = await openDatabase({ databaseUrl: target.databaseUrl });
    try {
      if (!isForced && (await backupRepository.hasAnyTable(database.db))) throw new Error('目标数据库非空；请恢复到新建的空数据库，确需覆盖请加 --force');
      await backupRepository.ensureAppRole(database.db);
      await pgRestore(target.databaseUrl, databaseFile, isForced);
    } catch (error) {
      await database.close();
      throw error;
    }
    return database;
  }
  if (!target.pgliteDir) throw new Error('恢复到内置数据库需要数据目录');
  if (!(await isEmptyFolder(target.pgliteDir))) {
    if (!isForced) throw new Error(`目标数据库目录 ${target.pgliteDir} 非空；确需覆盖请加 --force`);
    await rm(target.pgliteDir, { recursive: true, force: true });
  }
  return openDatabase({ pgliteDir: target.pgliteDir, pgliteArchive: new Blob([await readFile(databaseFile)]) });
}

/** The drill: the restored copy holds what the manifest says, and its audit chain still verifies to the same head. */
export async function checkRestored(
  database: Database,
  manifest: BackupManifest,
  dataDir: string,
  anchors: readonly AuditAnchor[] = [],
): Promise<Omit<RestoreCheck, 'anchorFile'>> {
  const counts = await backupRepository.countRowsPerTable(database.db);
  const tables = [...new Set([...Object.keys(manifest.tables), ...Object.keys(counts)])].sort();
  const tableMismatches = tables
    .filter((table) => manifest.tables[table] !== counts[table])
    .map((table) => ({ table, expected: manifest.tables[table] ?? null, actual: counts[table] ?? null }));
  const fileMismatches: string[] = [];
  for (const file of manifest.files) {
    const actual = await sha256OfFile(path.join(dataDir, 'files', file.path)).catch(() => null);
    if (actual !== file.sha256) fileMismatches.push(file.path);
  }
  const chain = await verifyAuditChain(database.db, undefined, anchors);
  const head = chain.isIntact ? chain.head : null;
  const isChainHeadMatching = head?.hash === manifest.auditChain.head?.hash && head?.seq === manifest.auditChain.head?.seq;
  return {
    tableMismatches,
    fileMismatches,
    chain,
    isChainHeadMatching,
    isConsistent: tableMismatches.length === 0 && fileMismatches.length === 0 && chain.isIntact && isChainHeadMatching,
  };
}
