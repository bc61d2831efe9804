// A server of its own for a journey whose data must be written straight into the database before the server
// starts (the shared server of global-setup.ts holds its PGlite folder open, so nothing else may write to it). The
// database is migrated and demo-seeded like the shared one, then `seed` writes what the journey needs; the server
// then runs on it in demo mode with its clock fixed at `now`. With TEST_DATABASE_URL it is a scratch PostgreSQL
// database, as for the shared server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openDatabase, type Db } from '../../src/db/client';
import { createScratchDatabase } from '../../src/db/testing/scratch-postgres';
import { fixedClock } from '../../src/server/clock';
import { seedDemo } from '../../src/server/startup/seed';
import { startServerProcess } from '../../src/server/testing/server-process';

export interface SeededServer<T> {
  baseUrl: string;
  seeded: T;
  /** A page of this server at the given viewport, zh-CN and Asia/Shanghai like openPage. */
  openPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page>;
  /** Moves this server's clock to an Asia/Shanghai wall-clock moment, e.g. setTime('2026-10-12T09:00'). */
  setTime(shanghaiLocal: string): void;
  stop(): Promise<void>;
}

export async function startSeededServer<T>(now: Date, seed: (db: Db) => Promise<T>, options: { env?: Record<string, string> } = {}): Promise<SeededServer<T>> {
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
  const server = await startServerProcess({ dataDir, clockFile, databaseUrl: scratch?.url, ...(options.env ? { env: options.env } : {}) });
  const baseUrl = server.baseUrl;
  return {
    baseUrl,
    seeded,
    async openPage(browser, viewport) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: baseUrl });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    setTime(shanghaiLocal) {
      writeFileSync(clockFile, new Date(`${shanghaiLocal}:00+08:00`).toISOString());
    },
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
      await scratch?.drop();
    },
  };
}
