// The indicator dashboard against THE HAND-COUNT FIXTURE (src/db/testing/indicator-fixture.ts, where every row and
// the counting by hand are written down): each indicator for year 1, year 2 and the whole period, for a platform
// and for a base, through HTTP; plus who may see it and what the drill-downs list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreationObjectSummary } from '../../contracts/creation-objects';
import type { CreationObjectList, DivisionCoverage, EventPage, IndicatorDashboardView, ServedEnterprise, ServiceItemDelivery } from '../../contracts/indicators';
import type { Page } from '../../contracts/organisations';
import { buildApplicationContent } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import { createCreationObject } from '../../db/testing/creation-builders';
import { ENTERPRISES, seedBaseFixture, seedPlatformFixture } from '../../db/testing/indicator-fixture';
import type { DataFlag } from '../../domain/creation-data/data-flags';
import type { DashboardRow } from '../../domain/creation-data/indicator-dashboard';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let platformId: string;
let baseId: string;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  // After the period: stock figures are taken on each window's last day.
  t = await createTestApp(new Date('2028-03-01T02:00:00Z'));
  const db = t.database.db;
  const operator = await createOrganisation(db, { cityCode: '440200', countyCode: '440203', name: '韶关市中小企业服务中心' });
  const platform = await createCreationObject(db, {
    organisationId: operator.id,
    cityCode: '440200',
    startsOn: '2026-01-05',
    callYear: 2025,
    content: { name: '韶关市中小企业综合服务平台', region: '440200', platformKind: 'comprehensive' },
  });
  const base = await createCreationObject(db, {
    organisationId: operator.id,
    cityCode: '440200',
    startsOn: '2026-01-05',
    callYear: 2024,
    content: { ...buildApplicationContent(), name: '韶关先进制造产业基地', carrier: 'base', platformKind: null, region: '440200' },
  });
  platformId = platform.id;
  baseId = base.id;
  await seedPlatformFixture(db, platformId);
  await seedBaseFixture(db, baseId);
  cookies.operator = (await t.signIn('applicant', { organisationId: operator.id })).cookie;
  cookies.otherOperator = (await t.signIn('applicant', { cityCode: '440200' })).cookie;
  cookies.city = (await t.signIn('city', { cityCode: '440200' })).cookie;
  cookies.otherCity = (await t.signIn('city', { cityCode: '440100' })).cookie;
  cookies.province = (await t.signIn('province')).cookie;
  cookies.auditor = (await t.signIn('auditor')).cookie;
  cookies.expert = (await t.signIn('expert')).cookie;
});
afterAll(async () => t.close());

async function get<T>(who: string, url: string, status = 200): Promise<T> {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who]! } });
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const dashboard = (id: string, window: number, who = 'province') => get<IndicatorDashboardView>(who, `/api/creation-objects/${id}/indicators?window=${window}`);
const rowsOf = (view: IndicatorDashboardView) => Object.fromEntries(view.rows.map((r) => [r.code, r])) as Record<string, DashboardRow>;

describe('who sees a creation object and its dashboard (Art. 13)', () => {
  it.each([
    ['operator', 200],
    ['city', 200],
    ['province', 200],
    ['auditor', 200],
    ['otherOperator', 404],
    ['otherCity', 404],
    ['expert', 403],
  ])('%s → %i', async (who, status) => {
    const summary = await get<CreationObjectSummary>(who, `/api/creation-objects/${platformId}`, status);
    await get(who, `/api/creation-objects/${platformId}/indicators?window=1`, status);
    await get(who, `/api/creation-objects/${platformId}/flags`, status);
    if (status === 200) {
      expect(summary).toMatchObject({ name: '韶关市中小企业综合服务平台', carrier: 'platform', platformKind: 'comprehensive', region: '440200', regionName: '韶关市', cityName: '韶关市', state: 'creating', stateLabel: '创建期', isCollectingData: true });
      expect(summary.period?.years.map((y) => [y.startsOn, y.endsOn])).toEqual([['2026-01-05', '2027-01-04'], ['2027-01-05', '2028-01-05']]);
      expect(summary.canWrite).toBe(who === 'operator');
      expect(summary.canComment).toBe(who === 'city');
    }
  });

  it('lists only what each may see, in neutral order, with filters', async () => {
    const names = async (who: string, query = '') => (await get<CreationObjectList>(who, `/api/creation-objects${query}`)).items.map((i) => i.name);
    expect(await names('operator')).toEqual(['韶关先进制造产业基地', '韶关市中小企业综合服务平台']);
    expect(await names('otherOperator')).toEqual([]);
    expect(await names('otherCity')).toEqual([]);
    expect(await names('city', '?carrier=base')).toEqual(['韶关先进制造产业基地']);
    expect(await names('province', '?city=440200&carrier=platform&state=creating')).toEqual(['韶关市中小企业综合服务平台']);
    expect(await names('province', '?state=certified')).toEqual([]);
    await get('province', '/api/creation-objects?carrier=ship', 400);
    await get('province', '/api/creation-objects?city=110000', 400);
  });

  it('refuses a year the period does not have, and a window that is not a number', async () => {
    const refused = await get<{ issues: { path: string; message: string }[] }>('province', `/api/creation-objects/${platformId}/indicators?window=3`, 400);
    expect(refused.issues).toEqual([{ path: 'window', message: '该创建对象的创建期只有2年（未延期的创建期没有第三年）' }]);
    await get('province', `/api/creation-objects/${platformId}/indicators?window=x`, 400);
    await get('province', `/api/creation-objects/${platformId}/indicators?window=1&extra=1`, 400);
    await get('province', '/api/creation-objects/not-a-uuid/indicators', 400);
  });
});

// [code, actualText, actual, creation passed, certification passed] — the hand counts of indicator-fixture.ts.
type Expected = [string, string, number | string | null, boolean | null, boolean | null];
const CONVENIENCE_Y1 = '电脑端服务入口：具备；移动端服务入口：具备；注册流程用时：10分钟';
const CONVENIENCE_Y2 = '电脑端服务入口：具备；移动端服务入口：具备；注册流程用时：7分钟';
const PLATFORM: Record<number, Expected[]> = {
  1: [
    ['platform.servedEnterprises', '4家', 4, false, false],
    ['platform.coverage', '40%', 0.4, true, false],
    ['platform.satisfaction', '60%', 0.6, false, false],
    ['platform.offlineEvents', '1次', 1, false, false],
    ['platform.serviceFunctions', '4项', 4, true, false],
    ['platform.resources', '2家（人）', 2, false, false],
    ['platform.convenience', CONVENIENCE_Y1, '具备', null, false],
    ['platform.digitalBase', '—', null, null, null],
    ['platform.operations', '—', null, null, null],
    ['platform.interconnection', '—', null, null, null],
  ],
  2: [
    ['platform.servedEnterprises', '4家', 4, false, false],
    ['platform.coverage', '40%', 0.4, true, false],
    ['platform.satisfaction', '75%', 0.75, false, false],
    ['platform.offlineEvents', '2次', 2, false, false],
    ['platform.serviceFunctions', '3项', 3, true, false],
    ['platform.resources', '3家（人）', 3, false, false],
    ['platform.convenience', CONVENIENCE_Y2, '具备', null, null],
    ['platform.digitalBase', '—', null, null, null],
    ['platform.operations', '—', null, null, null],
    ['platform.interconnection', '—', null, null, null],
  ],
  0: [
    ['platform.servedEnterprises', '5家', 5, false, false],
    ['platform.coverage', '50%', 0.5, true, true],
    ['platform.satisfaction', '66.7%', 6 / 9, false, false],
    ['platform.offlineEvents', '3次', 3, false, false],
    ['platform.serviceFunctions', '6项', 6, true, true],
    ['platform.resources', '3家（人）', 3, false, false],
    ['platform.convenience', CONVENIENCE_Y2, '具备', null, null],
    ['platform.digitalBase', '—', null, null, null],
    ['platform.operations', '—', null, null, null],
    ['platform.interconnection', '—', null, null, null],
  ],
};

describe('the platform’s indicators match the hand count', () => {
  it.each([1, 2, 0])('window %i: every indicator, both stages', async (window) => {
    const view = await dashboard(platformId, window);
    const rows = rowsOf(view);
    expect(Object.keys(rows).sort()).toEqual(PLATFORM[window]!.map(([code]) => code).sort());
    for (const [code, actualText, actual, creation, certification] of PLATFORM[window]!) {
      const row = rows[code]!;
      expect([code, row.actualText, row.creation.actual, row.creation.passed, row.certification.passed]).toEqual([code, actualText, actual, creation, certification]);
    }
    expect(view.isCreationMet).toBe(false);
    expect(view.asOf).toBe(window === 1 ? '2027-01-04' : '2028-01-05');
    expect(view.windows.map((w) => w.index)).toEqual([0, 1, 2]);
  });

  it('the whole period says the yearly thresholds are yearly', async () => {
    const rows = rowsOf(await dashboard(platformId, 0));
    expect(rows['platform.servedEnterprises']!.notes).toEqual(['该指标的标准按年度计算，整个创建期的数值仅供参考，是否达到以各年度的数值为准']);
    expect(rows['platform.coverage']!.notes).toEqual([]);
    expect(rows['platform.offlineEvents']!.certification.reason).toContain('共4场，其中15家以上企业参加的3场');
  });

  it('puts the libraries in front of the experts', async () => {
    expect(rowsOf(await dashboard(platformId, 0))['platform.digitalBase']!.notes).toEqual([
      '中小企业库：1000条（2026-01-05）→ 1100条（2027-12-31），增长10%',
      '法律政策库：200条（2026-01-05）',
      '服务机构库：80条（2026-01-05）',
      '服务产品案例库：40条（2026-01-05）→ 41条（2027-06-30），增长2.5%',
      '政策推送：具备（2026-01-05报送）',
    ]);
  });

  it('the operator, the city and the province see the same figures', async () => {
    const figures = async (who: string) => (await dashboard(platformId, 1, who)).rows.map((r) => [r.code, r.actualText, r.creation.passed, r.certification.passed]);
    const province = await figures('province');
    expect(await figures('operator')).toEqual(province);
    expect(await figures('city')).toEqual(province);
  });

  it('while a window runs, stock figures are taken today', async () => {
    t.clock.set(new Date('2026-11-28T02:00:00Z'));
    try {
      const view = await dashboard(platformId, 1);
      // On 2026-11-28: O1 and O2 (from 2026-03-01); the expert K1 has left.
      expect([view.asOf, rowsOf(view)['platform.resources']!.creation.actual]).toEqual(['2026-11-28', 2]);
    } finally {
      t.clock.set(new Date('2028-03-01T02:00:00Z'));
    }
  });
});

const BASE: Record<number, Expected[]> = {
  1: [
    ['base.industry', '85%', 0.85, null, null],
    ['base.qualityEnterprises', '575%', 5.75, true, true],
    ['base.innovation', '2.3%', 0.07 / 3, null, null],
    ['base.residentSmes', '4家', 4, false, false],
    ['base.ecosystem', '2类', 2, null, null],
  ],
  2: [
    ['base.industry', '50%', 0.5, null, false],
    ['base.qualityEnterprises', '366.7%', 11 / 3, true, true],
    ['base.innovation', '2%', 0.02, null, null],
    ['base.residentSmes', '3家', 3, false, false],
    ['base.ecosystem', '2类', 2, null, null],
  ],
};
BASE[0] = BASE[2]!;

describe('the base’s indicators match the hand count', () => {
  it.each([1, 2, 0])('window %i', async (window) => {
    const view = await dashboard(baseId, window);
    const rows = rowsOf(view);
    for (const [code, actualText, actual, creation, certification] of BASE[window]!) {
      const row = rows[code]!;
      const measured = typeof row.creation.actual === 'number' ? Number(row.creation.actual.toFixed(10)) : row.creation.actual;
      const expectedActual = typeof actual === 'number' ? Number(actual.toFixed(10)) : actual;
      expect([code, row.actualText, measured, row.creation.passed, row.certification.passed]).toEqual([code, actualText, expectedActual, creation, certification]);
    }
    expect(['base.serviceActivities', 'base.facilities', 'base.operations'].map((code) => rows[code]!.creation.passed)).toEqual([null, null, null]);
    expect(view.notes[0]).toBe(
      window === 1
        ? '入驻企业数据取自2026年度（统计区间内最近一个完整年度），共4家；企业平均研发投入强度按营业收入大于0的3家企业各自的研发投入强度平均计算'
        : '入驻企业数据取自2027年度（统计区间内最近一个完整年度），共3家；企业平均研发投入强度按营业收入大于0的3家企业各自的研发投入强度平均计算',
    );
  });
});

describe('drill-downs list what the figures count', () => {
  it('the enterprises served in a window, by credit code, with their records and dates', async () => {
    const page = await get<Page<ServedEnterprise>>('city', `/api/creation-objects/${platformId}/indicators/enterprises?window=1&pageSize=3`);
    expect([page.total, page.page, page.pageSize]).toEqual([4, 1, 3]);
    expect(page.items).toEqual([
      { creditCode: ENTERPRISES.A, name: '韶关甲科技有限公司', records: 3, firstServedOn: '2026-02-10', lastServedOn: '2026-09-09' },
      { creditCode: ENTERPRISES.B, name: '韶关乙制造有限公司', records: 1, firstServedOn: '2026-03-15', lastServedOn: '2026-03-15' },
      { creditCode: ENTERPRISES.C, name: '韶关丙贸易有限公司', records: 1, firstServedOn: '2026-06-01', lastServedOn: '2026-06-01' },
    ]);
    const second = await get<Page<ServedEnterprise>>('city', `/api/creation-objects/${platformId}/indicators/enterprises?window=1&pageSize=3&page=2`);
    expect(second.items.map((i) => [i.creditCode, i.lastServedOn])).toEqual([[ENTERPRISES.E, '2027-01-04']]);
    const beyond = await get<Page<ServedEnterprise>>('city', `/api/creation-objects/${platformId}/indicators/enterprises?window=1&pageSize=3&page=9`);
    expect([beyond.total, beyond.items]).toEqual([4, []]);
    await get('city', `/api/creation-objects/${platformId}/indicators/enterprises?pageSize=101`, 400);
  });

  it('the events, which fell short of 15 participants', async () => {
    const events = (query: string) => get<EventPage>('operator', `/api/creation-objects/${platformId}/indicators/events?${query}`);
    const short = await events('window=0&filter=short');
    expect([short.total, short.minParticipants, short.items.map((e) => [e.date, e.topic, e.participantCount, e.isReaching])]).toEqual([1, 15, [['2026-04-01', '惠企政策宣讲会', 14, false]]]);
    const reaching = await events('window=0&filter=reaching');
    expect(reaching.items.map((e) => [e.date, e.participantCount])).toEqual([['2026-07-01', 15], ['2027-03-01', 16], ['2027-09-01', 15]]);
    expect((await events('window=2')).items.map((e) => e.topic)).toEqual(['数字化转型培训', '专精特新沙龙']);
    expect((await events('window=0&pageSize=1&page=4')).items.map((e) => e.topic)).toEqual(['专精特新沙龙']);
    expect((await events('window=0&pageSize=1&page=5')).total).toBe(4);
    const baseEvents = await get<EventPage>('province', `/api/creation-objects/${baseId}/indicators/events?window=1&filter=short`);
    expect([baseEvents.minParticipants, baseEvents.items.map((e) => [e.participantCount, e.isReaching])]).toEqual([null, [[20, null]]]);
  });

  it('the next-level divisions covered and not covered', async () => {
    const coverage = await get<DivisionCoverage>('province', `/api/creation-objects/${platformId}/indicators/divisions?window=1`);
    expect([coverage.regionName, coverage.covered, coverage.total]).toEqual(['韶关市', 4, 10]);
    expect(coverage.divisions.filter((d) => d.isCovered).map((d) => [d.name, d.records])).toEqual([['武江区', 3], ['浈江区', 1], ['曲江区', 1], ['始兴县', 1]]);
    expect(coverage.divisions.filter((d) => !d.isCovered).map((d) => d.name)).toContain('仁化县');
    await get('province', `/api/creation-objects/${baseId}/indicators/divisions`, 400);
  });

  it('the service items of the comprehensive list, delivered or not', async () => {
    const delivery = await get<ServiceItemDelivery>('auditor', `/api/creation-objects/${platformId}/indicators/service-items?window=1`);
    expect(delivery.delivered).toBe(4);
    expect(delivery.items.filter((i) => i.isDelivered).map((i) => [i.item, i.records])).toEqual([['创业指导', 3], ['管理咨询', 1], ['人才培训', 1], ['市场拓展', 1]]);
    expect(delivery.items.filter((i) => !i.isDelivered).map((i) => i.item)).toEqual(['法律法规政策查询辅导', '人才招聘', '投融资', '法律与合规', '诉求受理', '出海服务', '可持续发展']);
  });
});

describe('the data-quality hints of the fixture (Art. 12)', () => {
  it('count what the fixture holds, and act on nothing', async () => {
    const view = await get<{ flags: DataFlag[]; note: string }>('city', `/api/creation-objects/${platformId}/flags`);
    expect(view.note).toBe('提示供评审参考，不自动处理');
    expect(Object.fromEntries(view.flags.map((f) => [f.code, f.count]))).toEqual({
      invalidCreditCodes: 3,
      outsideGuangdong: 1,
      outsidePeriod: 1,
      sameDayRepeats: 0,
      nearIdenticalEvents: 1,
      identicalAnswers: 0,
    });
    const byCode = Object.fromEntries(view.flags.map((f) => [f.code, f]));
    expect(byCode.outsideGuangdong!.examples).toEqual([`${ENTERPRISES.X} 南宁庚电子有限公司`]);
    expect(byCode.outsidePeriod!.examples).toEqual([`服务记录 2025-12-31 ${ENTERPRISES.F} 韶关己建材有限公司`]);
    expect(byCode.nearIdenticalEvents!.examples).toEqual(['2026-07-01“融资对接会”与2027-03-01“数字化转型培训”：15家相同，共16家']);
    // The flags changed nothing: the dashboard still counts X and the near-identical events.
    expect(rowsOf(await dashboard(platformId, 0))['platform.servedEnterprises']!.creation.actual).toBe(5);
  });
});
