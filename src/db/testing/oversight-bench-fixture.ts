// The province-scale dataset of the oversight bench (F8 item 4; bench/oversight.ts): 3,800 platforms and 2,600
// bases across the 21 cities and six call years (2021–2026) in realistic states with their lifecycle history,
// certificates, re-review rounds, change reports, progress reports, 10,000,000 service records spread over the
// platforms in creation or certified, events and one indicator_standings row per creation object or certified object.
// Everything is generated set-based in SQL (INSERT … SELECT generate_series), in one session. The standings are
// generated here too (a deterministic mix of met, missed and expert-judged indicators, 2 % stale), not computed by
// the refresher: what the bench measures is the dashboards' reading of them.
import pg from 'pg';

export interface OversightBenchSize {
  platforms: number;
  bases: number;
  serviceRecords: number;
}

export interface OversightBenchData {
  applications: number;
  events: number;
  certifications: number;
  standings: number;
  serviceRecords: number;
  platformsWithRecords: number;
}

const lit = (values: readonly string[]): string => `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(',')}]::text[]`;

// The lifecycle path most objects follow (DESIGN §2), as (event, from, to); a state's depth is how far along it went.
const MAIN_PATH: [string, string, string][] = [
  ['submit', 'draft', 'submitted'],
  ['recommend', 'submitted', 'recommended'],
  ['shortlist', 'recommended', 'shortlisted'],
  ['publish_creation_notice', 'shortlisted', 'creation_publicity'],
  ['confirm_creation', 'creation_publicity', 'creating'],
  ['submit_acceptance', 'creating', 'acceptance_submitted'],
  ['start_acceptance_review', 'acceptance_submitted', 'acceptance_review'],
  ['pass_acceptance', 'acceptance_review', 'certification_shortlisted'],
  ['publish_certification_notice', 'certification_shortlisted', 'certification_publicity'],
  ['certify', 'certification_publicity', 'certified'],
  ['start_re_review', 'certified', 're_review'],
  ['fail_re_review', 're_review', 'rectifying'],
];
const DEPTH: Record<string, number> = {
  draft: 0, submitted: 1, returned_for_revision: 1, city_rejected: 1, withdrawn: 1, recommended: 2, province_rejected: 2, shortlisted: 3, creation_publicity: 4,
  creating: 5, creation_cancelled: 5, acceptance_submitted: 6, acceptance_review: 7, exited: 7, certification_shortlisted: 8, certification_publicity: 9,
  certified: 10, re_review: 11, rectifying: 12, revoked: 12,
};
const BRANCH: [string, string, string, string][] = [
  ['returned_for_revision', 'return_for_revision', 'submitted', 'returned_for_revision'],
  ['city_rejected', 'reject_by_city', 'submitted', 'city_rejected'],
  ['withdrawn', 'withdraw', 'submitted', 'withdrawn'],
  ['province_rejected', 'reject_by_province', 'recommended', 'province_rejected'],
  ['creation_cancelled', 'cancel_creation', 'creating', 'creation_cancelled'],
  ['exited', 'fail_acceptance', 'acceptance_review', 'exited'],
  ['revoked', 'fail_re_review', 're_review', 'revoked'],
];

// The states of each call year by share (percent buckets, cumulative upper bounds), today being late 2026.
const STATE_MIX: Record<number, [number, string][]> = {
  2021: [[55, 'certified'], [65, 're_review'], [75, 'rectifying'], [80, 'revoked'], [92, 'exited'], [100, 'creation_cancelled']],
  2022: [[60, 'certified'], [70, 're_review'], [78, 'rectifying'], [82, 'revoked'], [93, 'exited'], [100, 'creation_cancelled']],
  2023: [[40, 'certified'], [45, 'certification_publicity'], [60, 'acceptance_review'], [85, 'creating'], [95, 'exited'], [100, 'creation_cancelled']],
  2024: [[70, 'creating'], [85, 'acceptance_submitted'], [95, 'acceptance_review'], [100, 'creation_cancelled']],
  2025: [[95, 'creating'], [100, 'creation_cancelled']],
  2026: [[5, 'draft'], [30, 'submitted'], [35, 'returned_for_revision'], [50, 'city_rejected'], [70, 'recommended'], [85, 'province_rejected'], [95, 'shortlisted'], [100, 'creation_publicity']],
};
const YEARS = Object.keys(STATE_MIX).map(Number);

function stateCase(): string {
  const arms = YEARS.map((year) => {
    const buckets = (STATE_MIX[year] ?? []).map(([upTo, state]) => `WHEN b.bucket < ${upTo} THEN '${state}'`).join(' ');
    return `WHEN b.year = ${year} THEN CASE ${buckets} END`;
  });
  return `CASE ${arms.join(' ')} END`;
}

export async function generateOversightBenchData(url: string, size: OversightBenchSize, cityCodes: readonly string[], indicatorCodes: { platform: string[]; base: string[] }): Promise<OversightBenchData> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  try {
    const total = size.platforms + size.bases;
    await q(`CREATE TEMP TABLE bench_depth (state text, depth int)`);
    await q(`INSERT INTO bench_depth SELECT * FROM unnest($1::text[], $2::int[])`, [Object.keys(DEPTH), Object.values(DEPTH)]);
    for (const year of YEARS) {
      await q(
        `INSERT INTO annual_calls (year, status, title, text, creation_quota, city_caps, opens_on, closes_on, city_review_deadline, standard_version, criterion_weights, max_score, published_at)
         VALUES (${year}, 'published', '关于开展${year}年度广东省中小企业公共服务示范平台（基地）创建工作的通知', '通知', 1200, '{}', '${year}-03-02', '${year}-04-30', '${year}-05-29',
                 'guangdong-2025-v1', '{}', 10, '${year}-02-01T02:00:00Z')`,
      );
    }
    // One operating organisation per platform/base; i decides the city, the call year and the state bucket.
    await q(
      `INSERT INTO organisations (credit_code, name, operator_kind, is_branch, city_code, county_code, established_on, contact_name, contact_phone)
       SELECT '91' || c.code || lpad(i::text, 10, '0'), '运营主体' || i, 'public_institution', false, c.code, c.code, date '2010-01-01', '联系人', '13800000000'
       FROM generate_series(1, $1::int) AS i CROSS JOIN LATERAL (SELECT (${lit(cityCodes)})[1 + i % ${cityCodes.length}] AS code) c`,
      [total],
    );
    await q(
      `CREATE TEMP TABLE bench_basis AS
       SELECT o.id AS organisation_id, o.city_code, i, CASE WHEN i <= $1 THEN 'platform' ELSE 'base' END AS carrier,
              ${YEARS[0]} + (i * 7) % ${YEARS.length} AS year, (i * 7919) % 100 AS bucket
       FROM organisations o CROSS JOIN LATERAL (SELECT substr(o.credit_code, 9)::int AS i) n`,
      [size.platforms],
    );
    await q(
      `INSERT INTO applications (call_id, organisation_id, city_code, application_number, name, carrier, state, facts, content, standard_version, submitted_version, created_at, updated_at)
       SELECT c.id, b.organisation_id, b.city_code, CASE WHEN s.state <> 'draft' THEN 'GD' || b.year || '-' || b.city_code || '-' || lpad(b.i::text, 5, '0') END,
              CASE WHEN b.carrier = 'platform' THEN '示范平台' ELSE '示范基地' END || b.i, b.carrier, s.state,
              jsonb_build_object('publicityEndsOn', NULL, 'publicityNoticeId', NULL, 'unresolvedObjections', 0,
                'creationPeriodEndsOn', CASE WHEN s.depth >= 5 THEN to_char(make_date(b.year + 2 + CASE WHEN s.state = 'creating' AND b.year = 2023 THEN 1 ELSE 0 END, 10, 14), 'YYYY-MM-DD') END,
                'isExtended', s.state = 'creating' AND b.year = 2023,
                'reReviewDueOn', CASE WHEN s.depth >= 10 AND s.state <> 'revoked' THEN to_char(make_date(b.year + 5, 3, 1), 'YYYY-MM-DD') END,
                'reReviewStartedOn', NULL, 'consecutiveFailedReReviews', CASE WHEN s.state = 'rectifying' THEN 1 ELSE 0 END,
                'rectificationEndsOn', CASE WHEN s.state = 'rectifying' THEN to_char(make_date(b.year + 5, 3, 1), 'YYYY-MM-DD') END,
                'isNational', false, 'changeReportsAwaitingCity', 0, 'changeReportsAwaitingProvince', 0),
              jsonb_build_object('carrier', b.carrier, 'platformKind', CASE WHEN b.carrier = 'platform' THEN CASE WHEN b.i % 3 = 0 THEN 'professional' ELSE 'comprehensive' END END, 'region', b.city_code),
              'guangdong-2025-v1', CASE WHEN s.state = 'draft' THEN 0 ELSE 1 END, make_date(b.year, 3, 10), now()
       FROM bench_basis b
       JOIN annual_calls c ON c.year = b.year
       CROSS JOIN LATERAL (SELECT ${stateCase()} AS state) st
       JOIN bench_depth s ON s.state = st.state`,
    );
    // The lifecycle history: the main path as far as each state went, then its branch event; a month between steps.
    await q(`CREATE TEMP TABLE bench_path (step int, event text, from_state text, to_state text)`);
    await q(`INSERT INTO bench_path SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])`, [MAIN_PATH.map((_, k) => k + 1), MAIN_PATH.map((p) => p[0]), MAIN_PATH.map((p) => p[1]), MAIN_PATH.map((p) => p[2])]);
    await q(
      `INSERT INTO application_events (application_id, from_state, event, to_state, actor_role, effects, occurred_at)
       SELECT a.id, p.from_state, p.event, p.to_state, 'province', '[]', make_date(c.year, 3, 20) + p.step * 61 * interval '1 day'
       FROM applications a JOIN annual_calls c ON c.id = a.call_id JOIN bench_depth d ON d.state = a.state JOIN bench_path p ON p.step <= d.depth`,
    );
    await q(
      `INSERT INTO application_events (application_id, from_state, event, to_state, actor_role, reason, is_reason_public, effects, occurred_at)
       SELECT a.id, br.from_state, br.event, br.to_state, 'province', '理由', br.to_state IN ('revoked', 'creation_cancelled'), '[]', make_date(c.year, 3, 20) + (d.depth + 1) * 61 * interval '1 day'
       FROM applications a JOIN annual_calls c ON c.id = a.call_id JOIN bench_depth d ON d.state = a.state
       JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS br(state, event, from_state, to_state) ON br.state = a.state`,
      [BRANCH.map((b) => b[0]), BRANCH.map((b) => b[1]), BRANCH.map((b) => b[2]), BRANCH.map((b) => b[3])],
    );
    // Certificates: one 拟认定公示 and one 认定公告 per call year, numbered per carrier in division-code order.
    await q(
      `WITH years AS (SELECT DISTINCT c.year, c.id AS call_id FROM applications a JOIN annual_calls c ON c.id = a.call_id JOIN bench_depth d ON d.state = a.state WHERE d.depth >= 10),
            notices AS (
              INSERT INTO publicity_notices (call_id, stage, title, text, published_on, starts_on, ends_on, handling_due_on, entries, published_at)
              SELECT call_id, 'certification', year || '年度拟认定对象公示', '公示', make_date(year + 2, 11, 1), make_date(year + 2, 11, 2), make_date(year + 2, 11, 8), make_date(year + 2, 11, 30), '[]', make_date(year + 2, 11, 1)
              FROM years RETURNING id, call_id)
       INSERT INTO certification_announcements (notice_id, title, text, published_on, entries, published_at)
       SELECT n.id, '认定公告', '公告', make_date(c.year + 2, 12, 10), '[]', make_date(c.year + 2, 12, 10) FROM notices n JOIN annual_calls c ON c.id = n.call_id`,
    );
    await q(
      `INSERT INTO certifications (application_id, announcement_id, certificate_number, carrier, year, sequence, certified_on)
       SELECT a.id, ca.id, '粤中小示范' || CASE a.carrier WHEN 'platform' THEN '平台' ELSE '基地' END || '〔' || (c.year + 2) || '〕' || lpad(row_number() OVER w::text, 4, '0') || '号',
              a.carrier, c.year + 2, row_number() OVER w, make_date(c.year + 2, 12, 10)
       FROM applications a JOIN annual_calls c ON c.id = a.call_id JOIN bench_depth d ON d.state = a.state
       JOIN publicity_notices pn ON pn.call_id = c.id AND pn.stage = 'certification' JOIN certification_announcements ca ON ca.notice_id = pn.id
       WHERE d.depth >= 10
       WINDOW w AS (PARTITION BY a.carrier, c.year ORDER BY a.city_code, a.name)`,
    );
    // Re-reviews: a 2025 round, decided, and a 2026 round still open whose report deadline has passed.
    await q(
      `INSERT INTO re_review_rounds (year, title, opens_on, report_due_on, city_due_on, opened_at, created_at) VALUES
         (2025, '2025年度复核', '2025-03-01', '2025-04-30', '2025-05-31', '2025-03-01', '2025-02-01'),
         (2026, '2026年度复核', '2026-09-01', '2026-10-31', '2026-11-20', '2026-09-01', '2026-08-01')`,
    );
    await q(
      `INSERT INTO re_reviews (round_id, application_id, sequence, is_after_rectification, window_starts_on, window_ends_on, outcome, outcome_reason, decided_at, created_at, updated_at)
       SELECT r.id, a.id, 1, false, date '2023-01-01', date '2024-12-31', CASE WHEN a.state = 'certified' THEN 'passed' ELSE 'failed' END, '复核结论', '2025-06-30', '2025-03-01', '2025-06-30'
       FROM applications a JOIN re_review_rounds r ON r.year = 2025 WHERE a.state IN ('rectifying', 'revoked') OR (a.state = 'certified' AND hashtext(a.id::text) % 4 = 0)`,
    );
    await q(
      `INSERT INTO re_reviews (round_id, application_id, sequence, is_after_rectification, window_starts_on, window_ends_on, created_at, updated_at)
       SELECT r.id, a.id, 1 + (SELECT count(*) FROM re_reviews x WHERE x.application_id = a.id)::int, false, date '2024-09-01', date '2026-08-31', '2026-09-01', '2026-09-01'
       FROM applications a JOIN re_review_rounds r ON r.year = 2026 WHERE a.state = 're_review'`,
    );
    // Change reports (Art. 11) of 1 in 10 certified objects, a third filed late, half still awaiting the city.
    await q(
      `INSERT INTO change_reports (application_id, kind, description, occurred_on, due_on, reported_on, is_overdue, city_proposal, reported_at)
       SELECT a.id, 'other', '重大变化', date '2026-01-10', date '2026-04-10', CASE WHEN k % 3 = 0 THEN date '2026-05-20' ELSE date '2026-03-01' END, k % 3 = 0,
              CASE WHEN k % 2 = 0 THEN 'retain' END, '2026-03-01'
       FROM (SELECT a.*, row_number() OVER (ORDER BY a.id) AS k FROM applications a WHERE a.state = 'certified') a WHERE k % 10 = 0`,
    );
    // Half-year progress reports of the creation objects: the first two for most, none for 1 in 5 (overdue).
    await q(
      `INSERT INTO progress_reports (application_id, half_year, period_start, period_end, narrative, goal_progress, submitted_at)
       SELECT a.id, h, make_date(c.year, 10, 15) + (h - 1) * interval '6 months', make_date(c.year, 10, 14) + h * interval '6 months', '进展', '[]', make_date(c.year + 1, 5, 1) + (h - 1) * interval '6 months'
       FROM applications a JOIN annual_calls c ON c.id = a.call_id CROSS JOIN generate_series(1, 2) AS h
       WHERE a.state IN ('creating', 'acceptance_submitted', 'acceptance_review') AND hashtext(a.id::text) % 5 <> 0`,
    );
    // 10,000,000 service records over the platforms in creation or certified, each platform's rows in one run (BRIN).
    await q(
      `CREATE TEMP TABLE bench_recorders AS
       SELECT (row_number() OVER (ORDER BY a.id) - 1)::int AS n, a.id, a.city_code FROM applications a JOIN bench_depth d ON d.state = a.state
       WHERE a.carrier = 'platform' AND d.depth >= 5 AND a.state NOT IN ('exited', 'creation_cancelled', 'revoked')`,
    );
    const recorders = Number((await q(`SELECT count(*)::int AS n FROM bench_recorders`)).rows[0].n);
    const perPlatform = Math.max(1, Math.ceil(size.serviceRecords / Math.max(1, recorders)));
    const importId = (await q(`SELECT gen_random_uuid() AS id`)).rows[0].id as string;
    const chunk = 1_000_000;
    for (let from = 0; from < size.serviceRecords; from += chunk) {
      const to = Math.min(size.serviceRecords, from + chunk) - 1;
      await q(
        `INSERT INTO service_records (application_id, import_id, record_key, credit_code, enterprise_name, division_code, service_item, service_date, channel, satisfaction)
         SELECT r.id, $1, g, '91' || r.city_code || lpad((g % 40000)::text, 10, '0'), '企业' || (g % 40000), r.city_code,
                (ARRAY['创业指导','管理咨询','人才培训','投融资','数字化转型','知识产权'])[1 + g % 6], date '2024-01-01' + (g % 1050)::int,
                CASE WHEN g % 2 = 0 THEN 'online' ELSE 'offline' END, CASE WHEN g % 3 = 0 THEN NULL ELSE 1 + g % 5 END
         FROM generate_series($2::bigint, $3::bigint) AS g JOIN bench_recorders r ON r.n = g / $4`,
        [importId, from, to, perPlatform],
      );
    }
    await q(
      `INSERT INTO data_imports (id, application_id, dataset, source, file_name, total_rows, accepted_rows, duplicate_rows, rejected_rows, rejected_by_column)
       SELECT $1, id, 'serviceRecords', 'file', 'bench.csv', 0, 0, 0, 0, '{}' FROM bench_recorders WHERE n = 0`,
      [importId],
    );
    await q(
      `INSERT INTO service_events (application_id, import_id, event_key, event_date, topic, participant_codes, participant_count)
       SELECT r.id, $1, e, date '2025-01-01' + (e * 37) % 600, '活动' || e, ARRAY['91' || r.city_code || lpad(e::text, 10, '0')], 10 + e % 20
       FROM bench_recorders r CROSS JOIN generate_series(1, 5) AS e`,
      [importId],
    );
    // One standing per creation object and certified object: 2 in 3 indicators met, 1 in 10 left to the experts.
    await q(
      `INSERT INTO indicator_standings (application_id, standard_version, window_starts_on, window_ends_on, indicators, is_creation_met, is_certification_met, is_stale, computed_at)
       SELECT a.id, a.standard_version, date '2025-11-28', date '2026-11-27', ind.list, ind.all_met OR hashtext(a.id::text) % 7 = 0, ind.all_met, hashtext(a.id::text) % 50 = 0, now()
       FROM applications a
       CROSS JOIN LATERAL (
         SELECT jsonb_agg(jsonb_build_object('code', code, 'isCertificationMet', met, 'isCreationMet', met) ORDER BY code) AS list, bool_and(met IS NOT FALSE) AS all_met
         FROM (SELECT code, CASE WHEN abs(hashtext(code || a.id::text)) % 10 = 0 THEN NULL ELSE abs(hashtext(a.id::text || code)) % 3 <> 0 END AS met
               FROM unnest(CASE WHEN a.carrier = 'platform' THEN $1::text[] ELSE $2::text[] END) AS code) m
       ) ind
       WHERE a.state IN ('creating', 'acceptance_submitted', 'acceptance_review', 'certification_shortlisted', 'certification_publicity', 'certified', 're_review', 'rectifying')`,
      [indicatorCodes.platform, indicatorCodes.base],
    );
    await q('VACUUM ANALYZE');
    const count = async (table: string) => Number((await q(`SELECT count(*)::bigint AS n FROM ${table}`)).rows[0].n);
    return {
      applications: await count('applications'),
      events: await count('application_events'),
      certifications: await count('certifications'),
      standings: await count('indicator_standings'),
      serviceRecords: await count('service_records'),
      platformsWithRecords: recorders,
    };
  } finally {
    await client.end();
  }
}

/** A query on the bench database, for the baseline measured in the same run. */
export async function openBenchClient(url: string): Promise<{ query(text: string): Promise<unknown>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { query: (text) => client.query(text), close: () => client.end() };
}
