// The server side of the registry bench (bench/registry.ts), run in a child process so the load generator and the
// server each have a CPU of the box's two (F6 plan §4). Modes:
//   hello  a bare Fastify route GET / → {"hello":"world"}: the baseline of the same run
//   app    the real app (createApp) on a database holding BENCH_ENTRIES generated registry entries: PGlite in memory,
//          or a scratch database on BENCH_DATABASE_URL (PostgreSQL), dropped at the end
// Messages to the parent: {type:'ready', port, ...}; answers {type:'stats'} with CPU time and read-path calls so far.
// BENCH_CPU_PROFILE=file.cpuprofile: the app server profiles itself from ready to stop (open it in Chrome DevTools).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { zRegistryQuery } from '../src/contracts/registry';
import { openDatabase, type Database } from '../src/db/client';
import { registryReadRepository } from '../src/db/repositories/registry-read.repository';
import { insertGeneratedRegistry } from '../src/db/seed/demo-registry';
import { generateRegistryEntries } from '../src/db/seed/registry-generator';
import { createScratchDatabase } from '../src/db/testing/scratch-postgres';
import { createApp } from '../src/server/app';
import { systemClock } from '../src/server/clock';
import { listRegistry } from '../src/server/use-cases/list-registry';
import { DEMO_SECURITY } from '../src/server/security/security-settings';

const mode = process.argv[2];
const entryCount = Number(process.env.BENCH_ENTRIES ?? 6400);
const send = (message: object) => process.send?.(message);

// Counts the read path's list queries: a cached response makes none, so the count shows the cache hit rate.
let listQueries = 0;
const list = registryReadRepository.list;
registryReadRepository.list = (...args) => {
  listQueries += 1;
  return list(...args);
};

/** 50 queries that no response cache has seen, straight on the use case (parse, list + count, map): the miss path. */
async function timeMisses(database: Database): Promise<number[]> {
  const deps = { db: database.db };
  const times: number[] = [];
  const words = ['南沙', '顺德', '检测', '家电', '松山', '数字化转', '知识产权', '工业设计', '创业创新', '智能制造'];
  for (let i = 0; i < 50; i += 1) {
    const raw = { page: String(1 + (i % 5)), ...(i % 2 === 0 ? { q: words[i % words.length]! } : { city: ['440100', '440300', '440600', '441900', '442000'][i % 5]! }), ...(i % 3 === 0 ? { status: 'all' } : {}) };
    const start = performance.now();
    await listRegistry(deps, zRegistryQuery.parse(raw));
    times.push(performance.now() - start);
  }
  return times;
}

async function startApp(): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const scratch = adminUrl ? await createScratchDatabase(adminUrl, 'shifan_bench_registry') : undefined;
  const database = await openDatabase({ databaseUrl: scratch?.url });
  await database.migrate();
  const seedStart = performance.now();
  await insertGeneratedRegistry(database.db, generateRegistryEntries(entryCount, 6400));
  if (scratch) {
    // What autovacuum does soon after a bulk load: fresh planner statistics.
    const raw = new pg.Client({ connectionString: scratch.url });
    await raw.connect();
    await raw.query('ANALYZE registry_entries, registry_history');
    await raw.end();
  }
  const seedMs = performance.now() - seedStart;
  const missMs = await timeMisses(database);
  const app = await createApp({ deps: { db: database.db, clock: systemClock, dataDir: tmpdir(), security: DEMO_SECURITY }, databaseKind: database.kind, logLevel: 'silent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const profile = process.env.BENCH_CPU_PROFILE ? await startProfile(process.env.BENCH_CPU_PROFILE) : undefined;
  send({ type: 'ready', port: portOf(app), databaseKind: database.kind, entries: entryCount, seedMs, missMs });
  return {
    app,
    close: async () => {
      await profile?.();
      await app.close();
      await database.close();
      await scratch?.drop();
    },
  };
}

/** Starts the CPU profiler; the returned function stops it and writes the profile. */
async function startProfile(file: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

function portOf(app: FastifyInstance): number {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the bench server has no TCP port');
  return address.port;
}

async function startHello(): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  send({ type: 'ready', port: portOf(app) });
  return { app, close: () => app.close() };
}

if (mode !== 'hello' && mode !== 'app') throw new Error('usage: registry-server.ts hello|app');
const server = mode === 'hello' ? await startHello() : await startApp();
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') send({ type: 'stats', cpu: process.cpuUsage(), listQueries });
  if (message.type === 'stop') void server.close().then(() => process.exit(0));
});
