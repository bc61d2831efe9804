// Import rules through HTTP that the engine alone enforces (service_records has no unique index, migration 0012):
// a voided record no longer counts as stored, so re-entering it stores it; a NUL character or a year before 1900 is
// a reason in the error report, never a 500; the template's example row is skipped in a file only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataImportsRepository } from '../../db/repositories/data-imports.repository';
import { createCreationObject } from '../../db/testing/creation-builders';
import { changeStateWithLockTimeout } from '../../db/testing/creation-data-counts';
import { listServiceRecordsOf } from '../../db/testing/import-counts';
import { CODES, RECORD_HEADER, csvOf, importApi, readSheet, xlsxOf } from '../testing/import-requests';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let api: ReturnType<typeof importApi>;
let applicant: SignedIn;
let callYear = 2060;

beforeAll(async () => {
  t = await createTestApp(new Date('2026-11-28T02:00:00Z'));
  api = importApi(t);
  applicant = await t.signIn('applicant');
});
afterAll(() => t.close());

async function creationObject() {
  callYear += 1;
  return createCreationObject(t.database.db, { organisationId: applicant.organisationId!, callYear, startsOn: '2026-01-05' });
}

const ROW = ['FW100', CODES[0]!, '华为技术有限公司', '440106', '管理咨询', '2026-03-05', '线上', '满意'];
const EXAMPLE = { externalId: 'FW20260305001', creditCode: '914403001922038216', enterpriseName: '华为技术有限公司', divisionCode: '440106', serviceItem: '管理咨询', serviceDate: '2026-03-05', channel: '线上', satisfaction: '满意' };

describe('a voided record is not a duplicate', () => {
  it('stores the record imported again after its void, once', async () => {
    const application = await creationObject();
    const file = csvOf([RECORD_HEADER, ROW]);
    expect((await api.upload(application.id, applicant.cookie, 'a.csv', file)).json()).toMatchObject({ acceptedRows: 1, duplicateRows: 0 });
    const found = await api.get(`/api/creation-objects/${application.id}/service-records`, applicant.cookie);
    const [record] = found.json().records;
    const voided = await t.app.inject({
      method: 'POST',
      url: `/api/creation-objects/${application.id}/service-records/${record.id}/void`,
      headers: { ...JSON_HEADERS, cookie: applicant.cookie },
      payload: { reason: '企业名称录错，已重新录入' },
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect((await api.upload(application.id, applicant.cookie, 'a.csv', file)).json()).toMatchObject({ acceptedRows: 1, duplicateRows: 0 });
    // The re-entered record stands now: a third import of the same row is a duplicate.
    expect((await api.upload(application.id, applicant.cookie, 'a.csv', file)).json()).toMatchObject({ acceptedRows: 0, duplicateRows: 1 });
    expect(await listServiceRecordsOf(t.database.db, application.id)).toHaveLength(2);
  });
});

describe('cells no database or workbook can hold', () => {
  it('rejects a NUL character and a year before 1900 with Chinese reasons, in the preview and the report', async () => {
    const application = await creationObject();
    // A NUL in the first 4 KB makes the upload "not text" (415, upload-file.ts): the bad rows come after 100 good ones.
    const padding = Array.from({ length: 100 }, (_, i) => ['', CODES[0]!, '华为技术有限公司', '440106', '管理咨询', `2026-0${1 + (i % 9)}-${10 + (i % 18)}`, i < 50 ? '线上' : '线下', '']);
    const file = csvOf([
      RECORD_HEADER,
      ...padding,
      ['FW1\u00002', CODES[1]!, '腾讯', '440106', '管理咨询', '2026-03-05', '线上', ''],
      ['FW2', CODES[2]!, '某某\u0000企业', '440106', '管理咨询', '2026-03-05', '线上', ''],
      ['FW3', CODES[3]!, '某某企业', '440106', '管理咨询', '0026-03-05', '线上', ''],
      ROW,
    ]);
    const response = await api.upload(application.id, applicant.cookie, 'nul.csv', file);
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result).toMatchObject({ totalRows: 104, rejectedRows: 3, hasErrorReport: true });
    const accepted = result.acceptedRows as number;
    const nul = '含有空字符（NUL），可能是文件损坏或导出有误，请删除后重新填写';
    expect(result.problemsPreview).toEqual([
      { row: 102, column: '记录编号', value: 'FW1\u00002', reason: nul },
      { row: 103, column: '企业名称', value: '某某\u0000企业', reason: nul },
      { row: 104, column: '服务日期', value: '0026-03-05', reason: '日期0026-03-05的年份早于1900年，请检查年份是否写全（例如2026）' },
    ]);
    const report = await api.get(`/api/creation-objects/${application.id}/imports/${result.importId}/error-report.xlsx`, applicant.cookie);
    expect(report.statusCode).toBe(200);
    expect((await readSheet(report.rawPayload)).slice(2)).toEqual([
      ['102', '记录编号', 'FW1\ufffd2', nul],
      ['103', '企业名称', '某某\ufffd企业', nul],
      ['104', '服务日期', '0026-03-05', '日期0026-03-05的年份早于1900年，请检查年份是否写全（例如2026）'],
    ]);
    expect(await listServiceRecordsOf(t.database.db, application.id)).toHaveLength(accepted);
    expect(accepted + result.duplicateRows).toBe(101);
  });
});

describe('the template example row', () => {
  it('is stored when a form enters it (only a file can carry the template’s example)', async () => {
    const application = await creationObject();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/creation-objects/${application.id}/datasets/serviceRecords/records`,
      headers: { ...JSON_HEADERS, cookie: applicant.cookie },
      payload: { cells: EXAMPLE },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(await listServiceRecordsOf(t.database.db, application.id)).toMatchObject([{ externalId: 'FW20260305001', creditCode: '914403001922038216' }]);
  });

  it('is skipped in an uploaded file', async () => {
    const application = await creationObject();
    const response = await api.upload(application.id, applicant.cookie, 'template.csv', csvOf([RECORD_HEADER, Object.values(EXAMPLE), ROW]));
    expect(response.json()).toMatchObject({ totalRows: 1, acceptedRows: 1 });
  });
});

describe('an Excel header row', () => {
  it('is the first row with content: blank rows above it are passed over, rows keep Excel’s numbers', async () => {
    const application = await creationObject();
    const bad = ['', CODES[1]!, '腾讯', '440106', '管理咨询', '2026-02-30', '线上', ''];
    const workbook = await xlsxOf([['', ''], [' '], RECORD_HEADER, ROW, bad]);
    const response = await api.upload(application.id, applicant.cookie, '服务记录.xlsx', workbook);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ totalRows: 2, acceptedRows: 1, rejectedRows: 1, problemsPreview: [{ row: 5, column: '服务日期' }] });
  });
});

describe('an import holds its creation object', () => {
  // PGlite has one connection, so transactions never overlap there; on PostgreSQL a revocation committing during a
  // long import must wait for it (Art. 7(2): no data after collection ends).
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('keeps a change of the object waiting until the import commits', async () => {
    const application = await creationObject();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let signalLocked = (): void => undefined;
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    const importing = t.database.db.transaction(async (tx) => {
      expect(await dataImportsRepository.findApplicationForShare(tx, application.id)).toMatchObject({ state: 'creating' });
      signalLocked();
      await held;
    });
    await locked;
    const revoking = changeStateWithLockTimeout(t.database.db, application.id, 'revoked', 300);
    await expect(revoking).rejects.toThrow();
    release();
    await importing;
  });
});
