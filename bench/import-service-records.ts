// Bench (F4 item 6): a 1,000,000-row service-record CSV imported with full validation, against a raw COPY of the same
// file into a staging table with the file's columns, measured in the same run — on PostgreSQL and on PGlite (against
// PGlite's own COPY). Target: validated rows/s ≥ 50% of raw COPY rows/s on both; import peak RSS ≤ 300 MB.
//   npm run bench:import                          (BENCH_DATABASE_URL or DATABASE_URL, else postgres://root@127.0.0.1:5432/postgres)
//   BENCH_ROWS=200000 npm run bench:import
// A scratch PostgreSQL database and a temporary folder are created and removed. Each measurement runs in a child
// process (import-phases.ts) so its peak memory is its own. The last line is `ratio: X`, the lower of the two ratios.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase } from '../src/db/client';
import { createScratchDatabase } from '../src/db/testing/scratch-postgres';
import { writeBenchCsv } from './import-data';

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const PHASES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'import-phases.ts');
const run = promisify(execFile);

interface Measurement {
  phase: string;
  ms: number;
  rows: number;
  maxRssMb: number;
}

async function measure(...args: string[]): Promise<Measurement[]> {
  const { stdout } = await run(process.execPath, [...process.execArgv, PHASES, ...args], { maxBuffer: 16 * 1024 * 1024 });
  const lines = stdout.split('\n').filter((line) => line.startsWith('{'));
  for (const line of lines.filter((l) => l.includes('-result'))) console.log(`  ${line}`);
  return lines.map((line) => JSON.parse(line) as Measurement).filter((m) => typeof m.ms === 'number');
}

const perSecond = (m: Measurement): number => m.rows / (m.ms / 1000);
const format = (n: number): string => Math.round(n).toLocaleString('en-US');

function line(m: Measurement): void {
  console.log(`${m.phase.padEnd(14)} ${format(m.rows).padStart(10)} rows  ${(m.ms / 1000).toFixed(2).padStart(7)} s  ${format(perSecond(m)).padStart(9)} rows/s  peak RSS ${m.maxRssMb} MB`);
}

const folder = await mkdtemp(path.join(tmpdir(), 'shifan-bench-import-'));
const scratch = await createScratchDatabase(adminUrl, 'shifan_bench');
try {
  const csv = path.join(folder, 'service-records.csv');
  const generated = performance.now();
  await writeBenchCsv(csv, rows);
  console.log(`file: ${format(rows)} rows, ${((await stat(csv)).size / 1024 / 1024).toFixed(1)} MB, written in ${((performance.now() - generated) / 1000).toFixed(1)} s`);
  const database = await openDatabase({ databaseUrl: scratch.url });
  await database.migrate();
  await database.close();

  const pgRaw = (await measure('pg-raw', scratch.url, csv))[0]!;
  const pgImport = (await measure('pg-import', scratch.url, csv))[0]!;
  const liteRaw = (await measure('pglite-raw', folder, csv))[0]!;
  const liteImport = (await measure('pglite-import', folder, csv))[0]!;
  const ratios: [string, number][] = [];
  console.log('');
  for (const [db, raw, imported] of [['PostgreSQL', pgRaw, pgImport], ['PGlite', liteRaw, liteImport]] as const) {
    line(raw);
    line(imported);
    const ratio = perSecond(imported) / perSecond(raw);
    ratios.push([db, ratio]);
    console.log(`${db} ratio (validated ÷ raw COPY): ${ratio.toFixed(3)}`);
    // On PostgreSQL the child process holds only the import; PGlite runs inside it, so there the peak includes
    // PGlite's own WebAssembly memory (compare its raw COPY phase, which imports nothing through Node).
    const memory = db === 'PostgreSQL' ? `${imported.maxRssMb <= 300 ? '≤' : '>'} 300 MB` : `PGlite's own memory included; its raw COPY phase peaked at ${raw.maxRssMb} MB`;
    console.log(`${db} import peak RSS ${imported.maxRssMb} MB (${memory})`);
    console.log('');
  }
  const [lowestDb, lowest] = ratios.reduce((a, b) => (b[1] < a[1] ? b : a));
  console.log(`target ≥ 0.5 on both: ${ratios.every(([, r]) => r >= 0.5) ? 'met' : 'NOT met'}; the last line is the lower ratio (${lowestDb})`);
  console.log(`ratio: ${lowest.toFixed(3)}`);
} finally {
  await scratch.drop();
  await rm(folder, { recursive: true, force: true });
}
