// `npm run restore -- <backup folder> [--force]` (F7 item 7; 等保2.0 三级 8.1.4.9 a): restore into the database named by
// DATABASE_URL (a new, empty PostgreSQL database) or into DATA_DIR/pglite, and the files into DATA_DIR/files; then
// check row counts, file hashes and the audit hash chain against the manifest and the backup's anchors (ADR 0022);
// the anchor file goes to SHIFAN_AUDIT_ANCHOR_FILE unless one is already there (it is append-only: kept as it is). A target holding data is refused
// unless --force. Stop the servers first. Exits 1 when anything does not match.
import path from 'node:path';
import { restoreBackup } from '../src/server/backup/restore-backup';
import { loadConfig } from '../src/server/config';

const config = loadConfig(process.env);
const args = process.argv.slice(2);
const backupDir = args.find((arg) => !arg.startsWith('--'));
if (!backupDir) {
  console.error('用法：npm run restore -- <备份目录> [--force]');
  process.exit(1);
}
try {
  const check = await restoreBackup(
    path.resolve(backupDir),
    config.databaseUrl
      ? { kind: 'postgres', databaseUrl: config.databaseUrl, dataDir: config.dataDir, auditAnchorFile: config.auditAnchorFile }
      : { kind: 'pglite', pgliteDir: path.join(config.dataDir, 'pglite'), dataDir: config.dataDir, auditAnchorFile: config.auditAnchorFile },
    { isForced: args.includes('--force') },
  );
  for (const m of check.tableMismatches) console.error(`表 ${m.table}：备份 ${m.expected ?? '无'} 行，恢复后 ${m.actual ?? '无'} 行`);
  for (const file of check.fileMismatches) console.error(`文件 ${file} 恢复后校验不符`);
  if (!check.chain.isIntact) console.error(`审计哈希链校验失败：${check.chain.broken.message}`);
  else if (!check.isChainHeadMatching) console.error('审计哈希链链头与备份清单不符');
  if (check.anchorFile === 'kept') console.log(`锚点文件 ${config.auditAnchorFile} 已存在，保留原文件（未用备份中的锚点文件覆盖）`);
  if (check.isConsistent) console.log(`恢复完成并校验通过：审计哈希链 ${check.chain.linkCount} 条完好`);
  else process.exitCode = 1;
} catch (error) {
  console.error(`恢复失败：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
