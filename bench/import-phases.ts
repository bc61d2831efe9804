// One measurement of the import bench, run in a child process of its own so its peak memory (maxRSS) is its own:
//   pg-raw <url> <csv>       raw COPY of the file into a staging table with the file's columns (the baseline)
//   pg-import <url> <csv>    the full validated import through the route's use case (minus HTTP)
//   pglite-raw <dir> <csv>   PGlite's own COPY of the file into the staging table (PGlite on disk, as in demo mode)
//   pglite-import <dir> <csv> the import on PGlite (its peak RSS includes PGlite's own WebAssembly memory)
// Prints one JSON line per measurement: {phase, ms, rows, maxRssMb}.
import { createReadStream, openAsBlob } from 'node:fs';
import { link } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase, type Database } from '../src/db/client';
import { createOrganisation, createUser } from '../src/db/testing/builders';
import { createCreationObject } from '../src/db/testing/creation-builders';
import { fixedClock } from '../src/server/clock';
import type { Deps, RequestContext } from '../src/server/use-cases/context';
import { importDatasetFile } from '../src/server/use-cases/import-dataset-file';
import { settleStandingRefreshes } from '../src/server/use-cases/refresh-indicator-standing';
import { DEMO_SECURITY } from '../src/server/security/security-settings';

const STAGING = 'CREATE TABLE bench_staging (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8 text)';
const [phase, target, csv] = process.argv.slice(2) as [string, string, string];

function report(name: string, ms: number, rows: number): void {
  console.log(JSON.stringify({ phase: name, ms: Math.round(ms), rows, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

async function rawCopyPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS bench_staging; ${STAGING}`);
    const start = performance.now();
    const stream = client.query(copyFrom('COPY bench_staging FROM STDIN WITH (FORMAT csv, HEADER)'));
    await pipeline(createReadStream(csv, { highWaterMark: 1024 * 1024 }), stream);
    report('pg-raw', performance.now() - start, stream.rowCount);
  } finally {
    await client.end();
  }
}

function traceMemory(): void {
  const m = process.memoryUsage();
  console.error(`rss ${m.rss >> 20} MB, heap ${m.heapUsed >> 20}/${m.heapTotal >> 20} MB, external ${m.external >> 20} MB`);
}

/** The route's use case on the generated file; the upload step is a hard link (the use case removes its upload). */
async function validatedImport(database: Database, name: string, dataDir: string): Promise<void> {
  const clock = fixedClock(new Date('2026-12-31T04:00:00Z'));
  const deps: Deps = { db: database.db, clock, dataDir, security: DEMO_SECURITY };
  const operator = await createOrganisation(database.db, { cityCode: '440100' });
  const platform = await createCreationObject(database.db, { organisationId: operator.id, startsOn: '2026-01-05', content: { platformKind: 'comprehensive' } });
  const { user } = await createUser(database.db, { role: 'applicant', organisationId: operator.id, passwordHash: 'bench-not-used' });
  const ctx: RequestContext = {
    requestId: 'bench',
    ip: '127.0.0.1',
    userAgent: null,
    sessionTokenHash: null,
    actor: { userId: user.id, role: 'applicant', cityCode: null, organisationId: operator.id },
  };
  const upload = path.join(dataDir, `bench-upload-${name}.csv`);
  await link(csv, upload);
  // BENCH_TRACE=1: the memory once a second on stderr, to see where a peak comes from.
  const trace = process.env.BENCH_TRACE ? setInterval(traceMemory, 1000) : undefined;
  const start = performance.now();
  const result = await importDatasetFile(deps, ctx, platform.id, 'serviceRecords', async () => ({ path: upload, originalName: 'bench.csv', sha256: '0'.repeat(64), sizeBytes: 0, format: 'csv' }));
  report(name, performance.now() - start, result.totalRows);
  clearInterval(trace);
  // The object's indicator standing is recomputed behind the response (ADR 0021), outside the import's time; let it
  // finish before the database closes and the next phase is timed.
  const settleStart = performance.now();
  await settleStandingRefreshes(deps);
  console.log(JSON.stringify({ phase: `${name}-standing-refresh`, ms: Math.round(performance.now() - settleStart) }));
  console.log(JSON.stringify({ phase: `${name}-result`, ...result, problemsPreview: result.problemsPreview.slice(0, 3) }));
}

if (phase === 'pg-raw') await rawCopyPostgres(target);
if (phase === 'pg-import') {
  const database = await openDatabase({ databaseUrl: target });
  try {
    await validatedImport(database, 'pg-import', path.dirname(csv));
  } finally {
    await database.close();
  }
}
if (phase === 'pglite-raw') {
  const client = new PGlite(path.join(target, 'raw'));
  await client.exec(STAGING);
  const blob = await openAsBlob(csv);
  const start = performance.now();
  const copied = await client.query(`COPY bench_staging FROM '/dev/blob' WITH (FORMAT csv, HEADER)`, [], { blob });
  report('pglite-raw', performance.now() - start, copied.affectedRows ?? 0);
  await client.close();
}
if (phase === 'pglite-import') {
  const database = await openDatabase({ pgliteDir: path.join(target, 'app') });
  try {
    await database.migrate();
    await validatedImport(database, 'pglite-import', path.dirname(csv));
  } finally {
    await database.close();
  }
}
