// Entry point for `npm start`: read the environment, open and migrate the database, seed, listen.
import path from 'node:path';
import { openDatabase } from '../db/client';
import { createApp } from './app';
import { dailyAuditAnchor } from './audit/audit-anchors';
import { fileClock, systemClock } from './clock';
import { loadConfig } from './config';
import { startScheduler } from './jobs/scheduler';
import { ensureRegistryBuilt } from './registry/rebuild-registry';
import { ensureDemoStandings } from './startup/ensure-standings';
import { sealPersonalData } from './startup/seal-personal-data';
import { seedDemo, seedInitialAdministrators } from './startup/seed';

const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite'), dbRole: config.dbRole });
await database.migrate();

const clock = config.clockFile ? fileClock(config.clockFile) : systemClock;
const deps = { db: database.db, clock, dataDir: config.dataDir, publicBaseUrl: config.publicBaseUrl, security: config.security };
// A database from before the registry (migration 0016) gets its programme entries once (ADR 0017).
await ensureRegistryBuilt(database.db, clock);
// F7 item 6: contact phones written before they were sealed at rest are sealed once (idempotent).
await sealPersonalData(database.db, clock, config.security.dataKey);
if (config.mode === 'demo') {
  if (await seedDemo(database.db, clock, config.security.dataKey, { withProgramme: config.isDemoProgrammeSeeded })) {
    console.log(config.isDemoProgrammeSeeded ? '演示模式：已创建演示账号（见 README）和2024、2025年度演示申报数据' : '演示模式：已创建演示账号（见 README）');
    // The seeded programme's certified objects get their 信息数据库 entries as every certification does (ADR 0017).
    await ensureRegistryBuilt(database.db, clock);
  }
  // ADR 0021: the seeded objects' indicator standings, before the dashboards are first opened.
  await ensureDemoStandings(database.db, clock);
} else {
  for (const { username, password } of await seedInitialAdministrators(database.db, systemClock, config.initialAdminPassword)) {
    console.log(`已创建初始管理员 ${username}，初始密码：${password}（首次登录须修改）`);
  }
}

const app = await createApp({
  deps,
  databaseKind: database.kind,
  isSecureCookie: config.isSecureCookie,
  // SHIFAN_WEB_DIR lets parallel journey runs each serve their own build; everyone else uses dist/web.
  webDir: path.resolve(process.env.SHIFAN_WEB_DIR ?? 'dist/web'),
  logLevel: config.logLevel,
  isBehindProxy: config.isBehindProxy,
});

// The deadline job (F5 item 7) every 5 minutes; JOBS=off leaves it to another server or to `npm run jobs:once`.
// After it, once a day, the audit hash chain's head is anchored outside the database (ADR 0022).
// A missing anchor file is created only in demo mode; production logs an error instead (ADR 0022).
const anchor = dailyAuditAnchor(deps, config.auditAnchorFile, { mayCreateFile: config.mode === 'demo' });
const scheduler = process.env.JOBS === 'off' ? null : startScheduler(deps, { log: app.log, anchor });

const shutdown = async () => {
  await scheduler?.stop();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ port: config.port, host: config.host });
// The port actually listened on: PORT=0 lets the system pick one (the test launcher reads it from this line).
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
console.log(`示范 Shifan 已启动：http://localhost:${port}  数据库：${database.kind}  模式：${config.mode}`);
