// `npm run restore -- <backup folder> [--force]` (F7 item 7; 等保2.0 三级 8.1.4.9 a): restore into the database named by
// DATABASE_URL (a new, empty PostgreSQL database) or into DATA_DIR/pglite, and the files into DATA_DIR/files; then
// check row counts, file hashes and the audit hash chain against the manifest and the backup's anchors (ADR 0022);
// the backup's anchor file goes to SHIFAN_AUDIT_ANCHOR_FILE (or, the backup having none, a new one starting at the restored
// head); an anchor file already there is moved aside to <file>.before-restore-<instant>, never deleted. A target holding data is refused
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
  const { placed, movedAsideTo } = check.anchorFile;
  if (movedAsideTo) console.log(`原锚点文件已移至 ${movedAsideTo}（未删除；其中可能有晚于所恢复备份的锚点）`);
  if (placed === 'copied') console.log(`已将备份中的锚点文件写入 ${config.auditAnchorFile}`);
  else if (placed === 'started') console.log(`备份中没有锚点文件：已新建 ${config.auditAnchorFile}，以恢复后的链头为第一个锚点`);
  else console.error(`未写入锚点文件 ${config.auditAnchorFile}（恢复后的审计哈希链未通过校验）；核查后用 npm run audit:anchor -- --init 重新建立`);
  if (check.isConsistent) console.log(`恢复完成并校验通过：审计哈希链 ${check.chain.linkCount} 条完好`);
  else process.exitCode = 1;
} catch (error) {
  console.error(`恢复失败：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
