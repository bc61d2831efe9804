// `npm run backup` (F7 item 7; 等保2.0 三级 8.1.4.9 a 本地数据备份与恢复, 8.1.4.3 c 审计记录定期备份): the database,
// the stored files and a manifest, written into one empty folder. The database part is one consistent snapshot.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database, Db } from '../../db/client';
import { auditChainRepository } from '../../db/repositories/audit-chain.repository';
import { backupRepository } from '../../db/repositories/backup.repository';
import {
  ANCHOR_FILE,
  DATABASE_FILE,
  MANIFEST_NAME,
  copyFiles,
  describeFile,
  isEmptyFolder,
  listFiles,
  type BackupManifest,
} from './backup-manifest';
import { pgDump } from './pg-tools';

export interface BackupSource {
  database: Database;
  /** Required for PostgreSQL (pg_dump connects itself). */
  databaseUrl?: string | undefined;
  /** DATA_DIR: stored files live in DATA_DIR/files (file-storage.ts). */
  dataDir: string;
  /** ADR 0022: the audit chain's anchor file (config auditAnchorFile); copied when it exists. */
  auditAnchorFile?: string | undefined;
}

/** Copied before the database snapshot, so every anchor in the copy names a link the dump holds. */
async function copyAnchorFile(anchorFile: string | undefined, outDir: string): Promise<boolean> {
  if (!anchorFile) return false;
  return copyFile(anchorFile, path.join(outDir, ANCHOR_FILE)).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

async function describeDatabase(db: Db): Promise<Pick<BackupManifest, 'tables' | 'auditChain'>> {
  const tables = await backupRepository.countRowsPerTable(db);
  const head = (await auditChainRepository.findHead(db)) ?? null;
  return { tables, auditChain: { recordCount: await auditChainRepository.countAuditRecords(db), head } };
}

export async function createBackup(source: BackupSource, outDir: string, createdAt: Date): Promise<BackupManifest> {
  if (!(await isEmptyFolder(outDir))) throw new Error(`备份目录 ${outDir} 不是空目录，请指定新的目录`);
  await mkdir(outDir, { recursive: true });
  const { database } = source;
  const hasAnchors = await copyAnchorFile(source.auditAnchorFile, outDir);
  const databaseFile = path.join(outDir, DATABASE_FILE[database.kind]);
  let described: Pick<BackupManifest, 'tables' | 'auditChain'>;
  if (database.kind === 'postgres') {
    const databaseUrl = source.databaseUrl;
    if (!databaseUrl) throw new Error('PostgreSQL 备份需要 DATABASE_URL');
    // pg_dump joins this transaction's snapshot, so the counts in the manifest describe exactly what was dumped.
    described = await database.db.transaction(
      async (tx) => {
        const snapshot = await backupRepository.exportSnapshot(tx);
        const inSnapshot = await describeDatabase(tx);
        await pgDump(databaseUrl, snapshot, databaseFile);
        return inSnapshot;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  } else {
    if (!database.dumpDataDir) throw new Error('PGlite 数据库不支持导出');
    // The embedded database belongs to this process, so nothing writes between the counts and the dump.
    described = await describeDatabase(database.db);
    const archive = await database.dumpDataDir();
    await writeFile(databaseFile, Buffer.from(await archive.arrayBuffer()));
  }
  // Stored files are content-addressed and never rewritten, so copying after the snapshot misses none it refers to.
  const filesRoot = path.join(source.dataDir, 'files');
  const files = await copyFiles(filesRoot, path.join(outDir, 'files'), await listFiles(filesRoot, ['incoming']));
  const manifest: BackupManifest = {
    format: 'shifan-backup/1',
    createdAt: createdAt.toISOString(),
    databaseKind: database.kind,
    databaseFile: await describeFile(outDir, DATABASE_FILE[database.kind]),
    ...described,
    files,
    auditAnchors: hasAnchors ? await describeFile(outDir, ANCHOR_FILE) : null,
  };
  await writeFile(path.join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
