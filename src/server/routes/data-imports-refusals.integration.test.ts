import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_BYTES } from '../../contracts/data-imports';
import { createCreationObject } from '../../db/testing/creation-builders';
import { countServiceRecords, listImportsOf } from '../../db/testing/creation-data-counts';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { CODES, RECORD_HEADER, csvOf, importApi, readSheet, xlsxOf } from '../testing/import-requests';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let api: ReturnType<typeof importApi>;
let applicant: SignedIn;
let callYear = 2040;
const ROW = ['', CODES[0]!, '华为技术有限公司', '440106', '管理咨询', '2026-03-05', '线上', ''];

async function creationObject(state?: LifecycleState, organisationId = applicant.organisationId!) {
  callYear += 1;
  return createCreationObject(t.database.db, { organisationId, callYear, ...(state ? { state } : {}) });
}

async function expectNothingStored(applicationId: string): Promise<void> {
  expect(await listImportsOf(t.database.db, applicationId)).toEqual([]);
  expect(await countServiceRecords(t.database.db, applicationId)).toBe(0);
  expect(readdirSync(path.join(t.deps.dataDir, 'tmp'), { withFileTypes: true }).filter((f) => f.isFile())).toEqual([]);
}

beforeAll(async () => {
  t = await createTestApp();
  api = importApi(t);
  applicant = await t.signIn('applicant');
});
afterAll(() => t.close());

describe('refused imports leave nothing behind', () => {
  it.each([
    ['missing columns', '缺列.csv', () => csvOf([['统一社会信用代码', '企业名称', '服务方式'], [CODES[0]!, '华为', '线上']]), 422, '文件缺少必填列：服务地区代码、服务事项、服务日期。请使用“服务记录”模板，第一行为列名'],
    ['an empty file', '空.csv', () => Buffer.alloc(0), 422, '文件“空.csv”是空的：请在模板中填写数据后重新导入'],
    ['a header without rows', '表头.csv', () => csvOf([RECORD_HEADER]), 422, '文件中没有数据行：第一行为列名，从第二行起每行一条记录'],
    ['an empty first line', '空行.csv', () => Buffer.from('\r\n,,\r\n'), 422, '文件第一行没有列名：请使用模板，第一行为列名，从第二行起每行一条记录'],
    ['an empty workbook', '空.xlsx', () => xlsxOf([]), 422, '工作簿的第一个工作表是空的：请在模板中填写数据后重新导入'],
    ['a broken workbook', '坏.xlsx', () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), 422, '无法读取该Excel文件：文件可能已损坏或不是.xlsx格式（旧版.xls请在Excel中另存为.xlsx）'],
    ['a PDF named .csv', '记录.csv', () => Buffer.from('%PDF-1.4\n%%EOF\n'), 415, '文件“记录.csv”的扩展名是.csv，但内容不是文本。请上传Excel工作簿（.xlsx）或CSV文件（.csv），可先下载模板填写'],
    ['text named .xlsx', '记录.xlsx', () => csvOf([RECORD_HEADER, ROW]), 415, '文件“记录.xlsx”的扩展名是.xlsx，但内容不是Excel工作簿。请上传Excel工作簿（.xlsx）或CSV文件（.csv），可先下载模板填写'],
    ['an old .xls', '记录.xls', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), 415, '文件“记录.xls”是旧版Excel（.xls）格式，请在Excel中“另存为”.xlsx。请上传Excel工作簿（.xlsx）或CSV文件（.csv），可先下载模板填写'],
    ['a Word file', '记录.docx', async () => xlsxOf([RECORD_HEADER, ROW]), 415, '文件“记录.docx”不是Excel（.xlsx）或CSV文件。请上传Excel工作簿（.xlsx）或CSV文件（.csv），可先下载模板填写'],
  ])('%s → %i', async (_case, name, build, status, message) => {
    const application = await creationObject();
    const response = await api.upload(application.id, applicant.cookie, name, await build());
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().message).toBe(message);
    await expectNothingStored(application.id);
  });

  it('lists each missing header as an issue', async () => {
    const application = await creationObject();
    const response = await api.upload(application.id, applicant.cookie, 'x.xlsx', await xlsxOf([['统一社会信用代码'], [CODES[0]!]]));
    expect(response.json().issues.map((i: { message: string }) => i.message)).toEqual(['缺少“企业名称”列', '缺少“服务地区代码”列', '缺少“服务事项”列', '缺少“服务日期”列', '缺少“服务方式”列']);
  });

  it('refuses an upload over the size cap while it streams (413)', async () => {
    const application = await creationObject();
    const boundary = '----shifanbig';
    const chunk = Buffer.alloc(1024 * 1024, 'a,');
    let sent = 0;
    const body = Readable.from(
      (function* () {
        yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="大.csv"\r\nContent-Type: text/csv\r\n\r\n`);
        while (sent <= MAX_IMPORT_FILE_BYTES + chunk.length) {
          sent += chunk.length;
          yield chunk;
        }
        yield Buffer.from(`\r\n--${boundary}--\r\n`);
      })(),
    );
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/creation-objects/${application.id}/datasets/serviceRecords/imports`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-requested-with': 'shifan', cookie: applicant.cookie },
      payload: body,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toBe('文件超过200 MB，请分成几个文件分别导入');
    await expectNothingStored(application.id);
  }, 120_000);
});

describe('who may import, and when', () => {
  it.each([
    ['another organisation’s applicant', 'other', 404],
    ['the city officer', 'city', 403],
    ['the province', 'province', 403],
    ['the auditor', 'auditor', 403],
  ] as const)('%s → %i', async (_who, who, status) => {
    const application = await creationObject();
    const actor = who === 'other' ? await t.signIn('applicant') : await t.signIn(who, { cityCode: '440100' });
    const response = await api.upload(application.id, actor.cookie, 'a.csv', csvOf([RECORD_HEADER, ROW]));
    expect(response.statusCode).toBe(status);
    await expectNothingStored(application.id);
  });

  it.each([
    ['submitted', '该平台（基地）当前为“已提交，待地市初审”，不在数据采集期（自确定为创建对象起至撤销前），不能报送或更正数据、管理数据接口或提交进展报告'],
    ['revoked', null],
  ] as const)('a creation object in state %s → 409 DATA_COLLECTION_CLOSED', async (state, message) => {
    const application = await creationObject(state);
    const response = await api.upload(application.id, applicant.cookie, 'a.csv', csvOf([RECORD_HEADER, ROW]));
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('DATA_COLLECTION_CLOSED');
    if (message) expect(response.json().message).toBe(message);
    await expectNothingStored(application.id);
  });

  it.each([
    ['a dataset that does not exist', 'nonsense', '数据集“nonsense”不存在或暂不支持导入'],
    ['a base dataset on a platform', 'baseEnterprises', '“入驻企业”是示范基地报送的数据，本创建对象是示范平台，没有这个数据集'],
  ])('%s → 404', async (_case, dataset, message) => {
    const application = await creationObject();
    const response = await api.upload(application.id, applicant.cookie, 'a.csv', csvOf([RECORD_HEADER, ROW]), dataset);
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe(message);
  });
});

describe('templates', () => {
  it('gives an .xlsx with starred headers, the example row, the kind’s service items and the division codes', async () => {
    const application = await creationObject();
    const response = await api.get(`/api/creation-objects/${application.id}/datasets/serviceRecords/template.xlsx`, applicant.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('服务记录导入模板.xlsx'));
    const [header, example] = await readSheet(response.rawPayload);
    expect(header).toEqual(RECORD_HEADER);
    expect(example).toEqual(['FW20260305001', '914403001922038216', '华为技术有限公司', '440106', '管理咨询', '2026-03-05', '线上', '满意']);
    const guide = (await readSheet(response.rawPayload, 1)).find((row) => row[0] === '服务事项');
    expect(guide?.[3]).toBe('法律法规政策查询辅导、创业指导、管理咨询、人才培训、人才招聘、市场拓展、投融资、法律与合规、诉求受理、出海服务、可持续发展');
    expect((await readSheet(response.rawPayload, 2)).slice(0, 2)).toEqual([['代码', '名称'], ['440103', '广州市荔湾区']]);
    // Imported as it is, the template has no data: its example row is skipped.
    const reimport = await api.upload(application.id, applicant.cookie, '模板.xlsx', response.rawPayload);
    expect(reimport.statusCode).toBe(422);
  });

  it('gives a UTF-8 CSV with BOM whose example suits a professional platform', async () => {
    callYear += 1;
    const application = await createCreationObject(t.database.db, { organisationId: applicant.organisationId!, callYear, content: { platformKind: 'professional' } });
    const response = await api.get(`/api/creation-objects/${application.id}/datasets/serviceRecords/template.csv`, applicant.cookie);
    expect(response.statusCode).toBe(200);
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.body.replace(/^\uFEFF/, '').split('\r\n')[1]).toBe('FW20260305001,914403001922038216,华为技术有限公司,440106,数字化转型,2026-03-05,线上,满意');
  });
});
