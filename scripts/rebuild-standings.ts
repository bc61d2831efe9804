// `npm run standings:rebuild`: recomputes the indicator standing of every creation object and certified platform/base
// and removes those of objects that left the standing states (ADR 0021) — after a restore, after a change to the
// indicator rules, or to check that what was maintained is what the data say. Same environment as the server
// (DATABASE_URL, DATA_DIR, SHIFAN_CLOCK_FILE). Safe next to running servers on PostgreSQL (each object in its own
// transaction under the writers' locks); the embedded database (PGlite) is one process's: stop the server first.
import path from 'node:path';
import { openDatabase } from '../src/db/client';
import { fileClock, systemClock } from '../src/server/clock';
import { loadConfig } from '../src/server/config';
import { rebuildIndicatorStandings } from '../src/server/use-cases/refresh-indicator-standing';

const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite'), dbRole: config.dbRole });
try {
  await database.migrate();
  const clock = config.clockFile ? fileClock(config.clockFile) : systemClock;
  const result = await rebuildIndicatorStandings({ db: database.db, clock });
  console.log(`指标达标情况重建：计算${result.computed}个，移除${result.removed}个，失败${result.failed}个`);
  if (result.failed > 0) process.exitCode = 1;
} finally {
  await database.close();
}
