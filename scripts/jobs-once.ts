// `npm run jobs:once`: one run of the deadline job, as the server runs it every 5 minutes (cron, a maintenance
// window, or a check after moving the demo clock). Same environment as the server (DATABASE_URL, DATA_DIR,
// SHIFAN_CLOCK_FILE). Safe next to running servers on PostgreSQL: the job's lock and keys make each action happen
// once. The embedded database (PGlite) is one process's: stop the server first.
import path from 'node:path';
import { openDatabase } from '../src/db/client';
import { fileClock, systemClock } from '../src/server/clock';
import { loadConfig } from '../src/server/config';
import { runScheduledJobs } from '../src/server/jobs/deadline-job';

const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite'), dbRole: config.dbRole });
try {
  await database.migrate();
  const clock = config.clockFile ? fileClock(config.clockFile) : systemClock;
  const result = await runScheduledJobs({ db: database.db, clock });
  if (result.skipped) {
    console.log(`期限任务（${result.today}）：另一个进程正在运行，本次跳过`);
  } else {
    const done = Object.entries(result.done).map(([kind, n]) => `${kind}×${n}`);
    console.log(`期限任务（${result.today}）：${done.length > 0 ? done.join('，') : '无新的提醒或逾期事项'}`);
  }
} finally {
  await database.close();
}
