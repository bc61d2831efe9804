// Bench (F8 item 4): every query the oversight dashboards run — the dashboard of the province and of a city, the
// objects page, the overdue page, their Excel exports, the yearly report — on a province-scale dataset on PostgreSQL: 3,800 platforms,
// 2,600 bases across 21 cities and six call years, 10,000,000 service records. Target ≤ 1 s each. Prints the median
// and the slowest of RUNS runs after one warm-up, and the ratio to a baseline measured in the same run.
//   npm run bench:oversight                    (BENCH_DATABASE_URL or TEST_DATABASE_URL, else postgres://root@127.0.0.1:5432/postgres)
//   BENCH_RECORDS=200000 npm run bench:oversight     (a quick run)
//   BENCH_KEEP=1 npm run bench:oversight             (keep the database afterwards, to EXPLAIN a slow query)
// A scratch database shifan_bench_oversight_<random> is created, migrated (the real migrations) and dropped.
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { openDatabase } from '../src/db/client';
import { generateOversightBenchData, openBenchClient } from '../src/db/testing/oversight-bench-fixture';
import { createScratchDatabase } from '../src/db/testing/scratch-postgres';
import { CITY_CODES } from '../src/domain/divisions/divisions';
import { indicatorCatalogue } from '../src/domain/oversight/indicator-catalogue';
import { fixedClock } from '../src/server/clock';
import { DEMO_SECURITY } from '../src/server/security/security-settings';
import type { Deps, RequestContext } from '../src/server/use-cases/context';
import { exportOverdueItems } from '../src/server/use-cases/oversight/export-overdue-items';
import { exportOversightDashboard } from '../src/server/use-cases/oversight/export-oversight-dashboard';
import { exportOversightObjects } from '../src/server/use-cases/oversight/export-oversight-objects';
import { exportProgrammeReport } from '../src/server/use-cases/oversight/export-programme-report';
import { getOversightDashboard } from '../src/server/use-cases/oversight/get-oversight-dashboard';
import { listOverdueItems } from '../src/server/use-cases/oversight/list-overdue-items';
import { listOversightObjects } from '../src/server/use-cases/oversight/list-oversight-objects';

const TARGET_MS = 1000;
const RUNS = 5;
const records = Number(process.env.BENCH_RECORDS ?? 10_000_000);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const keep = process.env.BENCH_KEEP === '1';

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Median and slowest of RUNS runs after one warm-up run (the first touches cold pages). */
async function measure(run: () => Promise<unknown>): Promise<{ median: number; max: number }> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await timed(run));
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, max: times[times.length - 1] ?? 0 };
}

const scratch = await createScratchDatabase(adminUrl, 'shifan_bench_oversight');
const database = await openDatabase({ databaseUrl: scratch.url });
const raw = await openBenchClient(scratch.url);
try {
  await database.migrate();
  const catalogue = indicatorCatalogue();
  const generatedStart = performance.now();
  const data = await generateOversightBenchData(scratch.url, { platforms: 3800, bases: 2600, serviceRecords: records }, CITY_CODES, {
    platform: catalogue.filter((indicator) => indicator.carrier === 'platform').map((indicator) => indicator.code),
    base: catalogue.filter((indicator) => indicator.carrier === 'base').map((indicator) => indicator.code),
  });
  const generatedMs = performance.now() - generatedStart;

  const deps: Deps = { db: database.db, clock: fixedClock(new Date('2026-11-28T02:00:00Z')), dataDir: tmpdir(), security: DEMO_SECURITY };
  const context = (role: 'province' | 'city', cityCode: string | null): RequestContext => ({
    requestId: 'bench',
    ip: '127.0.0.1',
    userAgent: null,
    actor: { userId: '00000000-0000-4000-8000-000000000001', role, cityCode, organisationId: null },
    sessionTokenHash: null,
  });
  const province = context('province', null);
  const guangzhou = context('city', '440100');
  const page = { page: 1, pageSize: 20 };
  const someIndicator = catalogue.find((indicator) => indicator.carrier === 'platform')?.code ?? '';

  const queries: [string, () => Promise<unknown>][] = [
    ['dashboard, province, no filter', () => getOversightDashboard(deps, province, {})],
    ['dashboard, province, year 2024', () => getOversightDashboard(deps, province, { year: 2024 })],
    ['dashboard, province, comprehensive platforms', () => getOversightDashboard(deps, province, { carrier: 'platform', platformKind: 'comprehensive' })],
    ['dashboard, 广州 officer', () => getOversightDashboard(deps, guangzhou, {})],
    ['objects page 1, province', () => listOversightObjects(deps, province, page)],
    ['objects page 50, province, state creating', () => listOversightObjects(deps, province, { state: 'creating', page: 50, pageSize: 20 })],
    ['objects page 1, province, funnel step certified', () => listOversightObjects(deps, province, { step: 'certified', ...page })],
    [`objects page 1, province, indicator ${someIndicator}`, () => listOversightObjects(deps, province, { indicator: someIndicator, ...page })],
    ['objects page 1, 广州 officer', () => listOversightObjects(deps, guangzhou, page)],
    ['overdue page 1, province', () => listOverdueItems(deps, province, page)],
    ['overdue page 1, 广州 officer', () => listOverdueItems(deps, guangzhou, page)],
    ['dashboard .xlsx, province', () => exportOversightDashboard(deps, province, {})],
    ['dashboard .xlsx, 广州 officer', () => exportOversightDashboard(deps, guangzhou, {})],
    ['objects .xlsx, province, state creating', () => exportOversightObjects(deps, province, { state: 'creating' })],
    ['objects .xlsx, province, every object', () => exportOversightObjects(deps, province, {})],
    ['objects .xlsx, 广州 officer', () => exportOversightObjects(deps, guangzhou, {})],
    ['overdue .xlsx, province', () => exportOverdueItems(deps, province, {})],
    ['overdue .xlsx, 广州 officer', () => exportOverdueItems(deps, guangzhou, {})],
    ['yearly report .docx 2024, province', () => exportProgrammeReport(deps, province, { year: 2024 })],
    ['yearly report .docx 2022, 广州 officer', () => exportProgrammeReport(deps, guangzhou, { year: 2022 })],
  ];

  const baseline = await measure(() => raw.query('SELECT count(*) FROM applications'));
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const version = ((await raw.query("SELECT current_setting('server_version') AS v")) as { rows: { v: string }[] }).rows[0]?.v;
  console.log(`oversight bench on PostgreSQL ${version}`);
  console.log(
    `data: ${data.applications.toLocaleString('en')} platforms/bases (3,800 + 2,600, 21 cities, calls 2021–2026), ${data.events.toLocaleString('en')} history events, ` +
      `${data.certifications.toLocaleString('en')} certificates, ${data.standings.toLocaleString('en')} indicator standings (generated by SQL, not by the refresher), ` +
      `${data.serviceRecords.toLocaleString('en')} service records over ${data.platformsWithRecords.toLocaleString('en')} platforms — generated in ${ms(generatedMs)}`,
  );
  console.log(`baseline SELECT count(*) FROM applications: median ${ms(baseline.median)} (of ${RUNS} after a warm-up)`);
  let slowest = 0;
  let failures = 0;
  for (const [label, run] of queries) {
    const result = await measure(run);
    slowest = Math.max(slowest, result.median);
    const isPass = result.max <= TARGET_MS;
    if (!isPass) failures += 1;
    console.log(`${label.padEnd(52)} median ${ms(result.median).padStart(7)}  max ${ms(result.max).padStart(7)}  ${isPass ? `PASS ≤ ${TARGET_MS / 1000} s` : 'FAIL'}`);
  }
  console.log(`ratio to the baseline (slowest median ÷ baseline median): ${(slowest / Math.max(baseline.median, 0.01)).toFixed(1)}`);
  console.log(failures === 0 ? `all ${queries.length} queries PASS ≤ ${TARGET_MS / 1000} s` : `${failures} of ${queries.length} queries FAIL the ${TARGET_MS / 1000} s target`);
  if (keep) console.log(`database kept: ${scratch.url}`);
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  await raw.close().catch(() => undefined);
  await database.close();
  if (!keep) await scratch.drop();
}
