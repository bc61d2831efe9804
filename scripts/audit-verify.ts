// `npm run audit:verify` (F7 item 1, ADR 0018, ADR 0022; 等保2.0 三级 8.1.4.3 c): recompute the audit hash chain in Node
// and hold it to every anchor in the anchor file (SHIFAN_AUDIT_ANCHOR_FILE); print OK with the number of links and
// the head hash, or name the first broken record or anchor and exit 1. No anchor file is printed; in production it
// is a failure (the servers write one daily, so its absence means it was removed or never written). Same environment
// as the server. Safe next to running servers on PostgreSQL (it reads one snapshot); the embedded database (PGlite)
// is one process's: stop the server first.
import path from 'node:path';
import { openDatabase } from '../src/db/client';
import { verifyAuditChainAnchored } from '../src/server/audit/audit-anchors';
import { auditVerifyReport } from '../src/server/audit/audit-verify-report';
import { loadConfig } from '../src/server/config';

const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite'), dbRole: config.dbRole });
try {
  await database.migrate();
  const report = auditVerifyReport(await verifyAuditChainAnchored(database.db, config.auditAnchorFile), config.auditAnchorFile, config.mode);
  for (const line of report.out) console.log(line);
  for (const line of report.err) console.error(line);
  if (report.isFailure) process.exitCode = 1;
} finally {
  await database.close();
}
