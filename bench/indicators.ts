// Bench (F4 item 6): every indicator of a platform holding 1,000,000 service records, computed on PostgreSQL, for
// each window of its creation period — target ≤ 2 s. Prints the times and, as the baseline measured in the same
// run, a bare count(*) over the same records.
//   npm run bench:indicators                       (BENCH_DATABASE_URL or TEST_DATABASE_URL, else postgres://root@127.0.0.1:5432/postgres)
//   BENCH_ROWS=200000 npm run bench:indicators
// A scratch database is created and dropped. The records are generated in SQL (INSERT … SELECT generate_series).
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/client';
import { createOrganisation } from '../src/db/testing/builders';
import { createCreationObject } from '../src/db/testing/creation-builders';
import { createScratchDatabase } from '../src/db/testing/scratch-postgres';
import { fixedClock } from '../src/server/clock';
import type { Deps, RequestContext } from '../src/server/use-cases/context';
import { getDataFlags } from '../src/server/use-cases/get-data-flags';
import { getIndicatorDashboard } from '../src/server/use-cases/get-indicator-dashboard';
import { listServedEnterprises } from '../src/server/use-cases/indicator-drilldowns';
import { DEMO_SECURITY } from '../src/server/security/security-settings';

const TARGET_MS = 2000;
const RUNS = 5;
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const enterprises = Math.max(1, Math.round(rows / 5));
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

const GUANGZHOU_DISTRICTS = ['440103', '440104', '440105', '440106', '440111', '440112', '440113', '440114', '440115', '440117', '440118'];
const ITEMS = ['法律法规政策查询辅导', '创业指导', '管理咨询', '人才培训', '人才招聘', '市场拓展', '投融资', '法律与合规', '诉求受理', '出海服务', '可持续发展', '数字化转型'];
const sqlList = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

/** Median of RUNS runs after one warm-up run (the first touches cold pages). */
async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push((await timed(run)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const scratch = await createScratchDatabase(adminUrl, 'shifan_bench');
const database = await openDatabase({ databaseUrl: scratch.url });
const raw = new pg.Client({ connectionString: scratch.url });
try {
  await database.migrate();
  await raw.connect();
  const db = database.db;
  const operator = await createOrganisation(db, { cityCode: '440100' });
  const platform = await createCreationObject(db, { organisationId: operator.id, startsOn: '2026-01-05', content: { region: '440100', platformKind: 'comprehensive' } });
  const app = platform.id;
  const { rows: [imported] } = await raw.query<{ id: string }>(
    `INSERT INTO data_imports (application_id, dataset, source, file_name, total_rows, accepted_rows, duplicate_rows, rejected_rows, rejected_by_column)
     VALUES ($1, 'serviceRecords', 'file', 'bench.csv', $2, $2, 0, 0, '{}') RETURNING id`,
    [app, rows],
  );
  const importId = imported!.id;

  const generated = await timed(async () => {
    // Two years of records (2026-01-05 … 2028-01-04), 5 per enterprise on average, 2 in 3 with a survey answer.
    await raw.query(
      `INSERT INTO service_records (application_id, import_id, record_key, credit_code, enterprise_name, division_code, service_item, service_date, channel, satisfaction)
       SELECT $1, $2, g, '91440100MA' || lpad((g % $3)::text, 8, '0'), '企业' || (g % $3),
              (${sqlList(GUANGZHOU_DISTRICTS)})[1 + g % ${GUANGZHOU_DISTRICTS.length}],
              (${sqlList(ITEMS)})[1 + (g / 7) % ${ITEMS.length}],
              date '2026-01-05' + (g % 730)::int,
              CASE WHEN g % 2 = 0 THEN 'online' ELSE 'offline' END,
              CASE WHEN g % 3 = 0 THEN NULL ELSE 1 + (g * 7919) % 5 END
       FROM generate_series(1, $4::bigint) AS g`,
      [app, importId, enterprises, rows],
    );
    await raw.query(`INSERT INTO service_record_voids (record_id, application_id, reason) SELECT id, application_id, 'bench' FROM service_records WHERE application_id = $1 AND id % 1000 = 0`, [app]);
    // 2,000 events of 10–40 participants, 200 resources, 3 entries, 8 library counts.
    await raw.query(
      `INSERT INTO service_events (application_id, import_id, event_key, event_date, topic, participant_codes, participant_count)
       SELECT $1, $2, e, date '2026-01-05' + (e % 730)::int, '活动' || e,
              ARRAY(SELECT '91440100MA' || lpad(((e * 37 + k) % $3)::text, 8, '0') FROM generate_series(1, 10 + e % 31) AS k), 10 + e % 31
       FROM generate_series(1, 2000) AS e`,
      [app, importId, enterprises],
    );
    await raw.query(
      `INSERT INTO resource_entries (application_id, import_id, kind, identifier, name, field, agreement_starts_on)
       SELECT $1, $2, CASE WHEN r % 2 = 0 THEN 'organisation' ELSE 'expert' END, 'R' || r, '资源' || r, '综合', date '2025-06-01' + (r * 3)
       FROM generate_series(1, 200) AS r`,
      [app, importId],
    );
    await raw.query(
      `INSERT INTO entry_points (application_id, import_id, kind, mobile_type, address, registration_minutes, as_of) VALUES
         ($1, $2, 'pc', NULL, 'https://bench.example.cn', 5, '2026-01-05'), ($1, $2, 'mobile', 'app', 'bench-app', 6, '2026-03-01'), ($1, $2, 'mobile', 'miniProgram', 'bench-mp', NULL, '2026-05-01')`,
      [app, importId],
    );
    await raw.query(
      `INSERT INTO library_counts (application_id, import_id, library, as_of, count, has_policy_push)
       SELECT $1, $2, l, d, 1000 + n, CASE WHEN l = 'policy' THEN true END
       FROM unnest(ARRAY['sme','policy','organisation','product']) AS l, (VALUES (date '2026-01-05', 0), (date '2027-12-01', 80)) AS v(d, n)`,
      [app, importId],
    );
    // What autovacuum does soon after a large import: fresh planner statistics.
    await raw.query('ANALYZE service_records, service_record_voids, service_events, resource_entries, entry_points, library_counts');
  });

  const deps: Deps = { db, clock: fixedClock(new Date('2028-03-01T02:00:00Z')), dataDir: tmpdir(), security: DEMO_SECURITY };
  const ctx: RequestContext = { requestId: 'bench', ip: '127.0.0.1', userAgent: null, actor: { userId: operator.id, role: 'province', cityCode: null, organisationId: null }, sessionTokenHash: null };

  const baseline = await median(() => raw.query('SELECT count(*) FROM service_records WHERE application_id = $1', [app]));
  const windows = [1, 2, 0];
  const perWindow: number[] = [];
  for (const window of windows) perWindow.push(await median(() => getIndicatorDashboard(deps, ctx, app, window)));
  const allWindows = await median(async () => {
    for (const window of windows) await getIndicatorDashboard(deps, ctx, app, window);
  });
  const sample = await getIndicatorDashboard(deps, ctx, app, 0);
  const flags = await median(() => getDataFlags(deps, ctx, app));
  const drill = await median(() => listServedEnterprises(deps, ctx, app, { window: 0, page: 1, pageSize: 20 }));

  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const verdict = (n: number) => (n <= TARGET_MS ? 'meets' : 'MISSES');
  console.log(`indicators bench on PostgreSQL (${(await raw.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v})`);
  console.log(`data: ${rows.toLocaleString('en')} service records (${enterprises.toLocaleString('en')} enterprises, 1 in 1000 voided), 2,000 events, 200 resources — generated in ${ms(generated.ms)}`);
  console.log(`served enterprises over the whole period: ${sample.rows.find((r) => r.code === 'platform.servedEnterprises')?.actualText}`);
  console.log(`baseline SELECT count(*) over the same records: ${ms(baseline)} (median of ${RUNS})`);
  windows.forEach((window, i) => {
    const label = window === 0 ? 'whole period' : `year ${window}`;
    console.log(`all indicators, ${label}: ${ms(perWindow[i]!)} (${(perWindow[i]! / baseline).toFixed(1)}× the baseline) — ${verdict(perWindow[i]!)} the ${TARGET_MS} ms target`);
  });
  console.log(`all indicators, all three windows one after another: ${ms(allWindows)} (${(allWindows / baseline).toFixed(1)}× the baseline) — ${verdict(allWindows)} the ${TARGET_MS} ms target`);
  console.log(`(not targeted) data-quality flags over all the data: ${ms(flags)}; served-enterprise drill-down, first page of the whole period: ${ms(drill)}`);
  console.log(`ratio to the baseline (all three windows): ${(allWindows / baseline).toFixed(2)}`);
} finally {
  await raw.end().catch(() => undefined);
  await database.close();
  await scratch.drop();
}
