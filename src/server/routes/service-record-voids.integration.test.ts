// 作废服务记录 (F4 item 2(c)) through HTTP: the operator finds a record by credit code, name or its own record id and
// voids it with a reason; the record stays, the void is audited and shown to every reader; a second void is 409, a
// record of another creation object is 404, and only the operator may void.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { countCreationDataRows } from '../../db/testing/correction-counts';
import { createCreationObject } from '../../db/testing/creation-builders';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let operator: SignedIn;
let otherOperator: SignedIn;
let gz: SignedIn;
let sz: SignedIn;
let auditor: SignedIn;
let nextCallYear = 2030;

beforeAll(async () => {
  t = await createTestApp(new Date('2026-07-10T02:00:00Z'));
  operator = await t.signIn('applicant');
  otherOperator = await t.signIn('applicant');
  gz = await t.signIn('city', { cityCode: '440100' });
  sz = await t.signIn('city', { cityCode: '440300' });
  auditor = await t.signIn('auditor');
});
afterAll(async () => t.close());

async function newPlatform(owner: SignedIn = operator) {
  nextCallYear += 1;
  return createCreationObject(t.database.db, { organisationId: owner.organisationId ?? '', callYear: nextCallYear });
}

const HUAWEI = '914403001922038216';
const TENCENT = '9144030071526726XG';

async function addRecord(owner: SignedIn, objectId: string, cells: Record<string, unknown>): Promise<void> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/creation-objects/${objectId}/datasets/serviceRecords/records`,
    headers: { ...JSON_HEADERS, cookie: owner.cookie },
    payload: { cells: { divisionCode: '440106', serviceItem: '管理咨询', serviceDate: '2026-06-30', channel: '线上', ...cells } },
  });
  if (response.statusCode !== 201) throw new Error(response.body);
}

const search = (who: SignedIn, id: string, query = '') => t.app.inject({ method: 'GET', url: `/api/creation-objects/${id}/service-records${query}`, headers: { cookie: who.cookie } });
const voidRecord = (who: SignedIn, id: string, recordId: number | string, payload: unknown = { reason: '重复录入' }) =>
  t.app.inject({ method: 'POST', url: `/api/creation-objects/${id}/service-records/${recordId}/void`, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload: payload as object });

async function platformWithRecords() {
  const object = await newPlatform();
  await addRecord(operator, object.id, { creditCode: HUAWEI, enterpriseName: '华为技术有限公司', externalId: 'FW-001', serviceDate: '2026-05-01' });
  await addRecord(operator, object.id, { creditCode: TENCENT, enterpriseName: '腾讯科技（深圳）有限公司', serviceDate: '2026-06-01' });
  return object;
}

describe('finding service records', () => {
  it.each([
    ['', ['腾讯科技（深圳）有限公司', '华为技术有限公司']],
    ['?q=9144030019', ['华为技术有限公司']],
    ['?q=9144030071526726xg', ['腾讯科技（深圳）有限公司']],
    ['?q=腾讯', ['腾讯科技（深圳）有限公司']],
    ['?q=FW-001', ['华为技术有限公司']],
    ['?q=100%25', []],
  ])('search %s lists the matches, newest service first', async (query, names) => {
    const object = await platformWithRecords();
    const response = await search(operator, object.id, query);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.records.map((r: { enterpriseName: string }) => r.enterpriseName)).toEqual(names);
    expect(body).toMatchObject({ total: names.length, page: 1, pageSize: 20 });
  });

  it('pages, and refuses a page size over 100', async () => {
    const object = await platformWithRecords();
    expect((await search(operator, object.id, '?page=2&pageSize=1')).json()).toMatchObject({ total: 2, records: [{ enterpriseName: '华为技术有限公司' }] });
    expect((await search(operator, object.id, '?pageSize=101')).statusCode).toBe(400);
  });
});

describe('voiding a service record', () => {
  it('keeps the record, marks it voided for every reader and audits who, when and why', async () => {
    const object = await platformWithRecords();
    const [record] = (await search(operator, object.id, `?q=${HUAWEI}`)).json().records;
    expect(record).toMatchObject({ isVoided: false, voidReason: null, channelLabel: '线上', externalId: 'FW-001' });

    const response = await voidRecord(operator, object.id, record.id, { reason: '  企业名称录错，已重新录入  ' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: record.id, isVoided: true, voidReason: '企业名称录错，已重新录入', voidedAt: '2026-07-10T02:00:00.000Z', voidedByName: expect.any(String) });

    for (const reader of [operator, gz, auditor]) {
      const [shown] = (await search(reader, object.id, `?q=${HUAWEI}`)).json().records;
      expect(shown).toMatchObject({ id: record.id, isVoided: true, voidReason: '企业名称录错，已重新录入' });
    }
    expect(await countCreationDataRows(t.database.db, object.id)).toMatchObject({ serviceRecords: 2, voids: 1 });
    const audit = await auditLogRepository.findByObject(t.database.db, 'service_record', String(record.id));
    expect(audit).toEqual([expect.objectContaining({ action: 'serviceRecord.voided', actorUserId: operator.userId, after: expect.objectContaining({ reason: '企业名称录错，已重新录入', creditCode: HUAWEI }) })]);
  });

  it('refuses a second void with 409 and keeps the first reason', async () => {
    const object = await platformWithRecords();
    const [record] = (await search(operator, object.id, `?q=${TENCENT}`)).json().records;
    expect((await voidRecord(operator, object.id, record.id)).statusCode).toBe(200);
    const again = await voidRecord(operator, object.id, record.id, { reason: '再次作废' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'STATE_CHANGED', message: '该服务记录已作废，不能重复作废' });
    expect((await search(operator, object.id, `?q=${TENCENT}`)).json().records[0].voidReason).toBe('重复录入');
  });

  it('answers 404 for a record of another creation object, even the operator’s own other one', async () => {
    const mine = await platformWithRecords();
    const other = await platformWithRecords();
    const [record] = (await search(operator, other.id, `?q=${HUAWEI}`)).json().records;
    expect((await voidRecord(operator, mine.id, record.id)).statusCode).toBe(404);
    expect((await voidRecord(operator, mine.id, 999_999_999)).statusCode).toBe(404);
    expect(await countCreationDataRows(t.database.db, other.id)).toMatchObject({ voids: 0 });
  });

  it.each([
    ['no reason', {}, 'reason', '请填写作废原因'],
    ['a one-character reason', { reason: '错' }, 'reason', '作废原因至少2个字'],
    ['an unknown field', { reason: '重复录入', force: true }, 'force', '不接受的字段：force'],
  ])('refuses %s with 400 naming the field', async (_case, payload, path, message) => {
    const object = await platformWithRecords();
    const [record] = (await search(operator, object.id)).json().records;
    const response = await voidRecord(operator, object.id, record.id, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path, message }]);
  });

  it('refuses a record id that is not a number with 400', async () => {
    const object = await newPlatform();
    expect((await voidRecord(operator, object.id, 'abc')).statusCode).toBe(400);
  });

  it('only the operator voids: its city 403, another organisation or city 404', async () => {
    const object = await platformWithRecords();
    const [record] = (await search(operator, object.id)).json().records;
    expect((await voidRecord(gz, object.id, record.id)).statusCode).toBe(403);
    expect((await voidRecord(auditor, object.id, record.id)).statusCode).toBe(403);
    expect((await voidRecord(otherOperator, object.id, record.id)).statusCode).toBe(404);
    expect((await search(sz, object.id)).statusCode).toBe(404);
    expect((await search(otherOperator, object.id)).statusCode).toBe(404);
    expect(await countCreationDataRows(t.database.db, object.id)).toMatchObject({ voids: 0 });
  });
});
