// `npm run registry:rebuild`: recomputes every programme entry of the 信息数据库 and adds the public history it lacks
// (ADR 0017) — after a restore, or to check that what was maintained is what the data say (a second run changes
// nothing). Same environment as the server (DATABASE_URL, DATA_DIR, SHIFAN_CLOCK_FILE). Safe next to running servers
// on PostgreSQL (one transaction, serialised by a lock); the embedded database (PGlite) is one process's: stop the
// server first.
import path from 'node:path';
import { openDatabase } from '../src/db/client';
import { fileClock, systemClock } from '../src/server/clock';
import { loadConfig } from '../src/server/config';
import { rebuildRegistry } from '../src/server/registry/rebuild-registry';

const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite'), dbRole: config.dbRole });
try {
  await database.migrate();
  const clock = config.clockFile ? fileClock(config.clockFile) : systemClock;
  const result = await rebuildRegistry(database.db, clock);
  console.log(`信息数据库重建：核对${result.projected}个创建对象，更新${result.changed}个`);
} finally {
  await database.close();
}
