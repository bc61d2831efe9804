// Art. 14 义务履行记录 (F5 item 6; ADR 0016) through HTTP: the operator records government service activities and
// sharing activities, attaches evidence, withdraws a wrong record with a reason (listed, not counted); the object's
// city, the province and the auditors read; other organisations and cities get 404, experts 403; the re-review's
// window reads the repository (both ends inclusive); bad input is a 4xx naming the field, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { obligationRecordsRepository } from '../../db/repositories/obligation-records.repository';
import { createCreationObject } from '../../db/testing/creation-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { toObligationRecordViews } from '../use-cases/obligation-record-view';
import { EXE_BYTES, multipart, PDF_BYTES, PNG_BYTES } from '../testing/application-requests';
import { JSON_HEADERS, type SignedIn } from '../testing/test-app';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';

let nextCallYear = 2030;

// Today is 2026-11-28 in Asia/Shanghai; the test objects' creation period starts on 2026-01-05.
const NOW = new Date('2026-11-28T02:00:00Z');
const PERIOD_STARTS_ON = '2026-01-05';

let { t, operator, otherOperator, gz, sz, province, auditor, expert } = {} as CreationCast;
beforeAll(async () => {
  ({ t, operator, otherOperator, gz, sz, province, auditor, expert } = await startCreationCast(NOW));
});
afterAll(async () => t.close());

async function newObject(state: LifecycleState = 'creating') {
  nextCallYear += 1;
  return createCreationObject(t.database.db, { organisationId: operator.organisationId ?? '', cityCode: '440100', callYear: nextCallYear, startsOn: PERIOD_STARTS_ON, state });
}

const url = (id: string) => `/api/creation-objects/${id}/obligations`;
const post = (who: SignedIn, path: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: path, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload: payload as object });
const list = (who: SignedIn, id: string, query = '') => t.app.inject({ method: 'GET', url: `${url(id)}${query}`, headers: { cookie: who.cookie } });
const record = (who: SignedIn, id: string, payload: unknown) => post(who, url(id), payload);
const voidIt = (who: SignedIn, id: string, recordId: string, payload: unknown) => post(who, `${url(id)}/${recordId}/void`, payload);
const upload = (who: SignedIn, id: string, recordId: string, file: { name: string; bytes: Buffer }) => {
  const body = multipart({}, file);
  return t.app.inject({ method: 'POST', url: `${url(id)}/${recordId}/evidence`, headers: { ...body.headers, cookie: who.cookie }, payload: body.payload });
};
const download = (who: SignedIn, id: string, recordId: string, fileId: string) =>
  t.app.inject({ method: 'GET', url: `${url(id)}/${recordId}/evidence/${fileId}`, headers: { cookie: who.cookie } });

const government = (overrides: Record<string, unknown> = {}) => ({
  kind: 'government_activity',
  title: '2026年“服务月”中小企业政策宣讲',
  organiser: '广州市工业和信息化局',
  heldOn: '2026-06-18',
  participants: 120,
  description: '派出4名服务专员参加宣讲并现场解答企业咨询。',
  ...overrides,
});
const training = (overrides: Record<string, unknown> = {}) => ({
  kind: 'sharing_activity',
  category: 'training',
  title: '数字化转型培训班',
  organiser: '番禺区中小企业',
  heldOn: '2026-09-10',
  description: '开设两天培训，讲授工业互联网应用。',
  ...overrides,
});

async function recorded(object: { id: string }, payload: object = government()) {
  const response = await record(operator, object.id, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

describe('the operator records (Art. 14 (二)(四))', () => {
  it('records both kinds; the list shows them newest activity first with counts; audited', async () => {
    const object = await newObject('certified');
    const gov = await record(operator, object.id, government());
    expect(gov.statusCode, gov.body).toBe(201);
    expect(gov.json()).toMatchObject({
      kind: 'government_activity',
      kindLabel: '参与政府部门组织的服务活动',
      category: null,
      categoryLabel: null,
      heldOn: '2026-06-18',
      participants: 120,
      evidence: [],
      recordedAt: NOW.toISOString(),
      isVoided: false,
      voidReason: null,
      voidedAt: null,
    });
    expect(gov.json().recordedByName).toEqual(expect.any(String));
    const share = await record(operator, object.id, training());
    expect(share.statusCode, share.body).toBe(201);
    expect(share.json()).toMatchObject({ kind: 'sharing_activity', category: 'training', categoryLabel: '教育培训', participants: null });

    const response = await list(operator, object.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ canRecord: true, counts: { governmentActivities: 1, sharingActivities: 1 } });
    expect(response.json().records.map((r: { id: string }) => r.id)).toEqual([share.json().id, gov.json().id]);
    const audit = await auditLogRepository.findByObject(t.database.db, 'obligation_record', gov.json().id);
    expect(audit.map((row) => row.action)).toEqual(['obligation.recorded']);
  });

  it.each([
    [government({ category: 'training' }), 'category', '参与政府部门组织的服务活动不填写活动类别'],
    [training({ category: undefined }), 'category', '请选择活动类别'],
    [training({ category: 'party' }), 'category', '请选择活动类别'],
    [government({ kind: 'meeting' }), 'kind', '请选择记录类型'],
    [government({ title: '' }), 'title', '活动名称'],
    [government({ organiser: '' }), 'organiser', '组织部门或合作对象'],
    [government({ description: '' }), 'description', '活动情况说明'],
    [government({ participants: -1 }), 'participants', '参与人数不能为负数'],
    [government({ participants: 1.5 }), 'participants', '参与人数应为整数'],
    [government({ participants: '12' }), 'participants', '参与人数应为数字'],
    [government({ heldOn: '2026-02-30' }), 'heldOn', '活动日期'],
    [government({ extra: 1 }), '', ''],
  ])('400 naming the field: %j', async (payload, path, message) => {
    const object = await newObject();
    const response = await record(operator, object.id, payload);
    expect(response.statusCode, response.body).toBe(400);
    const issue = (response.json().issues as { path: string; message: string }[]).find((i) => i.path === path || path === '');
    expect(issue?.message ?? '').toContain(message);
  });

  it.each([
    ['2026-11-28', 201],
    ['2026-11-29', 400],
    [PERIOD_STARTS_ON, 201],
    ['2026-01-04', 400],
  ])('an activity on %s → %i (not after today, not before the creation period)', async (heldOn, status) => {
    const object = await newObject();
    const response = await record(operator, object.id, government({ heldOn }));
    expect(response.statusCode, response.body).toBe(status);
    if (status === 400) expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'heldOn' }] });
  });

  it.each(['creating', 'acceptance_review', 'certified', 're_review', 'rectifying'] as const)('records in %s', async (state) => {
    const object = await newObject(state);
    expect((await record(operator, object.id, government())).statusCode).toBe(201);
  });

  it.each(['revoked', 'exited', 'creation_cancelled'] as const)('in %s nothing is recorded (409) but the list is read', async (state) => {
    const object = await newObject(state);
    const response = await record(operator, object.id, government());
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().code).toBe('DATA_COLLECTION_CLOSED');
    const read = await list(operator, object.id);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ canRecord: false, records: [] });
  });
});

describe('withdrawal (作废) with a reason, once', () => {
  it('a voided record is listed with its reason but not counted; a second withdrawal is 409', async () => {
    const object = await newObject();
    const keep = await recorded(object);
    const wrong = await recorded(object, training({ heldOn: '2026-09-11' }));
    const missing = await voidIt(operator, object.id, wrong.id, { reason: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues).toEqual([expect.objectContaining({ path: 'reason', message: expect.stringContaining('作废原因') })]);

    const voided = await voidIt(operator, object.id, wrong.id, { reason: '日期录错，已重新录入' });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json()).toMatchObject({ id: wrong.id, isVoided: true, voidReason: '日期录错，已重新录入', voidedAt: NOW.toISOString() });
    const again = await voidIt(operator, object.id, wrong.id, { reason: '再次作废' });
    expect(again.statusCode, again.body).toBe(409);

    const response = await list(gz, object.id);
    expect(response.json()).toMatchObject({ canRecord: false, counts: { governmentActivities: 1, sharingActivities: 0 } });
    expect(response.json().records.map((r: { id: string; isVoided: boolean }) => [r.id, r.isVoided])).toEqual([
      [wrong.id, true],
      [keep.id, false],
    ]);
    const audit = await auditLogRepository.findByObject(t.database.db, 'obligation_record', wrong.id);
    expect(audit.map((row) => row.action)).toEqual(['obligation.recorded', 'obligation.voided']);
  });

  it('the city, province and auditor cannot withdraw (403); another object’s record is 404', async () => {
    const object = await newObject();
    const other = await newObject();
    const rec = await recorded(object);
    for (const who of [gz, province, auditor, expert]) expect((await voidIt(who, object.id, rec.id, { reason: '不对' })).statusCode).toBe(403);
    expect((await voidIt(otherOperator, object.id, rec.id, { reason: '不对' })).statusCode).toBe(404);
    expect((await voidIt(operator, other.id, rec.id, { reason: '不对' })).statusCode).toBe(404);
  });
});

describe('the window filter (from/to, both inclusive)', () => {
  it('lists and counts only the days asked for; from after to is 400', async () => {
    const object = await newObject();
    const ids: Record<string, string> = {};
    for (const day of ['2026-03-01', '2026-06-30', '2026-07-01', '2026-11-28']) ids[day] = (await recorded(object, government({ heldOn: day }))).id;
    const byRange = async (query: string) => (await list(province, object.id, query)).json();
    expect((await byRange('?from=2026-06-30&to=2026-07-01')).records.map((r: { heldOn: string }) => r.heldOn)).toEqual(['2026-07-01', '2026-06-30']);
    expect((await byRange('?from=2026-07-01')).counts).toEqual({ governmentActivities: 2, sharingActivities: 0 });
    expect((await byRange('?to=2026-06-30')).counts).toEqual({ governmentActivities: 2, sharingActivities: 0 });
    expect((await byRange('?from=2026-07-02&to=2026-11-27')).records).toEqual([]);
    const bad = await list(province, object.id, '?from=2026-07-02&to=2026-07-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([expect.objectContaining({ path: 'to' })]);
    expect((await list(province, object.id, '?from=2026-13-01')).statusCode).toBe(400);
    expect((await list(province, object.id, '?status=x')).statusCode).toBe(400);

    // The re-review's window (H1): voided included, oldest first, both ends inclusive.
    await voidIt(operator, object.id, ids['2026-06-30'] ?? '', { reason: '重复录入' });
    const window = { startsOn: '2026-06-30', endsOn: '2026-11-28' };
    const rows = await obligationRecordsRepository.listInWindow(t.database.db, object.id, window);
    expect(rows.map((r) => [r.heldOn, r.voidedAt !== null])).toEqual([
      ['2026-06-30', true],
      ['2026-07-01', false],
      ['2026-11-28', false],
    ]);
    expect(await obligationRecordsRepository.countInWindow(t.database.db, object.id, window)).toEqual({ governmentActivities: 2, sharingActivities: 0 });
    const views = await toObligationRecordViews(t.database.db, rows);
    expect(views.map((v) => v.isVoided)).toEqual([true, false, false]);
  });
});

describe('evidence (PDF/JPG/PNG by the bytes, ≤ 20 MB, ≤ 10 per record)', () => {
  it('the operator uploads; the city of the object, province and auditor download; others do not', async () => {
    const object = await newObject('certified');
    const rec = await recorded(object);
    const pdf = await upload(operator, object.id, rec.id, { name: '签到表.pdf', bytes: PDF_BYTES });
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({ name: '签到表.pdf', sizeBytes: PDF_BYTES.length, mediaType: 'application/pdf' });
    const { fileId } = pdf.json();
    for (const who of [operator, gz, province, auditor]) {
      const file = await download(who, object.id, rec.id, fileId);
      expect(file.statusCode, file.body).toBe(200);
      expect(file.rawPayload.equals(PDF_BYTES)).toBe(true);
    }
    expect((await download(sz, object.id, rec.id, fileId)).statusCode).toBe(404);
    expect((await download(otherOperator, object.id, rec.id, fileId)).statusCode).toBe(404);
    expect((await download(expert, object.id, rec.id, fileId)).statusCode).toBe(403);
    expect((await download(gz, object.id, rec.id, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const listed = (await list(gz, object.id)).json().records[0];
    expect(listed.evidence).toEqual([{ fileId, name: '签到表.pdf', sizeBytes: PDF_BYTES.length, mediaType: 'application/pdf' }]);
    const audit = await auditLogRepository.findByObject(t.database.db, 'obligation_record', rec.id);
    expect(audit.map((row) => row.action)).toEqual(['obligation.recorded', 'obligation.evidence_added']);

    for (const who of [gz, province, auditor, expert]) expect((await upload(who, object.id, rec.id, { name: 'a.pdf', bytes: PDF_BYTES })).statusCode).toBe(403);
    expect((await upload(otherOperator, object.id, rec.id, { name: 'a.pdf', bytes: PDF_BYTES })).statusCode).toBe(404);
  });

  it('415 for another type, 413 over 20 MB, 400 for the 11th, 409 on a voided record', async () => {
    const object = await newObject();
    const rec = await recorded(object);
    const exe = await upload(operator, object.id, rec.id, { name: 'a.pdf', bytes: EXE_BYTES });
    expect(exe.statusCode, exe.body).toBe(415);
    const big = await upload(operator, object.id, rec.id, { name: 'big.pdf', bytes: Buffer.concat([PDF_BYTES, Buffer.alloc(20 * 1024 * 1024)]) });
    expect(big.statusCode, big.body).toBe(413);
    for (let i = 1; i <= 10; i += 1) expect((await upload(operator, object.id, rec.id, { name: `照片${i}.png`, bytes: PNG_BYTES })).statusCode).toBe(201);
    const extra = await upload(operator, object.id, rec.id, { name: '照片11.png', bytes: PNG_BYTES });
    expect(extra.statusCode, extra.body).toBe(400);
    expect(extra.json().issues).toEqual([expect.objectContaining({ path: 'file' })]);

    const other = await recorded(object);
    await voidIt(operator, object.id, other.id, { reason: '重复' });
    expect((await upload(operator, object.id, other.id, { name: 'a.pdf', bytes: PDF_BYTES })).statusCode).toBe(409);
    const noFile = multipart({ note: 'x' });
    const refused = await t.app.inject({ method: 'POST', url: `${url(object.id)}/${rec.id}/evidence`, headers: { ...noFile.headers, cookie: operator.cookie }, payload: noFile.payload });
    expect(refused.statusCode).toBe(400);
    const json = await t.app.inject({ method: 'POST', url: `${url(object.id)}/${rec.id}/evidence`, headers: { ...JSON_HEADERS, cookie: operator.cookie }, payload: {} });
    expect(json.statusCode).toBe(400);
  });
});

describe('who reads', () => {
  it('the operator, its city, the province and the auditor read; other city and organisation 404; expert 403; anonymous 401', async () => {
    const object = await newObject();
    await recorded(object);
    for (const who of [operator, gz, province, auditor]) {
      const response = await list(who, object.id);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().canRecord).toBe(who === operator);
    }
    expect((await list(sz, object.id)).statusCode).toBe(404);
    expect((await list(otherOperator, object.id)).statusCode).toBe(404);
    expect((await list(expert, object.id)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: url(object.id) })).statusCode).toBe(401);
    expect((await record(sz, object.id, government())).statusCode).toBe(403);
    expect((await record(otherOperator, object.id, government())).statusCode).toBe(404);
    expect((await record(gz, object.id, government())).statusCode).toBe(403);
  });
});

describe('malformed requests are 4xx, never 500', () => {
  it.each([
    ['POST', '', '{"kind":', 'application/json'],
    ['POST', '', '[]', 'application/json'],
    ['POST', '', 'null', 'application/json'],
    ['POST', '/not-a-uuid/void', '{"reason":"x"}', 'application/json'],
    ['POST', '/RECORD/void', '{"reason":', 'application/json'],
    ['POST', '/RECORD/void', '"x"', 'application/json'],
    ['GET', '/RECORD/evidence/not-a-uuid', undefined, undefined],
    ['GET', '?from=x', undefined, undefined],
  ])('%s %s %s', async (method, suffix, payload, contentType) => {
    const object = await newObject();
    const rec = await recorded(object);
    const response = await t.app.inject({
      method: method as 'GET' | 'POST',
      url: `${url(object.id)}${suffix.replace('RECORD', rec.id)}`,
      headers: { ...(contentType ? JSON_HEADERS : {}), cookie: operator.cookie },
      ...(payload !== undefined ? { payload } : {}),
    });
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, response.body).toBeLessThan(500);
  });

  it('an unknown object is 404; a bad object id 400', async () => {
    expect((await list(operator, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await list(operator, 'nope')).statusCode).toBe(400);
  });
});
