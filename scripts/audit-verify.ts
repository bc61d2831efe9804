// `npm run audit:verify` (F7 item 1, ADR 0018; 等保2.0 三级 8.1.4.3 c): recompute the audit hash chain and print OK
// with the number of links and the head hash (worth writing down elsewhere: it pins the end of the chain), or name the
// first broken record and exit 1. Same environment as the server. Safe next to running servers on PostgreSQL
// (it reads one snapshot); the embedded database (PGlite) is one process's: stop the server first.
import path from 'node:path';
import { openDatabase } from '../src/db/client';
import { verifyAuditChain } from '../src/server/audit/verify-audit-chain';
import { loadConfig } from '../src/server/config';

const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite'), dbRole: config.dbRole });
try {
  await database.migrate();
  const verdict = await verifyAuditChain(database.db);
  if (verdict.isIntact) {
    const head = verdict.head ? `，链头第 ${verdict.head.seq} 号（审计记录 ${verdict.head.auditId}）哈希 ${verdict.head.hash}` : '';
    console.log(`OK 审计哈希链完整：共 ${verdict.linkCount} 条记录${head}`);
  } else {
    const { seq, auditId, problem, message } = verdict.broken;
    console.error(`审计哈希链校验失败（已校验 ${verdict.linkCount} 条完好）：${message} [seq=${seq ?? '-'} audit_id=${auditId ?? '-'} ${problem}]`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
