import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { createCreationObject } from '../../db/testing/creation-builders';
import { listImportsOf } from '../../db/testing/creation-data-counts';
import { listServiceEventsOf, listServiceRecordsOf } from '../../db/testing/import-counts';
import { CODES, RECORD_HEADER, csvOf, importApi, readSheet, xlsxOf } from '../testing/import-requests';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let api: ReturnType<typeof importApi>;
let applicant: SignedIn;
let callYear = 2030;

async function creationObject(state?: 'creating' | 'submitted' | 'revoked') {
  callYear += 1;
  return createCreationObject(t.database.db, { organisationId: applicant.organisationId!, callYear, startsOn: '2026-01-05', ...(state ? { state } : {}) });
}

beforeAll(async () => {
  t = await createTestApp();
  api = importApi(t);
  applicant = await t.signIn('applicant');
});
afterAll(() => t.close());

const GOOD = [
  ['FW001', CODES[0]!, '华为技术有限公司', '440106', '管理咨询', '2026-03-05', '线上', '满意'],
  ['', CODES[1]!, '腾讯科技（深圳）有限公司', '441900003', '创业指导', '2026/3/6', '线下', ''],
  ['FW003', CODES[2]!, '某某企业', '440103', '投融资', '2026-11-28', '线下', '5'],
];

describe('importing service records from a file', () => {
  it('stores a good CSV file, records the import and its audit, and leaves no temporary file', async () => {
    const application = await creationObject();
    const response = await api.upload(application.id, applicant.cookie, '服务记录.csv', csvOf([RECORD_HEADER, ...GOOD]));
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result).toMatchObject({ totalRows: 3, acceptedRows: 3, duplicateRows: 0, rejectedRows: 0, hasErrorReport: false, problemsPreview: [] });
    const records = await listServiceRecordsOf(t.database.db, application.id);
    expect(records.map((r) => [r.externalId, r.creditCode, r.divisionCode, r.serviceItem, r.serviceDate, r.channel, r.satisfaction])).toEqual([
      ['FW001', CODES[0], '440106', '管理咨询', '2026-03-05', 'online', 4],
      [null, CODES[1], '441900003', '创业指导', '2026-03-06', 'offline', null],
      ['FW003', CODES[2], '440103', '投融资', '2026-11-28', 'offline', 5],
    ]);
    const [row] = await listImportsOf(t.database.db, application.id);
    expect(row).toMatchObject({ id: result.importId, dataset: 'serviceRecords', source: 'file', fileName: '服务记录.csv', totalRows: 3, acceptedRows: 3, createdBy: applicant.userId });
    expect(row?.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await auditLogRepository.findByObject(t.database.db, 'application', application.id);
    expect(audit.filter((a) => a.action === 'creationData.imported')).toHaveLength(1);
    expect(readdirSync(path.join(t.deps.dataDir, 'tmp'))).toEqual([]);
  });

  it('rejects bad rows with exact reasons in the downloadable Excel report and stores the good ones', async () => {
    const application = await creationObject();
    const bad = [
      ['', '914403001922038217', '坏代码企业', '440106', '管理咨询', '2026-03-05', '线上', ''],
      ['', CODES[0]!, '日期企业', '440106', '管理咨询', '2026-02-30', '线上', ''],
      ['', CODES[1]!, '满意度企业', '440106', '管理咨询', '2026-03-07', '线上', 7],
      ['', CODES[2]!, '事项企业', '440106', '数字化转型', '2026-03-08', '线上', ''],
      ['', CODES[3]!, '地区企业', '110101', '管理咨询', '2026-03-09', '线上', ''],
    ];
    const workbook = await xlsxOf([RECORD_HEADER, GOOD[0]!, ...bad, GOOD[2]!]);
    const response = await api.upload(application.id, applicant.cookie, '服务记录.xlsx', workbook);
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result).toMatchObject({ totalRows: 7, acceptedRows: 2, duplicateRows: 0, rejectedRows: 5, hasErrorReport: true });
    expect(result.problemsPreview).toHaveLength(5);
    const [row] = await listImportsOf(t.database.db, application.id);
    expect(row?.rejectedByColumn).toEqual({ 统一社会信用代码: 1, 服务日期: 1, 满意度评价: 1, 服务事项: 1, 服务地区代码: 1 });
    expect(await listServiceRecordsOf(t.database.db, application.id)).toHaveLength(2);

    const download = await api.get(`/api/creation-objects/${application.id}/imports/${result.importId}/error-report.xlsx`, applicant.cookie);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('spreadsheetml');
    const lines = await readSheet(download.rawPayload);
    expect(lines[1]).toEqual(['行号', '列名', '填写内容', '问题原因']);
    expect(lines.slice(2)).toEqual([
      ['3', '统一社会信用代码', '914403001922038217', '统一社会信用代码校验位不正确，请核对后重新输入'],
      ['4', '服务日期', '2026-02-30', '日期2026-02-30不存在'],
      ['5', '满意度评价', '7', '满意度应为1至5之间的整数（5为非常满意），而不是7'],
      ['6', '服务事项', '数字化转型', '“数字化转型”不是综合服务平台的服务内容，应为法律法规政策查询辅导、创业指导、管理咨询、人才培训、人才招聘、市场拓展、投融资、法律与合规、诉求受理、出海服务、可持续发展之一'],
      ['7', '服务地区代码', '110101', '110101不是广东省的县（市、区）级行政区划代码，也不是东莞、中山的镇街代码'],
    ]);
  });

  it('counts a second import of the same file as duplicates, never twice', async () => {
    const application = await creationObject();
    const file = csvOf([RECORD_HEADER, ...GOOD, GOOD[0]!]);
    const first = (await api.upload(application.id, applicant.cookie, 'a.csv', file)).json();
    expect(first).toMatchObject({ totalRows: 4, acceptedRows: 3, duplicateRows: 1 });
    t.clock.set(new Date('2026-11-28T02:00:05Z'));
    const second = (await api.upload(application.id, applicant.cookie, 'a.csv', file)).json();
    expect(second).toMatchObject({ totalRows: 4, acceptedRows: 0, duplicateRows: 4, rejectedRows: 0 });
    expect(await listServiceRecordsOf(t.database.db, application.id)).toHaveLength(3);
    const history = (await api.get(`/api/creation-objects/${application.id}/imports`, applicant.cookie)).json();
    expect(history.imports.map((i: { id: string }) => i.id)).toEqual([second.importId, first.importId]);
    expect(history.imports[0]).toMatchObject({ dataset: 'serviceRecords', datasetLabel: '服务记录', source: 'file', fileName: 'a.csv', duplicateRows: 4, hasErrorReport: false });
  });

  it('serialises two imports of one creation object at the same time: each record is stored once', async () => {
    const application = await creationObject();
    const file = csvOf([RECORD_HEADER, ...GOOD]);
    const answers = await Promise.all([1, 2].map(() => api.upload(application.id, applicant.cookie, 'same.csv', file)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
    expect(answers.map((a) => a.json().acceptedRows).sort()).toEqual([0, 3]);
    expect(answers.map((a) => a.json().duplicateRows).sort()).toEqual([0, 3]);
    expect(await listServiceRecordsOf(t.database.db, application.id)).toHaveLength(3);
  });

  it('reads a GBK CSV as Excel on Chinese Windows saves it, with columns in any order', async () => {
    const application = await creationObject();
    // 统一社会信用代码,企业名称,服务地区代码,服务日期,服务方式,服务事项 / …,华为,440106,2026-03-05,线上,管理咨询 in GBK.
    const gbk = Buffer.concat([
      Buffer.from('cdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb2cc6f3d2b5c3fbb3c62cb7fecef1b5d8c7f8b4fac2eb2cb7fecef1c8d5c6da2cb7fecef1b7bdcabd2cb7fecef1cac2cfee', 'hex'),
      Buffer.from('\r\n'),
      Buffer.from(`${CODES[0]},`),
      Buffer.from('bbaaceaa', 'hex'),
      Buffer.from(',440106,2026-03-05,'),
      Buffer.from('cfdfc9cf', 'hex'),
      Buffer.from(','),
      Buffer.from('b9dcc0edd7c9d1af', 'hex'),
      Buffer.from('\r\n'),
    ]);
    const response = await api.upload(application.id, applicant.cookie, 'gbk.csv', gbk);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ acceptedRows: 1, rejectedRows: 0 });
    const [record] = await listServiceRecordsOf(t.database.db, application.id);
    expect(record).toMatchObject({ creditCode: CODES[0], serviceItem: '管理咨询', channel: 'online' });
  });

  it('imports offline events with their distinct participants', async () => {
    const application = await creationObject();
    const header = ['活动编号', '活动日期*', '活动主题*', '参加企业统一社会信用代码*'];
    const file = csvOf([header, ['HD1', '2026-04-01', '政策宣讲会', `${CODES[1]}、${CODES[0]}\n${CODES[1]}`], ['HD2', '2026-04-02', '融资对接会', `${CODES[0]};bad`]]);
    const result = (await api.upload(application.id, applicant.cookie, '活动.csv', file, 'serviceEvents')).json();
    expect(result).toMatchObject({ totalRows: 2, acceptedRows: 1, rejectedRows: 1 });
    expect(result.problemsPreview[0]).toMatchObject({ row: 3, column: '参加企业统一社会信用代码', reason: '第2个代码“BAD”：统一社会信用代码应为18位' });
    expect(await listServiceEventsOf(t.database.db, application.id)).toEqual([{ eventDate: '2026-04-01', topic: '政策宣讲会', participantCodes: [CODES[0], CODES[1]], participantCount: 2 }]);
  });
});
