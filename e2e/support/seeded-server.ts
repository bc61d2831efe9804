// A server of its own for a journey whose data must be written straight into the database before the server
// starts (the shared server of global-setup.ts holds its PGlite folder open, so nothing else may write to it). The
// database is migrated and demo-seeded like the shared one, then `seed` writes what the journey needs; the server
// then runs on it in demo mode with its clock fixed at `now`. With TEST_DATABASE_URL it is a scratch PostgreSQL
// database, as for the shared server.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openDatabase, type Db } from '../../src/db/client';
import { createScratchDatabase } from '../../src/db/testing/scratch-postgres';
import { fixedClock } from '../../src/server/clock';
import { seedDemo } from '../../src/server/startup/seed';

export interface SeededServer<T> {
  baseUrl: string;
  seeded: T;
  /** A page of this server at the given viewport, zh-CN and Asia/Shanghai like openPage. */
  openPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startSeededServer<T>(now: Date, seed: (db: Db) => Promise<T>): Promise<SeededServer<T>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'shifan-e2e-seeded-'));
  const adminUrl = process.env.TEST_DATABASE_URL;
  const scratch = adminUrl ? await createScratchDatabase(adminUrl, 'shifan_e2e_seeded') : undefined;
  const database = await openDatabase({ databaseUrl: scratch?.url, pgliteDir: path.join(dataDir, 'pglite') });
  let seeded: T;
  try {
    await database.migrate();
    await seedDemo(database.db, fixedClock(now));
    seeded = await seed(database.db);
  } finally {
    await database.close();
  }
  const clockFile = path.join(dataDir, 'clock.txt');
  writeFileSync(clockFile, now.toISOString());
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SHIFAN_MODE: 'demo',
      SHIFAN_CLOCK_FILE: clockFile,
      LOG_LEVEL: 'warn',
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`seeded server exited early:\n${log}`);
    if (Date.now() > deadline) throw new Error(`seeded server did not become healthy:\n${log}`);
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    seeded,
    async openPage(browser, viewport) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: baseUrl });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
      await scratch?.drop();
    },
  };
}
