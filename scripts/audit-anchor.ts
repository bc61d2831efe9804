// `npm run audit:anchor` (ADR 0022; 等保2.0 三级 8.1.4.3 c): verify the audit hash chain against the anchors already
// written and, when it holds, append its head {seq, hash, recordedAt} to the anchor file (SHIFAN_AUDIT_ANCHOR_FILE,
// default DATA_DIR/audit-anchors.jsonl). The servers do this once a day on their own; run it by hand before and after
// database maintenance. A missing anchor file is created only with --init (it may have been deleted to hide a cut
// tail). Exits 1 (and writes nothing) when the chain or the anchor file fails or is missing. Same environment as
// the server; the embedded database (PGlite) is one process's: stop the server first.
import path from 'node:path';
import { openDatabase } from '../src/db/client';
import { runAuditAnchor } from '../src/server/audit/audit-anchor-command';
import { loadConfig } from '../src/server/config';

const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite'), dbRole: config.dbRole });
try {
  await database.migrate();
  const report = await runAuditAnchor(database.db, config.auditAnchorFile, new Date(), { isInit: process.argv.slice(2).includes('--init') });
  for (const line of report.out) console.log(line);
  for (const line of report.err) console.error(line);
  if (report.isFailure) process.exitCode = 1;
} finally {
  await database.close();
}
