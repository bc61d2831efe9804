// F8 on the seeded data: demo mode's generated programme (demo-programme.ts) seeded through seedDemo into a fresh
// database — deterministic, all 21 cities, every history ending at its state — and the 统计看板, the standings
// refresher, the registry projection and the creation-object pages working on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OversightDashboardView } from '../../contracts/oversight';
import { CITY_CODES } from '../../domain/divisions/divisions';
import { isValidCreditCode } from '../../domain/credit-code/credit-code';
import { rebuildRegistry } from '../registry/rebuild-registry';
import { DEMO_DATA_KEY } from '../security/security-settings';
import { ensureDemoStandings } from './ensure-standings';
import { seedDemo } from './seed';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app';
import type { Db } from '../../db/client';
import { rawRows } from '../../db/testing/raw-rows';
import { createTestDatabase } from '../../db/testing/create-test-database';
import { fixedClock } from '../clock';

const NOW = new Date('2026-11-29T02:00:00Z');
let t: TestApp;
let province: SignedIn;
let shenzhen: SignedIn;

const rowsOf = rawRows;

// Each object's service records by content, not by the database's ids: the same on every seeding.
const serviceRecordsOf = (db: Db) =>
  rowsOf<{ number: string; records: number; enterprises: number; digest: string }>(
    db,
    `SELECT a.application_number AS number, count(*)::int AS records, count(DISTINCT r.credit_code)::int AS enterprises,
        md5(string_agg(concat_ws('|', r.record_key, r.credit_code, r.division_code, r.service_item, r.service_date, r.channel, r.satisfaction), ',' ORDER BY r.record_key)) AS digest
      FROM service_records r JOIN applications a ON a.id = r.application_id GROUP BY a.application_number ORDER BY a.application_number`,
  );

const programmeOf = (db: Db) =>
  rowsOf<{ number: string; name: string; state: string; city: string; credit: string }>(
    db,
    `SELECT a.application_number AS number, a.name, a.state, a.city_code AS city, o.credit_code AS credit
        FROM applications a JOIN organisations o ON o.id = a.organisation_id ORDER BY a.application_number`,
  );

beforeAll(async () => {
  t = await createTestApp(NOW);
  expect(await seedDemo(t.database.db, t.clock, DEMO_DATA_KEY, { withProgramme: true })).toBe(true);
  province = await t.signIn('province');
  shenzhen = await t.signIn('city', { cityCode: '440300' });
}, 120_000);
afterAll(async () => t.close());

const get = (who: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

describe('the demo programme', () => {
  it('is the same on every seeding, with valid and distinct credit codes', async () => {
    const rows = await programmeOf(t.database.db);
    expect(rows).toHaveLength(160);
    expect(new Set(rows.map((r) => r.credit)).size).toBe(160);
    expect(rows.every((r) => isValidCreditCode(r.credit))).toBe(true);
    const other = await createTestDatabase();
    try {
      expect(await seedDemo(other.db, fixedClock(NOW), DEMO_DATA_KEY, { withProgramme: true })).toBe(true);
      expect(await programmeOf(other.db)).toEqual(rows);
      expect(await serviceRecordsOf(other.db)).toEqual(await serviceRecordsOf(t.database.db));
    } finally {
      await other.close();
    }
  }, 120_000);

  it('covers all 21 cities in both calls, and seeds no programme without the option', async () => {
    const cities = await rowsOf<{ year: number; cities: number }>(
      t.database.db,
      `SELECT c.year, count(DISTINCT a.city_code)::int AS cities FROM applications a JOIN annual_calls c ON c.id = a.call_id GROUP BY c.year ORDER BY c.year`,
    );
    expect(cities).toEqual([{ year: 2024, cities: 21 }, { year: 2025, cities: 21 }]);
    // The seed's exact outcome: a change to the generator shows here (and in the demo's figures).
    const states = await rowsOf<{ year: number; state: string; n: number }>(
      t.database.db,
      `SELECT c.year, a.state, count(*)::int AS n FROM applications a JOIN annual_calls c ON c.id = a.call_id GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(Object.fromEntries(states.map((r) => [`${r.year} ${r.state}`, r.n]))).toEqual({
      '2024 acceptance_review': 8, '2024 acceptance_submitted': 10, '2024 certified': 21, '2024 city_rejected': 3, '2024 creating': 18,
      '2024 creation_cancelled': 3, '2024 province_rejected': 9, '2024 withdrawn': 2,
      '2025 city_rejected': 13, '2025 creating': 31, '2025 province_rejected': 12, '2025 recommended': 12, '2025 returned_for_revision': 4,
      '2025 shortlisted': 8, '2025 submitted': 6,
    });
    expect(await rowsOf(t.database.db, `SELECT count(*)::int AS n FROM application_events`)).toEqual([{ n: 794 }]);
    expect(await rowsOf(t.database.db, `SELECT count(*)::int AS n, count(city_comment)::int AS commented FROM progress_reports`)).toEqual([{ n: 273, commented: 219 }]);
    const plain = await createTestDatabase();
    try {
      await seedDemo(plain.db, fixedClock(NOW));
      expect(await rowsOf(plain.db, `SELECT id FROM applications`)).toEqual([]);
    } finally {
      await plain.close();
    }
  }, 120_000);

  it('gives every creation object and certified one the data it reported, and no other application any', async () => {
    // Platforms report service records, events, resources and entries; bases their enterprises and profiles.
    const reporting = await rowsOf<{ carrier: string; isStanding: boolean; objects: number; records: number; resources: number; enterprises: number }>(
      t.database.db,
      `SELECT a.carrier, a.state IN ('creating', 'acceptance_submitted', 'acceptance_review', 'certified') AS "isStanding", count(*)::int AS objects,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM service_records r WHERE r.application_id = a.id))::int AS records,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM resource_entries r WHERE r.application_id = a.id))::int AS resources,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM base_enterprises e WHERE e.application_id = a.id))::int AS enterprises
        FROM applications a GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    for (const row of reporting) {
      const expected = row.isStanding ? row.objects : 0;
      expect(row).toMatchObject(row.carrier === 'platform' ? { records: expected, resources: expected, enterprises: 0 } : { records: 0, resources: 0, enterprises: expected });
    }
    // The seed's exact volume (a few thousand records per platform at most, so the demo starts quickly).
    const volume = await rowsOf(
      t.database.db,
      `SELECT (SELECT count(*)::int FROM service_records) AS records, (SELECT count(*)::int FROM service_events) AS events,
          (SELECT count(*)::int FROM resource_entries) AS resources, (SELECT count(*)::int FROM entry_points) AS entries,
          (SELECT count(*)::int FROM base_enterprises) AS enterprises, (SELECT count(*)::int FROM base_profiles) AS profiles,
          (SELECT count(*)::int FROM data_imports) AS imports, (SELECT max(n)::int FROM (SELECT count(*) AS n FROM service_records GROUP BY application_id) c) AS "mostRecords"`,
    );
    expect(volume).toEqual([{ records: 105507, events: 653, resources: 8551, entries: 110, enterprises: 4417, profiles: 44, imports: 308, mostRecords: 4166 }]);
    // Every record is a valid Guangdong credit code, dated within the object's period or, once certified, after it.
    const outside = await rowsOf(
      t.database.db,
      `SELECT count(*)::int AS n FROM service_records r JOIN applications a ON a.id = r.application_id
        WHERE r.service_date < ((a.facts ->> 'creationPeriodEndsOn')::date - interval '2 years') OR r.service_date > '2026-11-29'
           OR (a.state <> 'certified' AND r.service_date > (a.facts ->> 'creationPeriodEndsOn')::date) OR substr(r.credit_code, 3, 2) <> '44'`,
    );
    expect(outside).toEqual([{ n: 0 }]);
    const codes = await rowsOf<{ code: string }>(t.database.db, `SELECT DISTINCT credit_code AS code FROM service_records`);
    expect(codes.every((row) => isValidCreditCode(row.code))).toBe(true);
  });

  it('leaves each application a history that starts from draft, links step to step and ends at its state', async () => {
    const rows = await rowsOf<{ id: string; state: string; from_state: string; to_state: string; occurred_at: string }>(
      t.database.db,
      `SELECT a.id, a.state, e.from_state, e.to_state, e.occurred_at FROM applications a JOIN application_events e ON e.application_id = a.id ORDER BY a.id, e.occurred_at`,
    );
    const paths = new Map<string, typeof rows>();
    for (const row of rows) paths.set(row.id, [...(paths.get(row.id) ?? []), row]);
    expect(paths.size).toBe(160);
    for (const path of paths.values()) {
      expect(path[0]!.from_state).toBe('draft');
      path.slice(1).forEach((step, i) => expect(step.from_state).toBe(path[i]!.to_state));
      expect(path[path.length - 1]!.to_state).toBe(path[0]!.state);
    }
  });

  it('certifies the 2024 certified objects by one 拟认定公示 and one 认定公告, each with its certificate number', async () => {
    const certified = await rowsOf<{ id: string; carrier: string; number: string | null; sequence: number | null; certified_on: string | null }>(
      t.database.db,
      `SELECT a.id, a.carrier, c.certificate_number AS number, c.sequence, c.certified_on::text AS certified_on
          FROM applications a LEFT JOIN certifications c ON c.application_id = a.id WHERE a.state = 'certified'`,
    );
    expect(certified).toHaveLength(21);
    expect(certified.every((row) => row.number !== null && row.certified_on === '2026-11-03')).toBe(true);
    // One sequence per carrier, from 001, no gaps (ADR 0015).
    for (const carrier of ['platform', 'base']) {
      const sequences = certified.filter((row) => row.carrier === carrier).map((row) => row.sequence!).sort((a, b) => a - b);
      expect(sequences).toEqual(sequences.map((_, index) => index + 1));
    }
    expect(certified.find((row) => row.carrier === 'platform' && row.sequence === 1)!.number).toBe('粤中小示范平台〔2026〕001号');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/announcements' });
    expect(list.statusCode).toBe(200);
    const [announcement] = list.json().items;
    expect(announcement).toMatchObject({ publishedOn: '2026-11-03' });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/announcements/${announcement.id}` })).json();
    expect(detail.entries).toHaveLength(21);
    expect(detail.hasDocument).toBe(false);
    const notices = await rowsOf<{ stage: string; entries: number; ends_on: string }>(t.database.db, `SELECT stage, jsonb_array_length(entries)::int AS entries, ends_on::text FROM publicity_notices`);
    expect(notices).toEqual([{ stage: 'certification', entries: 21, ends_on: '2026-10-29' }]);
  });

  it('computes every creation object’s standing, projects the registry and opens the creation-object pages', async () => {
    const result = await ensureDemoStandings(t.database.db, t.clock);
    // Every creating, acceptance-stage and certified object (2024: 57; 2025: 31), none failed.
    expect(result).toEqual({ computed: 88, removed: 0, failed: 0 });
    expect(await rebuildRegistry(t.database.db, t.clock)).toEqual({ projected: 91, changed: 91 });
    // The registry prints each certified object's certificate number (ADR 0017).
    expect(await rowsOf(t.database.db, `SELECT count(*)::int AS n FROM registry_entries r JOIN certifications c ON c.application_id = r.application_id AND c.certificate_number = r.certificate_number`)).toEqual([{ n: 21 }]);
    const [object] = await rowsOf<{ id: string }>(t.database.db, `SELECT id FROM applications WHERE state = 'certified' ORDER BY application_number LIMIT 1`);
    for (const url of [`/api/creation-objects/${object!.id}`, `/api/creation-objects/${object!.id}/indicators`, `/api/applications/${object!.id}`]) {
      expect((await get(province, url)).statusCode, url).toBe(200);
    }
  }, 120_000);

  it('gives the province’s 统计看板 figures and 深圳’s its own city only', async () => {
    const view = (await get(province, '/api/oversight/dashboard')).json<OversightDashboardView>();
    expect(view.years).toEqual([2024, 2025]);
    expect(view.total).toBe(160);
    expect(view.byCity.map((row) => row.cityCode)).toEqual([...CITY_CODES]);
    expect(view.byCity.every((row) => row.count >= 3)).toBe(true);
    for (const funnel of view.funnels) expect(funnel.steps.find((s) => s.step === 'creating')!.count).toBeGreaterThan(0);
    expect(view.thresholds.creatingObjects).toBeGreaterThan(0);
    expect(view.thresholds.certifiedObjects).toBeGreaterThan(0);
    expect(view.thresholds.pendingCount).toBe(0);
    // The figure-judged thresholds of Attachments 1 and 2 (certification rule): met by some objects, missed by others.
    const counted = view.thresholds.indicators.filter((row) => row.expertJudged === 0);
    for (const row of counted) {
      expect(row.creatingMet, row.code).toBeGreaterThan(0);
      expect(row.creatingMet, row.code).toBeLessThan(row.creatingTotal);
      expect(row.certifiedMet, row.code).toBeGreaterThan(0);
      expect(row.certifiedMet, row.code).toBeLessThan(row.certifiedTotal);
    }
    // The seed's exact standings, [creating met, of, certified met, of]: a change to the generator shows here.
    expect(Object.fromEntries(counted.map((row) => [row.code, [row.creatingMet, row.creatingTotal, row.certifiedMet, row.certifiedTotal]]))).toEqual({
      'base.qualityEnterprises': [6, 14, 6, 8], 'base.residentSmes': [4, 14, 7, 8], 'platform.coverage': [19, 53, 7, 13], 'platform.offlineEvents': [12, 53, 7, 13],
      'platform.resources': [21, 53, 7, 13], 'platform.satisfaction': [25, 53, 11, 13], 'platform.servedEnterprises': [8, 53, 4, 13], 'platform.serviceFunctions': [20, 53, 11, 13],
    });
    expect(view.thresholds).toMatchObject({ creatingObjects: 67, certifiedObjects: 21, creatingAllMet: 3, certifiedAllMet: 4 });
    // The progress reports seeded leave a handful of half years overdue, not every one of every object.
    const overdue = Object.fromEntries(view.overdue.map((row) => [row.kind, row.count]));
    expect(overdue).toMatchObject({ 'city-review': 6, 'progress-report': 15 });
    const city = (await get(shenzhen, '/api/oversight/dashboard')).json<OversightDashboardView>();
    expect(city.scope).toMatchObject({ kind: 'city', cityCode: '440300' });
    expect(city.byCity.map((row) => row.cityCode)).toEqual(['440300']);
    expect(city.total).toBe(view.byCity.find((row) => row.cityCode === '440300')!.count);
  });
});
