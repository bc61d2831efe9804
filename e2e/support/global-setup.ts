// Starts the real server once for the browser journeys: demo mode on a fresh PGlite folder, or on a fresh
// PostgreSQL database when TEST_DATABASE_URL is set. The journeys get its address through inject('baseUrl').
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createScratchDatabase } from '../../src/db/testing/scratch-postgres';
import { startServerProcess } from '../../src/server/testing/server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    clockFile: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'shifan-e2e-'));
  const adminUrl = process.env.TEST_DATABASE_URL;
  const scratch = adminUrl ? await createScratchDatabase(adminUrl, 'shifan_e2e') : undefined;
  // Absent until a journey sets the time (support/clock.ts); the server then reads it on every request.
  const clockFile = path.join(dataDir, 'clock.txt');
  const server = await startServerProcess({ dataDir, clockFile, databaseUrl: scratch?.url });
  project.provide('baseUrl', server.baseUrl);
  project.provide('clockFile', clockFile);

  return async () => {
    await server.stop();
    // The shared server logs only warnings and errors; a failed journey in CI is read with them.
    const lines = server.output().trim().split('\n').filter(Boolean);
    if (lines.length > 0) console.log(`共享服务器的输出（LOG_LEVEL=warn，最后${Math.min(lines.length, 200)}行，共${lines.length}行）：\n${lines.slice(-200).join('\n')}`);
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };
}
