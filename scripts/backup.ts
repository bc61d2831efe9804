// `npm run backup [-- <folder>]` (F7 item 7; 等保2.0 三级 8.1.4.9 a): the database (pg_dump -Fc in one snapshot, or the
// PGlite data directory), DATA_DIR/files, the audit chain's anchor file (ADR 0022) and manifest.json into a new folder (default ./backups/<time>). Same
// environment as the server. Safe next to running servers on PostgreSQL; the embedded database (PGlite) is one
// process's: stop the server first.
import path from 'node:path';
import { openDatabase } from '../src/db/client';
import { createBackup } from '../src/server/backup/create-backup';
import { loadConfig } from '../src/server/config';

const config = loadConfig(process.env);
const now = new Date();
const outDir = path.resolve(process.argv[2] ?? path.join('backups', now.toISOString().replace(/[:.]/g, '-')));
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
try {
  const manifest = await createBackup({ database, databaseUrl: config.databaseUrl, dataDir: config.dataDir, auditAnchorFile: config.auditAnchorFile }, outDir, now);
  const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
  const head = manifest.auditChain.head ? `，审计哈希链头第 ${manifest.auditChain.head.seq} 号 ${manifest.auditChain.head.hash}` : '';
  console.log(`备份完成：${outDir}（${database.kind}，${Object.keys(manifest.tables).length} 张表 ${rows} 行，${manifest.files.length} 个文件${head}）`);
} catch (error) {
  console.error(`备份失败：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
