// POST /api/v1/self-assessment (DESIGN §7): public, sessionless, read-only; bad input is a 400 with one Chinese
// message per field path, never a 500.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const URL = '/api/v1/self-assessment';
// Sessionless: no CSRF header, no cookie.
const HEADERS = { 'content-type': 'application/json' };

const platformFacts = (changes: Record<string, unknown> = {}) => ({
  servedEnterprises: 1200,
  // Under the province: counties and 东莞 towns map up to their city; 7 cities of 21 = 33.3%.
  coveredDivisions: ['440106', '440305', '440104', '441900401', '442000001', '440604', '440703', '440802'],
  satisfiedAnswers: 85,
  totalAnswers: 100,
  eventParticipants: [20, 18, 15, 40, 16, 3],
  serviceContents: ['创业指导', '管理咨询', '人才培训', '投融资'],
  resourceCount: 95,
  hasPcEntry: true,
  hasMobileEntry: false,
  registrationMinutes: null,
  ...changes,
});
const platformBody = (changes: Record<string, unknown> = {}, facts: Record<string, unknown> = {}) => ({
  carrier: 'platform',
  platformKind: 'comprehensive',
  stage: 'creation',
  region: '440000',
  facts: platformFacts(facts),
  ...changes,
});
const baseFacts = (changes: Record<string, unknown> = {}) => ({
  enterpriseCount: 100,
  leadingIndustryRevenueShare: 0.55,
  qualityEnterprises: { champion: 1, littleGiant: 0, specialised: 2, highTech: 1, techSme: 0, innovativeSme: 0 },
  avgRdIntensity: 0.025,
  ecosystem: ['incubator', 'techPlatform'],
  ...changes,
});
const baseBody = (changes: Record<string, unknown> = {}, facts: Record<string, unknown> = {}) => ({
  carrier: 'base',
  stage: 'creation',
  region: '440300',
  facts: baseFacts(facts),
  ...changes,
});

async function post(payload: unknown) {
  return t.app.inject({ method: 'POST', url: URL, headers: HEADERS, payload: JSON.stringify(payload) });
}
type Indicator = { code: string; name: string; actual: unknown; passed: boolean | null; reason: string };
const byCode = (body: { indicators: Indicator[] }) => Object.fromEntries(body.indicators.map((i) => [i.code, i]));

describe('a comprehensive platform at creation', () => {
  it('passes, with the exact DESIGN §7 shape, without a session or CSRF header', async () => {
    const response = await post(platformBody());
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(Object.keys(body)).toEqual(['standardVersion', 'passed', 'indicators']);
    expect(body).toMatchObject({ standardVersion: 'guangdong-2025-v1', passed: true });
    for (const i of body.indicators) expect(Object.keys(i)).toEqual(['code', 'name', 'type', 'required', 'actual', 'passed', 'reason']);
    expect(byCode(body)['platform.coverage']).toMatchObject({ name: '服务覆盖面情况', actual: 7 / 21, passed: true });
    expect(byCode(body)['platform.offlineEvents']).toMatchObject({ actual: 5, passed: true });
    expect(byCode(body)['platform.operations']).toMatchObject({ type: '定性', actual: null, passed: null });
  });

  it('fails with a Chinese reason for each failing indicator', async () => {
    const response = await post(platformBody({}, { servedEnterprises: 999, satisfiedAnswers: 79, coveredDivisions: ['440106'], hasPcEntry: false }));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.passed).toBe(false);
    const indicators = byCode(body);
    expect(indicators['platform.servedEnterprises']).toMatchObject({
      name: '服务企业情况',
      actual: 999,
      passed: false,
      reason: '年服务中小企业数量999家，未达到“年服务中小企业1000家以上”的要求',
    });
    expect(indicators['platform.satisfaction']?.reason).toBe('中小企业用户对服务满意的占比79%（满意答卷79份，共100份），未达到“中小企业用户对服务满意的占比80%以上”的要求');
    expect(indicators['platform.coverage']).toMatchObject({ passed: false });
    expect(indicators['platform.coverage']?.reason).toContain('覆盖下一级行政区1个，共21个');
    expect(indicators['platform.convenience']).toMatchObject({ actual: '不具备', passed: false });
  });

  it('passes exactly at every threshold (以上 and 不少于 include the number)', async () => {
    const response = await post(
      platformBody(
        { region: '440200' },
        {
          servedEnterprises: 1000,
          coveredDivisions: ['440203', '440204', '440205'],
          satisfiedAnswers: 80,
          totalAnswers: 100,
          eventParticipants: [15, 15, 15, 15, 15],
          serviceContents: ['创业指导', '管理咨询', '人才培训'],
          resourceCount: 80,
        },
      ),
    );
    const body = response.json();
    expect(body.passed).toBe(true);
    expect(body.indicators.filter((i: Indicator) => i.passed === true).map((i: Indicator) => [i.code, i.actual])).toEqual([
      ['platform.serviceFunctions', 3],
      ['platform.resources', 80],
      ['platform.servedEnterprises', 1000],
      ['platform.coverage', 0.3],
      ['platform.satisfaction', 0.8],
      ['platform.offlineEvents', 5],
    ]);
  });

  it('counts the towns of 东莞 as the next level of a 东莞 platform', async () => {
    const body = (await post(platformBody({ region: '441900' }, { coveredDivisions: ['441900003', '441900401', '440106'] }))).json();
    expect(byCode(body)['platform.coverage']?.reason).toContain('覆盖下一级行政区2个，共36个；不在本区域下一级行政区内、未计入：440106');
  });
});

describe('certification stage', () => {
  it('applies the higher thresholds and the entry-point rules (8 minutes passes, 8.01 fails)', async () => {
    const facts = {
      servedEnterprises: 3000,
      coveredDivisions: ['440203', '440204', '440205', '440222', '440224'],
      satisfiedAnswers: 90,
      totalAnswers: 100,
      eventParticipants: Array.from({ length: 10 }, () => 15),
      serviceContents: ['创业指导', '管理咨询', '人才培训', '投融资', '市场拓展', '出海服务'],
      resourceCount: 150,
      hasMobileEntry: true,
      registrationMinutes: 8,
    };
    const atThreshold = (await post(platformBody({ stage: 'certification', region: '440200' }, facts))).json();
    expect(atThreshold.passed).toBe(true);
    expect(byCode(atThreshold)['platform.convenience']).toMatchObject({ passed: null, actual: '电脑端服务入口：具备；移动端服务入口：具备；注册流程用时：8分钟' });

    const over = (await post(platformBody({ stage: 'certification', region: '440200' }, { ...facts, registrationMinutes: 8.01, resourceCount: 149 }))).json();
    expect(over.passed).toBe(false);
    expect(byCode(over)['platform.convenience']?.passed).toBe(false);
    expect(byCode(over)['platform.resources']?.passed).toBe(false);

    const creationFacts = (await post(platformBody({ stage: 'certification' }))).json();
    expect(byCode(creationFacts)['platform.servedEnterprises']).toMatchObject({ actual: 1200, passed: false });
  });
});

describe('a base and the quality-enterprise formula', () => {
  it('computes (单项冠军×20 + 小巨人×10 + 专精特新×2 + 高新 + 科技型 + 创新型) / 基地企业数; exactly 25% fails', async () => {
    const body = (await post(baseBody())).json();
    expect(body.passed).toBe(false);
    const quality = byCode(body)['base.qualityEnterprises'];
    expect(quality).toMatchObject({ name: '入驻优质企业占比', actual: 0.25, passed: false });
    expect(quality?.reason).toBe('优质企业数量占比（加权）25%（加权优质企业数25，基地企业数100），未达到“优质企业数量占比超过25%”的要求');
  });

  it('passes just above 25%, leaving the qualitative indicators to experts', async () => {
    const body = (await post(baseBody({}, { qualityEnterprises: { champion: 1, littleGiant: 0, specialised: 2, highTech: 1, techSme: 0, innovativeSme: 1 } }))).json();
    expect(body.passed).toBe(true);
    expect(Object.fromEntries(body.indicators.map((i: Indicator) => [i.name, i.passed]))).toEqual({
      产业发展情况: null,
      入驻优质企业占比: true,
      入驻企业创新发展情况: null,
      入驻中小企业数量: true,
      创业创新服务生态情况: null,
      服务企业情况: null,
      配套设施情况: null,
      运营管理和服务能力: null,
    });
  });

  it('at certification needs 60% and more than 35%, and needs no region', async () => {
    const body = (await post(baseBody({ stage: 'certification', region: undefined }, { leadingIndustryRevenueShare: 0.6 }))).json();
    expect(byCode(body)['base.industry']).toMatchObject({ actual: 0.6, passed: null });
    expect(byCode(body)['base.qualityEnterprises']).toMatchObject({ actual: 0.25, passed: false });
  });
});

describe('a client that always sends platformKind', () => {
  it('is not refused for a base: the field is ignored (DESIGN §7 lists it in every body)', async () => {
    const response = await post(baseBody({ platformKind: 'comprehensive' }));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().indicators.every((i: { code: string }) => i.code.startsWith('base.'))).toBe(true);
  });
});

describe('bad input → 400, one Chinese message per field path', () => {
  it.each<[string, unknown, Record<string, RegExp>]>([
    ['an empty body', {}, { carrier: /请选择载体类型/, stage: /请选择评价阶段/, facts: /请填写自评数据/ }],
    ['a missing fact', platformBody({}, { servedEnterprises: undefined }), { 'facts.servedEnterprises': /^请填写年服务中小企业数量$/ }],
    ['a negative count', platformBody({}, { resourceCount: -1 }), { 'facts.resourceCount': /0至100000000之间的整数/ }],
    ['a fractional count', platformBody({}, { servedEnterprises: 10.5 }), { 'facts.servedEnterprises': /整数/ }],
    ['a non-numeric count', platformBody({}, { servedEnterprises: '1000' }), { 'facts.servedEnterprises': /应为数字/ }],
    ['a share of 1.5', baseBody({}, { leadingIndustryRevenueShare: 1.5 }), { 'facts.leadingIndustryRevenueShare': /0到1之间/ }],
    ['a negative share', baseBody({}, { avgRdIntensity: -0.01 }), { 'facts.avgRdIntensity': /0到1之间/ }],
    ['more satisfied answers than answers', platformBody({}, { satisfiedAnswers: 101 }), { 'facts.satisfiedAnswers': /不能超过答卷总数/ }],
    ['an unknown division code', platformBody({}, { coveredDivisions: ['440106', '999999'] }), { 'facts.coveredDivisions.1': /无法识别.*999999/ }],
    ['a service item of the other kind', platformBody({}, { serviceContents: ['数字化转型', '创业指导'] }), { 'facts.serviceContents.0': /不是综合服务平台的服务内容/ }],
    ['a repeated service item', platformBody({}, { serviceContents: ['创业指导', '创业指导'] }), { 'facts.serviceContents.1': /重复/ }],
    ['a platform without its kind', platformBody({ platformKind: undefined }), { platformKind: /请选择平台类型/ }],
    ['a platform without a region', platformBody({ region: undefined }), { region: /请填写服务区域/ }],
    ['a county as region', platformBody({ region: '440106' }), { region: /广东省（440000）或地级以上市/ }],
    ['unknown fields', platformBody({ fee: 1 }, { extra: true }), { fee: /不接受的字段：fee/, 'facts.extra': /不接受的字段：extra/ }],
    ['platform facts for a base', baseBody({ facts: platformFacts() }), { 'facts.servedEnterprises': /不接受的字段/, 'facts.enterpriseCount': /请填写/ }],
    ['registration minutes left out', platformBody({}, { registrationMinutes: undefined }), { 'facts.registrationMinutes': /无需注册时填null/ }],
    ['zero registration minutes', platformBody({}, { registrationMinutes: 0 }), { 'facts.registrationMinutes': /大于0/ }],
    [
      'more quality enterprises than enterprises',
      baseBody({}, { enterpriseCount: 3, qualityEnterprises: { champion: 1, littleGiant: 1, specialised: 1, highTech: 1, techSme: 0, innovativeSme: 0 } }),
      { 'facts.qualityEnterprises': /合计4家，超过基地企业数量3家/ },
    ],
    ['a missing quality category', baseBody({}, { qualityEnterprises: { champion: 1 } }), { 'facts.qualityEnterprises.littleGiant': /请填写/ }],
    ['an unknown ecosystem carrier', baseBody({}, { ecosystem: ['incubator', 'bank'] }), { 'facts.ecosystem.1': /载体类别应为/ }],
    ['a wrong stage and carrier', { carrier: 'park', stage: 'final', facts: {} }, { carrier: /请选择载体类型/, stage: /请选择评价阶段/ }],
    ['facts that are a list', platformBody({ facts: [] }), { facts: /请填写自评数据/ }],
  ])('%s', async (_label, payload, expected) => {
    const response = await post(payload);
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    const paths = body.issues.map((i: { path: string }) => i.path);
    expect(new Set(paths).size, 'one message per path').toBe(paths.length);
    for (const [path, message] of Object.entries(expected)) {
      expect(body.issues.find((i: { path: string }) => i.path === path)?.message, `${path} in ${response.body}`).toMatch(message);
    }
  });

  it.each([
    ['not JSON', '{bad json'],
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['a NUL character', JSON.stringify(platformBody({}, { serviceContents: ['创业\u0000指导'] }))],
    ['deep nesting', '{"facts":'.repeat(500) + '1' + '}'.repeat(500)],
  ])('%s → 400 envelope', async (_label, payload) => {
    const response = await t.app.inject({ method: 'POST', url: URL, headers: HEADERS, payload });
    expect(response.statusCode, response.body).toBe(400);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'issues', 'message']);
  });

  it('never answers 500 to arbitrary JSON in any field', async () => {
    const valid = platformBody() as Record<string, unknown>;
    const factKeys = Object.keys(platformFacts());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...factKeys), fc.jsonValue(), fc.constantFrom('creation', 'certification'), async (key, value, stage) => {
        const response = await post({ ...valid, stage, facts: { ...platformFacts(), [key]: value } });
        expect([200, 400]).toContain(response.statusCode);
      }),
      { numRuns: 150 },
    );
  });
});
