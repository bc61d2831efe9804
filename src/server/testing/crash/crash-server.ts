// F7 item 7: the real server (`node --import tsx src/server/main.ts`, demo mode) as a child process that the crash
// test can kill with SIGKILL — no shutdown hook runs, exactly as on a power cut of the process — and start again
// on the same data (the PGlite folder under DATA_DIR, or the same PostgreSQL database). 等保2.0 三级 8.1.4.9.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface CrashServer {
  baseUrl: string;
  /** SIGKILL to the whole process group, then waits for the exit. */
  kill(): Promise<void>;
  /** SIGTERM (a clean stop), then waits for the exit. */
  stop(): Promise<void>;
  output(): string;
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

const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));

export async function startCrashServer(options: { dataDir: string; clockFile: string; databaseUrl?: string | undefined }): Promise<CrashServer> {
  const port = await freePort();
  let log = '';
  // detached: its own process group, so a kill reaches any helper process it may start too.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      SHIFAN_MODE: 'demo',
      // F8: journeys and crash tests build their own data; the generated demo programme would change their figures.
      SHIFAN_DEMO_PROGRAMME: 'off',
      SHIFAN_CLOCK_FILE: options.clockFile,
      LOG_LEVEL: 'warn',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
  };
  return {
    baseUrl,
    output: () => log,
    async kill() {
      signalGroup('SIGKILL');
      await exited(child);
    },
    async stop() {
      signalGroup('SIGTERM');
      await exited(child);
    },
  };
}
