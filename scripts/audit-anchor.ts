// `npm run audit:anchor` (ADR 0022; 等保2.0 三级 8.1.4.3 c): verify the audit hash chain against the anchors already
// written and, when it holds, append its head {seq, hash, recordedAt} to the anchor file (SHIFAN_AUDIT_ANCHOR_FILE,
// default DATA_DIR/audit-anchors.jsonl). The servers do this once a day on their own; run it by hand before and after
// database maintenance. Exits 1 (and writes nothing) when the chain or the anchor file fails. Same environment as
// the server; the embedded database (PGlite) is one process's: stop the server first.
import path from 'node:path';
import { openDatabase } from '../src/db/client';
import { anchorAuditChain } from '../src/server/audit/audit-anchors';
import { loadConfig } from '../src/server/config';

const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite'), dbRole: config.dbRole });
try {
  await database.migrate();
  const outcome = await anchorAuditChain(database.db, config.auditAnchorFile, new Date());
  if (outcome.kind === 'refused') {
    console.error(`未写入锚点：${outcome.message}`);
    process.exitCode = 1;
  } else if (outcome.kind === 'empty') {
    console.log('审计哈希链为空，无需锚定');
  } else {
    const verb = outcome.kind === 'anchored' ? '已写入锚点' : '链头未变，锚点已是最新';
    console.log(`OK ${verb}：第 ${outcome.anchor.seq} 号 ${outcome.anchor.hash}（${config.auditAnchorFile}）`);
  }
} finally {
  await database.close();
}
