// F8 through HTTP: the dashboard's figures on a programme built by hand, the city officer kept to its city in every
// route and export, unknown values refused in Chinese naming the field, neutral orders, and the Excel files.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OversightDashboardView, OversightObjectsPage, OverduePage } from '../../contracts/oversight';
import { indicatorStandingsRepository } from '../../db/repositories/indicator-standings.repository';
import { buildIndicatorStanding, listAuditOf } from '../../db/testing/oversight-builders';
import { CITY_CODES } from '../../domain/divisions/divisions';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app';
import { seedOversightFixture, type OversightFixture } from './oversight-fixture';

const TODAY = '2026-11-28T15:50:00Z';
const TOMORROW = '2026-11-28T16:05:00Z';
let t: TestApp;
let fixture: OversightFixture;
let province: SignedIn;
let guangzhou: SignedIn;
let shenzhen: SignedIn;

beforeAll(async () => {
  // 23:50 on 2026-11-28 in Shanghai: the tests step past midnight without outliving a session (30 minutes idle).
  t = await createTestApp(new Date(TODAY));
  fixture = await seedOversightFixture(t.database.db);
  province = await t.signIn('province');
  guangzhou = await t.signIn('city', { cityCode: '440100' });
  shenzhen = await t.signIn('city', { cityCode: '440300' });
});
afterAll(async () => t.close());

const get = (who: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

async function workbookOf(payload: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  return workbook;
}

function sheetText(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
  return rows;
}

describe('GET /api/oversight/dashboard', () => {
  it('counts by stage, year, city and carrier for the province, drafts left out', async () => {
    const response = await get(province, '/api/oversight/dashboard');
    expect(response.statusCode).toBe(200);
    const view = response.json<OversightDashboardView>();
    expect(view.scope).toEqual({ kind: 'province' });
    expect(view.asOf).toBe('2026-11-28');
    expect(view.years).toEqual([2025, 2026]);
    expect(view.total).toBe(5);
    const byState = Object.fromEntries(view.byState.map((row) => [row.state, row.count]));
    expect(byState).toMatchObject({ draft: 0, submitted: 1, city_rejected: 1, creating: 2, certified: 1 });
    expect(view.byState.map((row) => row.state)[0]).toBe('draft');
    expect(view.byYear).toEqual([
      { year: 2025, count: 3, creating: 2, certified: 1 },
      { year: 2026, count: 2, creating: 0, certified: 0 },
    ]);
    // Every city in division-code order, zeros included: never ordered by count (Art. 8).
    expect(view.byCity.map((row) => row.cityCode)).toEqual([...CITY_CODES]);
    expect(view.byCity.find((row) => row.cityCode === '440100')).toEqual({ cityCode: '440100', cityName: '广州市', count: 3, creating: 1, certified: 1 });
    expect(view.byCity.find((row) => row.cityCode === '440300')).toMatchObject({ count: 2, creating: 1, certified: 0 });
    expect(view.byCarrier.map((row) => [row.carrier, row.platformKind, row.count])).toEqual([
      ['platform', 'comprehensive', 3],
      ['platform', 'professional', 1],
      ['base', null, 1],
    ]);
  });

  it('counts each call’s funnel from the states its applications ever reached', async () => {
    const view = (await get(province, '/api/oversight/dashboard')).json<OversightDashboardView>();
    const steps = (year: number) => Object.fromEntries(view.funnels.find((f) => f.year === year)!.steps.map((s) => [s.step, s.count]));
    expect(view.funnels.map((f) => f.year)).toEqual([2025, 2026]);
    expect(steps(2025)).toEqual({ applied: 3, recommended: 3, shortlisted: 3, creating: 3, certified: 1, exited: 0 });
    expect(steps(2026)).toEqual({ applied: 2, recommended: 0, shortlisted: 0, creating: 0, certified: 0, exited: 0 });
  });

  it('counts the certification thresholds met from the standings, with the objects still pending', async () => {
    const { thresholds } = (await get(province, '/api/oversight/dashboard')).json<OversightDashboardView>();
    expect(thresholds).toMatchObject({ creatingObjects: 2, certifiedObjects: 1, creatingAllMet: 0, certifiedAllMet: 1, pendingCount: 1 });
    const indicator = (code: string) => thresholds.indicators.find((row) => row.code === code);
    expect(indicator('platform.servedEnterprises')).toMatchObject({ creatingMet: 1, creatingTotal: 1, certifiedMet: 1, certifiedTotal: 1, expertJudged: 0, group: expect.any(String) });
    expect(indicator('platform.satisfaction')).toMatchObject({ creatingMet: 0, creatingTotal: 1, certifiedMet: 0, certifiedTotal: 0 });
    expect(indicator('platform.digitalBase')).toMatchObject({ creatingMet: 0, creatingTotal: 1, expertJudged: 1 });
    const codes = thresholds.indicators.map((row) => row.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('counts a stale standing as pending only, never as met or missed (ADR 0021)', async () => {
    const now = new Date('2026-11-28T02:00:00Z');
    await indicatorStandingsRepository.markStale(t.database.db, fixture.ids.gzCertified, now);
    try {
      const { thresholds } = (await get(province, '/api/oversight/dashboard')).json<OversightDashboardView>();
      expect(thresholds).toMatchObject({ certifiedObjects: 1, certifiedAllMet: 0, pendingCount: 2 });
      expect(thresholds.indicators.find((row) => row.code === 'platform.servedEnterprises')).toMatchObject({ certifiedMet: 0, certifiedTotal: 0 });
      const listed = (await get(province, `/api/oversight/objects?state=certified`)).json<OversightObjectsPage>();
      expect(listed.rows.map((row) => [row.applicationId, row.isCertificationMet])).toEqual([[fixture.ids.gzCertified, null]]);
    } finally {
      const { applicationId: _id, isStale: _stale, computedAt: _at, ...fresh } = buildIndicatorStanding(fixture.ids.gzCertified);
      await indicatorStandingsRepository.upsert(t.database.db, fixture.ids.gzCertified, fresh, now);
    }
  });

  it('filters by year, carrier and platform kind', async () => {
    expect((await get(province, '/api/oversight/dashboard?year=2026')).json<OversightDashboardView>()).toMatchObject({ total: 2, filters: { year: 2026 } });
    expect((await get(province, '/api/oversight/dashboard?carrier=base')).json<OversightDashboardView>().total).toBe(1);
    const professional = (await get(province, '/api/oversight/dashboard?platformKind=professional')).json<OversightDashboardView>();
    expect(professional).toMatchObject({ total: 1, filters: { carrier: 'platform', platformKind: 'professional' } });
  });

  it('gives a city officer its own city only, and refuses another city with 403', async () => {
    const view = (await get(guangzhou, '/api/oversight/dashboard')).json<OversightDashboardView>();
    expect(view.scope).toEqual({ kind: 'city', cityCode: '440100', cityName: '广州市' });
    expect(view.filters.city).toBe('440100');
    expect(view.total).toBe(3);
    expect(view.byCity.map((row) => row.cityCode)).toEqual(['440100']);
    expect((await get(guangzhou, '/api/oversight/dashboard?city=440100')).statusCode).toBe(200);
    const refused = await get(guangzhou, '/api/oversight/dashboard?city=440300');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('地市账号只能查看本市数据');
  });

  it.each([
    ['carrier=ship', 'carrier', '载体类型'],
    ['city=999999', 'city', '地市'],
    ['platformKind=huge', 'platformKind', '平台类型'],
    ['year=abc', 'year', '年度'],
    ['year=2030', 'year', '年度'],
    ['carrier=base&platformKind=professional', 'platformKind', '平台类型'],
    ['sort=count', 'sort', '不接受的字段'],
  ])('refuses %s with 400 naming the field in Chinese', async (query, path, words) => {
    const response = await get(province, `/api/oversight/dashboard?${query}`);
    expect(response.statusCode).toBe(400);
    const issue = response.json().issues.find((i: { path: string }) => i.path === path);
    expect(issue?.message).toContain(words);
  });

  it.each(['/api/oversight/objects', '/api/oversight/objects.xlsx'])('refuses an unknown indicator code on %s with 400 naming 指标', async (url) => {
    const response = await get(province, `${url}?indicator=platform.nothing`);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'indicator', message: '指标有误：没有代码为platform.nothing的指标' }]);
  });

  it('says the year of a call that does not exist', async () => {
    const response = await get(province, '/api/oversight/dashboard?year=2030');
    expect(response.json().message).toContain('没有2030年度的创建通知');
  });
});

describe('GET /api/oversight/objects', () => {
  it('lists in division-code then name order, not by any figure', async () => {
    const page = (await get(province, '/api/oversight/objects')).json<OversightObjectsPage>();
    expect(page.total).toBe(5);
    expect(page.rows.map((row) => row.name)).toEqual(['乙广州综合平台', '广州未推荐平台', '甲广州专业平台', '深圳基地', '深圳待初审平台']);
    expect(page.rows.map((row) => row.cityCode)).toEqual(['440100', '440100', '440100', '440300', '440300']);
    expect(page.rows.find((row) => row.applicationId === fixture.ids.gzCertified)).toMatchObject({ stateLabel: '已认定', isCertificationMet: true, callYear: 2025, platformKind: 'professional' });
    expect(page.rows.find((row) => row.applicationId === fixture.ids.gzRejected)?.isCertificationMet).toBeNull();
  });

  it('narrows to a state, a funnel step or an indicator, and pages', async () => {
    const ids = async (query: string) => (await get(province, `/api/oversight/objects?${query}`)).json<OversightObjectsPage>().rows.map((row) => row.applicationId);
    expect(await ids('state=creating')).toEqual([fixture.ids.gzCreating, fixture.ids.szBase]);
    expect(await ids('step=certified')).toEqual([fixture.ids.gzCertified]);
    expect(await ids('step=applied&year=2026')).toEqual([fixture.ids.gzRejected, fixture.ids.szSubmitted]);
    expect(await ids('indicator=platform.satisfaction')).toEqual([fixture.ids.gzCreating]);
    const second = (await get(province, '/api/oversight/objects?page=2&pageSize=2')).json<OversightObjectsPage>();
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.rows.map((row) => row.name)).toEqual(['甲广州专业平台', '深圳基地']);
  });

  it('keeps a city officer to its city and refuses another', async () => {
    const page = (await get(shenzhen, '/api/oversight/objects')).json<OversightObjectsPage>();
    expect(page.rows.map((row) => row.cityCode)).toEqual(['440300', '440300']);
    expect((await get(shenzhen, '/api/oversight/objects?city=440100')).statusCode).toBe(403);
    expect((await get(shenzhen, '/api/oversight/objects?state=flying')).statusCode).toBe(400);
  });
});

describe('GET /api/oversight/overdue', () => {
  it('lists the city review only from the day after its deadline (the deadline day is on time)', async () => {
    t.clock.set(new Date('2026-11-28T15:59:00Z')); // 23:59 on the 28th in Shanghai
    expect((await get(province, '/api/oversight/overdue')).json<OverduePage>().total).toBe(0);
    expect((await get(province, '/api/oversight/dashboard')).json<OversightDashboardView>().overdue.find((o) => o.kind === 'city-review')?.count).toBe(0);
    t.clock.set(new Date('2026-11-28T16:00:00Z')); // 00:00 on the 29th: the first overdue day
    const page = (await get(province, '/api/oversight/overdue')).json<OverduePage>();
    expect(page.rows).toEqual([
      expect.objectContaining({ kind: 'city-review', kindLabel: '地市初审逾期', applicationId: fixture.ids.szSubmitted, cityCode: '440300', dueOn: '2026-11-28', daysOverdue: 1 }),
    ]);
    const view = (await get(province, '/api/oversight/dashboard')).json<OversightDashboardView>();
    expect(view.overdue.map((o) => o.kind)).toEqual(['city-review', 'objections', 'progress-report', 'change-report', 're-review-report', 're-review-assessment']);
    expect(view.overdue[0]?.count).toBe(1);
    // 深圳 sees it; 广州 does not, and cannot ask for 深圳's.
    expect((await get(shenzhen, '/api/oversight/overdue')).json<OverduePage>().total).toBe(1);
    expect((await get(guangzhou, '/api/oversight/overdue')).json<OverduePage>().total).toBe(0);
    expect((await get(guangzhou, '/api/oversight/overdue?city=440300')).statusCode).toBe(403);
    expect((await get(province, '/api/oversight/overdue?kind=progress-report')).json<OverduePage>().total).toBe(0);
    expect((await get(province, '/api/oversight/overdue?kind=late')).statusCode).toBe(400);
    t.clock.set(new Date(TODAY));
  });
});

describe('Excel exports', () => {
  it('exports the dashboard as one workbook, a sheet per figure headed with the filters and the date', async () => {
    const before = (await listAuditOf(t.database.db, 'oversight.export')).length;
    const response = await get(guangzhou, '/api/oversight/dashboard.xlsx?year=2025');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['按阶段', '按年度', '按地市', '按载体类型', '各批次漏斗', '认定指标达标情况', '逾期事项']);
    for (const sheet of workbook.worksheets) {
      const text = sheetText(sheet).map((row) => row.join(' ')).join('\n');
      expect(text).toContain('筛选条件：年度：2025年度；地市：广州市（440100）');
      expect(text).toContain('数据截至：2026年11月28日');
    }
    const cities = sheetText(workbook.getWorksheet('按地市')!);
    expect(cities.filter((row) => /^44\d{4}$/.test(row[0] ?? ''))).toEqual([['440100', '广州市', '2', '1', '1']]);
    const audits = await listAuditOf(t.database.db, 'oversight.export');
    expect(audits.length).toBe(before + 1);
    expect(audits.at(-1)).toMatchObject({ actorUserId: guangzhou.userId, after: { export: 'dashboard', filters: { year: 2025, city: '440100' } } });
  });

  it('exports all matching objects in the neutral order with the filters at the top', async () => {
    const response = await get(province, '/api/oversight/objects.xlsx?carrier=platform&pageSize=1');
    expect(response.statusCode).toBe(200);
    const rows = sheetText((await workbookOf(response.rawPayload)).worksheets[0]!);
    expect(rows[1]?.[0]).toBe('筛选条件：年度：全部；地市：全部；载体类型：平台；平台类型：全部');
    const names = rows.slice(rows.findIndex((row) => row[0] === '申报编号') + 1).map((row) => row[1]);
    expect(names).toEqual(['乙广州综合平台', '广州未推荐平台', '甲广州专业平台', '深圳待初审平台']);
  });

  it('exports the overdue items, and keeps a city to its own in every export', async () => {
    t.clock.set(new Date(TOMORROW));
    const response = await get(shenzhen, '/api/oversight/overdue.xlsx');
    expect(response.statusCode).toBe(200);
    const rows = sheetText((await workbookOf(response.rawPayload)).worksheets[0]!);
    expect(rows.some((row) => row[1] === '深圳待初审平台' && row[0] === '地市初审逾期')).toBe(true);
    t.clock.set(new Date(TODAY));
    for (const url of ['/api/oversight/dashboard.xlsx', '/api/oversight/objects.xlsx', '/api/oversight/overdue.xlsx']) {
      const refused = await get(shenzhen, `${url}?city=440100`);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().message).toBe('地市账号只能查看本市数据');
      expect((await get(province, `${url}?carrier=boat`)).statusCode, url).toBe(400);
    }
    const objects = sheetText((await workbookOf((await get(guangzhou, '/api/oversight/objects.xlsx')).rawPayload)).worksheets[0]!);
    expect(objects.filter((row) => /^44\d{4}$/.test(row[3] ?? '')).map((row) => row[3])).toEqual(['440100', '440100', '440100']);
  });
});
