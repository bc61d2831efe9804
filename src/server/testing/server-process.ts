// The real server (`node --import tsx src/server/main.ts`, demo mode) as a child process, for the browser journeys
// and the crash test (F7 item 7): a data folder, a clock file the tests may write, PostgreSQL when a database URL is
// given (else PGlite in the data folder). It listens on a port the system picks (PORT=0) and says which on its start
// line, so two servers starting at once can never take the same port, nor a test talk to another test's server.
// Its own process group, so a kill reaches any helper process it starts (SIGKILL: no shutdown hook runs, as on a
// power cut; 等保2.0 三级 8.1.4.9).
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  baseUrl: string;
  /** What the server wrote so far (LOG_LEVEL=warn: its start line, warnings and errors). */
  output(): string;
  /** SIGTERM (a clean stop), then waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL to the whole process group, then waits for the exit. */
  kill(): Promise<void>;
}

export interface ServerProcessOptions {
  dataDir: string;
  clockFile: string;
  databaseUrl?: string | undefined;
  /** More environment for one test's own server, e.g. SHIFAN_SECOND_FACTOR=on. */
  env?: Record<string, string>;
}

/** main.ts's start line names the port it listens on. */
const STARTED = /已启动：http:\/\/localhost:(\d+)/;
const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    detached: true,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      SHIFAN_MODE: 'demo',
      // F8: journeys and crash tests build their own data; the generated demo programme would change their figures.
      SHIFAN_DEMO_PROGRAMME: 'off',
      SHIFAN_CLOCK_FILE: options.clockFile,
      LOG_LEVEL: 'warn',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
  };
  const deadline = Date.now() + 90_000;
  let baseUrl: string | null = null;
  while (baseUrl === null) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    if (Date.now() > deadline) {
      signalGroup('SIGKILL');
      throw new Error(`server did not start within 90 s:\n${log}`);
    }
    const port = STARTED.exec(log)?.[1];
    if (port && (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false))) baseUrl = `http://127.0.0.1:${port}`;
    else await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    output: () => log,
    async stop() {
      signalGroup('SIGTERM');
      await exited(child);
    },
    async kill() {
      signalGroup('SIGKILL');
      await exited(child);
    },
  };
}
