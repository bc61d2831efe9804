// 数据维护 (F4 item 2(c)) through HTTP: one row of each dataset entered in a form lands through the import engine
// (source 'form') and shows in the current rows as the template's cells; a correction supersedes and the old row
// stays; an unchanged row is a duplicate; a bad value answers 400 naming the field in Chinese and writes nothing;
// only the operator writes, its city and the province read, another organisation or city gets 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCreationDataRows } from '../../db/testing/correction-counts';
import { createCreationObject } from '../../db/testing/creation-builders';
import { expertIdentifier } from '../../domain/creation-data/rows/resources';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let operator: SignedIn;
let otherOperator: SignedIn;
let gz: SignedIn;
let sz: SignedIn;
let province: SignedIn;
let nextCallYear = 2030;

beforeAll(async () => {
  t = await createTestApp(new Date('2026-07-10T02:00:00Z'));
  operator = await t.signIn('applicant');
  otherOperator = await t.signIn('applicant');
  gz = await t.signIn('city', { cityCode: '440100' });
  sz = await t.signIn('city', { cityCode: '440300' });
  province = await t.signIn('province');
});
afterAll(async () => t.close());

async function newObject(carrier: 'platform' | 'base' = 'platform', state?: LifecycleState) {
  nextCallYear += 1;
  return createCreationObject(t.database.db, {
    organisationId: operator.organisationId ?? '',
    callYear: nextCallYear,
    ...(carrier === 'base' ? { content: { carrier: 'base', platformKind: null } } : {}),
    ...(state ? { state } : {}),
  });
}

const post = (who: SignedIn, id: string, dataset: string, cells: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/creation-objects/${id}/datasets/${dataset}/records`, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload: { cells } });
const current = (who: SignedIn, id: string, dataset: string, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/creation-objects/${id}/datasets/${dataset}/current${query}`, headers: { cookie: who.cookie } });

const CODE_A = '914403001922038216';
const CODE_B = '9144030071526726XG';

describe('one row of each dataset through the form', () => {
  it.each([
    ['platform', 'resources', { kind: '专家', name: '李明', employer: '华南理工大学', field: '数字化转型', agreementStartsOn: '2026-03-01' }, { identifier: expertIdentifier('李明', '华南理工大学'), isActive: '是', employer: '华南理工大学' }],
    ['platform', 'resources', { kind: '服务机构', name: '示范咨询公司', creditCode: ` ${CODE_A.toLowerCase()} `, field: '管理咨询', agreementStartsOn: '2026-03-01', agreementEndsOn: '2026-06-30', isActive: '否' }, { creditCode: CODE_A, isActive: '否', agreementEndsOn: '2026-06-30' }],
    ['platform', 'libraryCounts', { library: '政策库', asOf: '2026-07-01', count: 2400, hasPolicyPush: '是' }, { library: '法律政策库', count: '2400', hasPolicyPush: '是' }],
    ['platform', 'entryPoints', { kind: 'PC端', address: 'https://sme.example.gov.cn', needsRegistration: '是', registrationMinutes: 6.5, asOf: '2026-07-01' }, { registrationMinutes: '6.5', isActive: '是' }],
    ['platform', 'entryPoints', { kind: '移动端', mobileType: '公众号', address: '广东中小企业服务', needsRegistration: '否', asOf: '2026-07-01' }, { mobileType: '公众号', registrationMinutes: '' }],
    ['platform', 'serviceEvents', { eventDate: '2026-06-01', topic: '政策宣讲会', participantCodes: [CODE_B, CODE_A] }, { participantCodes: `${CODE_A}、${CODE_B}` }],
    ['base', 'baseEnterprises', { year: 2026, creditCode: CODE_A, name: '示范制造公司', industryCode: '3981', revenue: '1000', rdSpending: '25.5', inventionPatents: 2, qualityCategory: '专精特新小巨人' }, { industryCode: 'C3981', qualityCategory: '专精特新“小巨人”' }],
    ['base', 'baseProfiles', { year: 2026, leadingIndustry: '电子信息', leadingIndustryCodes: '39，C40', landArea: 120, employees: 3000, hasIncubator: '是', hasTechPlatform: '是', hasIndustryFund: '否' }, { leadingIndustryCodes: 'C39、C40' }],
    ['base', 'baseActivities', { externalId: 'JD-1', eventDate: '2026-06-02', topic: '知识产权培训', participantCodes: CODE_A }, { externalId: 'JD-1', participantCodes: CODE_A }],
  ] as const)('%s %s', async (carrier, dataset, cells, shown) => {
    const object = await newObject(carrier);
    const response = await post(operator, object.id, dataset, cells);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ importId: expect.any(String), isDuplicate: false });
    for (const reader of [operator, gz, province]) {
      const listed = await current(reader, object.id, dataset);
      expect(listed.statusCode, listed.body).toBe(200);
      expect(listed.json()).toMatchObject({ dataset, total: 1, page: 1, pageSize: 20, rows: [{ id: expect.any(String), recordedAt: expect.any(String), cells: expect.objectContaining(omitIdentifier(shown)) }] });
    }
  });

  it('a service record entered in a form is stored like an imported one', async () => {
    const object = await newObject();
    const cells = { creditCode: CODE_A, enterpriseName: '华为技术有限公司', divisionCode: '440106', serviceItem: '管理咨询', serviceDate: '2026-06-30', channel: '线下', satisfaction: 4 };
    expect((await post(operator, object.id, 'serviceRecords', cells)).statusCode).toBe(201);
    expect(await countCreationDataRows(t.database.db, object.id)).toMatchObject({ imports: 1, serviceRecords: 1 });
  });
});

function omitIdentifier(shown: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(shown).filter(([key]) => key !== 'identifier'));
}

describe('corrections supersede, unchanged rows are duplicates', () => {
  it('keeps every version and lists only the latest per library and date', async () => {
    const object = await newObject();
    const count = (n: number) => ({ library: '中小企业库', asOf: '2026-07-01', count: n });
    expect((await post(operator, object.id, 'libraryCounts', count(100))).json()).toMatchObject({ isDuplicate: false });
    expect((await post(operator, object.id, 'libraryCounts', count(120))).json()).toMatchObject({ isDuplicate: false });
    expect((await post(operator, object.id, 'libraryCounts', count(120))).json()).toMatchObject({ isDuplicate: true });
    expect((await post(operator, object.id, 'libraryCounts', { ...count(90), asOf: '2026-06-01' })).statusCode).toBe(201);
    const listed = (await current(operator, object.id, 'libraryCounts')).json();
    expect(listed.rows.map((row: { cells: Record<string, string> }) => [row.cells.asOf, row.cells.count])).toEqual([
      ['2026-07-01', '120'],
      ['2026-06-01', '90'],
    ]);
    expect(await countCreationDataRows(t.database.db, object.id)).toMatchObject({ imports: 4, libraryCounts: 3 });
  });

  it('a resource leaving the pool is a new row with 是否在库 否; the pool is paged', async () => {
    const object = await newObject();
    const expert = (name: string) => ({ kind: '专家', name, employer: '中山大学', field: '管理咨询', agreementStartsOn: '2026-02-01' });
    for (const name of ['甲', '乙', '丙']) expect((await post(operator, object.id, 'resources', expert(name))).statusCode).toBe(201);
    expect((await post(operator, object.id, 'resources', { ...expert('乙'), isActive: '否', agreementEndsOn: '2026-06-30' })).statusCode).toBe(201);
    const page1 = (await current(operator, object.id, 'resources', '?page=1&pageSize=2')).json();
    const page2 = (await current(operator, object.id, 'resources', '?page=2&pageSize=2')).json();
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    const rows = [...page1.rows, ...page2.rows].map((row: { cells: Record<string, string> }) => [row.cells.name, row.cells.isActive]);
    expect(rows.sort()).toEqual([
      ['丙', '是'],
      ['乙', '否'],
      ['甲', '是'],
    ]);
    expect(await countCreationDataRows(t.database.db, object.id)).toMatchObject({ resources: 4 });
  });
});

describe('a rejected form row writes nothing', () => {
  it.each([
    ['platform', 'entryPoints', { kind: 'PC端', address: 'www.example.cn', needsRegistration: '是', asOf: '2026-07-01' }, [
      { path: 'cells.address', message: '访问地址：应为以http://或https://开头的网址，例如https://www.example.gov.cn，而不是“www.example.cn”' },
      { path: 'cells.registrationMinutes', message: '注册用时（分钟）：不能为空' },
    ]],
    ['platform', 'libraryCounts', { library: '中小企业库', asOf: '2026-07-11', count: -1 }, [
      { path: 'cells.asOf', message: '统计日期：日期2026-07-11晚于今天（2026-07-10）' },
      { path: 'cells.count', message: '数据量：应为0至2000000000之间的整数' },
    ]],
    ['platform', 'resources', { kind: '服务机构', name: '机构', creditCode: '914403001922038217', field: '咨询', agreementStartsOn: '2026-02-30' }, [
      { path: 'cells.creditCode', message: '统一社会信用代码：统一社会信用代码校验位不正确，请核对后重新输入' },
      { path: 'cells.agreementStartsOn', message: '协议开始日期：日期2026-02-30不存在' },
    ]],
    ['base', 'baseEnterprises', { year: 2026, creditCode: CODE_A, name: '企业', industryCode: 'D3981', revenue: 1, rdSpending: 0, inventionPatents: 0 }, [
      { path: 'cells.industryCode', message: '行业代码：“D3981”的门类字母与大类39不符（应为C）' },
    ]],
    ['platform', 'serviceRecords', { creditCode: CODE_A, enterpriseName: '企业', divisionCode: '440106', serviceItem: '管理咨询', serviceDate: '2026-06-30', channel: '线上', satisfaction: 7 }, [
      { path: 'cells.satisfaction', message: '满意度评价：满意度应为1至5之间的整数（5为非常满意），而不是7' },
    ]],
    ['platform', 'libraryCounts', { library: '中小企业库', asOf: '2026-07-01', count: 1, colour: 'red' }, [{ path: 'cells.colour', message: '不接受的字段：colour' }]],
  ] as const)('%s %s', async (carrier, dataset, cells, issues) => {
    const object = await newObject(carrier);
    const before = await countCreationDataRows(t.database.db, object.id);
    const response = await post(operator, object.id, dataset, cells);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues });
    expect(await countCreationDataRows(t.database.db, object.id)).toEqual(before);
  });

  it('refuses a dataset of the other carrier (404) and a body that is not a row (400)', async () => {
    const object = await newObject('platform');
    // A platform has no 基地基本情况: that dataset does not exist for it (404), for writing or reading.
    const wrong = await post(operator, object.id, 'baseProfiles', { year: 2026 });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().message).toContain('基地基本情况');
    expect((await current(operator, object.id, 'baseProfiles')).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'POST', url: `/api/creation-objects/${object.id}/datasets/libraryCounts/records`, headers: { ...JSON_HEADERS, cookie: operator.cookie }, payload: { cells: [1] } });
    expect(bad.statusCode).toBe(400);
    expect(await countCreationDataRows(t.database.db, object.id)).toMatchObject({ imports: 0 });
  });

  it('refuses writes once data are no longer collected (409)', async () => {
    const object = await newObject('platform', 'exited');
    const response = await post(operator, object.id, 'libraryCounts', { library: '中小企业库', asOf: '2026-07-01', count: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('DATA_COLLECTION_CLOSED');
  });
});

describe('who may read and write', () => {
  it('operator writes; its city and the province read but may not write; another organisation or city gets 404', async () => {
    const object = await newObject();
    const cells = { library: '服务机构库', asOf: '2026-07-01', count: 80 };
    expect((await post(operator, object.id, 'libraryCounts', cells)).statusCode).toBe(201);
    for (const who of [gz, province]) expect((await post(who, object.id, 'libraryCounts', cells)).statusCode).toBe(403);
    expect((await post(otherOperator, object.id, 'libraryCounts', cells)).statusCode).toBe(404);
    expect((await current(gz, object.id, 'libraryCounts')).statusCode).toBe(200);
    expect((await current(sz, object.id, 'libraryCounts')).statusCode).toBe(404);
    expect((await current(otherOperator, object.id, 'libraryCounts')).statusCode).toBe(404);
    expect(await countCreationDataRows(t.database.db, object.id)).toMatchObject({ imports: 1, libraryCounts: 1 });
  });
});
