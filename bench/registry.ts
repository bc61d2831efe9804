// Bench (F6 item 6; ADR 0017): GET /api/v1/registry on 6,400 entries must serve at least half the requests per second
// of a bare Fastify hello-world route, measured in the same run on the same box, with p99 ≤ 20 ms.
//   npm run bench:registry                                        (PGlite in memory)
//   BENCH_DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench:registry   (a scratch database, dropped)
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=50 BENCH_ENTRIES=6400
// Each server runs in a child process (bench/registry-server.ts) and autocannon here, so on a 2-CPU box each has a
// CPU. The registry run rotates ~40 realistic URLs: pages 1–5, city/level/status/carrier/year filters, 2- and
// 4-character searches. A third run repeats them with If-None-Match (the 304 path), for information.
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 3;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 20;
const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'registry-server.ts');

const q = (text: string) => `q=${encodeURIComponent(text)}`;
const REGISTRY_BENCH_PATHS: string[] = [
  ...[1, 2, 3, 4, 5].map((page) => `/api/v1/registry?page=${page}`),
  ...['440100', '440300', '440600', '441900', '442000', '440400', '441300', '445200'].map((city) => `/api/v1/registry?city=${city}`),
  '/api/v1/registry?city=440100&page=2',
  '/api/v1/registry?city=440300&page=2',
  '/api/v1/registry?level=national',
  '/api/v1/registry?level=national&page=2',
  '/api/v1/registry?level=provincial',
  '/api/v1/registry?level=provincial&page=3',
  '/api/v1/registry?status=all',
  '/api/v1/registry?status=revoked',
  '/api/v1/registry?status=exited',
  '/api/v1/registry?status=rectifying',
  '/api/v1/registry?status=creating',
  '/api/v1/registry?carrier=base',
  '/api/v1/registry?carrier=platform&page=4',
  `/api/v1/registry?serviceItem=${encodeURIComponent('数字化转型')}`,
  '/api/v1/registry?year=2021',
  ...['南沙', '顺德', '检测', '家电', '松山'].map((word) => `/api/v1/registry?${q(word)}`),
  ...['数字化转', '知识产权', '工业设计', '创业创新', '智能制造'].map((word) => `/api/v1/registry?${q(word)}`),
  `/api/v1/registry?city=440600&${q('顺德')}`,
  `/api/v1/registry?city=440100&status=all&${q('平台')}`,
  `/api/v1/registry?${q('南沙')}&page=2`,
];

interface Ready {
  type: 'ready';
  port: number;
  databaseKind?: string;
  entries?: number;
  seedMs?: number;
  missMs?: number[];
}
interface Stats {
  type: 'stats';
  cpu: NodeJS.CpuUsage;
  listQueries: number;
}

function startServer(mode: 'hello' | 'app'): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(SERVER, [mode], { execArgv: ['--import', 'tsx'], env: process.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message: Ready) => resolve({ child, ready: message }));
    child.once('exit', (code) => reject(new Error(`the ${mode} server stopped before it was ready (exit ${code})`)));
  });
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (message: T) => resolve(message));
    child.send({ type });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.send({ type: 'stop' });
  await exited;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' / ');
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface Measured {
  result: Result;
  cpuMsPerRequest: number;
  listQueries: number;
}

/** A warm-up run, then the measured run; the child's CPU time and read-path queries over the measured run. */
async function measure(child: ChildProcess, port: number, requests: { method: string; path: string; headers?: Record<string, string> }[], warmUp: boolean): Promise<Measured> {
  const url = `http://127.0.0.1:${port}`;
  if (warmUp) await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP_SECONDS, requests });
  const before = await ask<Stats>(child, 'stats');
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests });
  const after = await ask<Stats>(child, 'stats');
  const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
  return { result, cpuMsPerRequest: cpuMs / Math.max(1, result.requests.total), listQueries: after.listQueries - before.listQueries };
}

function describeRun(label: string, { result, cpuMsPerRequest }: Measured): string {
  const failures = result.errors + result.timeouts + result['4xx'] + result['5xx'];
  const bytes = result.throughput.total / Math.max(1, result.requests.total);
  return `${label}: ${fmt(result.requests.average)} req/s (${fmt(result.requests.total)} requests, ${fmt(bytes)} B each with headers), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; server CPU ${fmt(cpuMsPerRequest * 1000)} µs/request${failures ? `; ${failures} FAILED (errors ${result.errors}, timeouts ${result.timeouts}, 4xx ${result['4xx']}, 5xx ${result['5xx']})` : ''}`;
}

const startLoad = os.loadavg()[0]!;
console.log(`registry bench: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${load()} (1/5/15 min)`);
console.log(`autocannon: ${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up then ${SECONDS} s per target; server in a child process`);
if (startLoad > 1) console.log(`WARNING: the box is busy (load ${startLoad.toFixed(2)} > 1): other processes share the CPUs, so these figures understate it — rerun on a quiet box before quoting them`);

const hello = await startServer('hello');
const helloRun = await measure(hello.child, hello.ready.port, [{ method: 'GET', path: '/' }], true);
await stopServer(hello.child);
console.log(describeRun('baseline  GET / (bare Fastify hello world)', helloRun));

const app = await startServer('app');
const { databaseKind, entries, seedMs, missMs } = app.ready;
console.log(`database: ${databaseKind === 'postgres' ? 'PostgreSQL (scratch database on BENCH_DATABASE_URL)' : 'PGlite in memory'}, ${fmt(entries ?? 0)} generated entries (inserted in ${fmt(seedMs ?? 0)} ms)`);
if (missMs) console.log(`cache misses straight on the read path (listRegistry, ${missMs.length} distinct queries): p50 ${fmt(percentile(missMs, 50), 1)} ms, p99 ${fmt(percentile(missMs, 99), 1)} ms, max ${fmt(Math.max(...missMs), 1)} ms`);

// Each URL once: it must answer 200 (a 400 would be measured as fast nonsense), and its ETag feeds the 304 run.
const base = `http://127.0.0.1:${app.ready.port}`;
const etags: string[] = [];
for (const p of REGISTRY_BENCH_PATHS) {
  const response = await fetch(base + p, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  if (response.status !== 200) throw new Error(`${p} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  etags.push(response.headers.get('etag') ?? '');
}
// As a browser asks: a server may answer a smaller compressed body (the hello world is too small to care).
const ACCEPT = { 'accept-encoding': 'gzip, deflate, br' };
const registryRun = await measure(app.child, app.ready.port, REGISTRY_BENCH_PATHS.map((p) => ({ method: 'GET', path: p, headers: ACCEPT })), true);
console.log(describeRun(`registry  GET /api/v1/registry (${REGISTRY_BENCH_PATHS.length} URLs in rotation)`, registryRun));
console.log(`          read-path list queries during the measured run: ${fmt(registryRun.listQueries)} (${fmt((100 * registryRun.listQueries) / Math.max(1, registryRun.result.requests.total), 2)} % of requests were cache misses)`);
const notModifiedRun = etags.every(Boolean)
  ? await measure(app.child, app.ready.port, REGISTRY_BENCH_PATHS.map((p, i) => ({ method: 'GET', path: p, headers: { ...ACCEPT, 'if-none-match': etags[i]! } })), false)
  : undefined;
if (notModifiedRun) console.log(describeRun('(info)    the same URLs with If-None-Match (304)', notModifiedRun) + `; 304s: ${fmt(notModifiedRun.result['3xx'])}`);
await stopServer(app.child);

const ratio = registryRun.result.requests.average / helloRun.result.requests.average;
const p99 = registryRun.result.latency.p99;
const failed = registryRun.result.errors + registryRun.result.timeouts + registryRun.result.non2xx > 0;
const isPass = ratio >= TARGET_RATIO && p99 <= TARGET_P99_MS && !failed;
console.log(`ratio registry / hello world: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}); registry p99 ${p99} ms (target ≤ ${TARGET_P99_MS} ms)${failed ? '; some requests failed' : ''}`);
console.log(`${isPass ? 'PASS' : 'FAIL'} — load average now ${load()}${os.loadavg()[0]! > 1 ? ' (busy box: see the warning above)' : ''}`);
process.exitCode = isPass ? 0 : 1;
