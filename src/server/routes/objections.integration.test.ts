// 公示 objections as uploads through HTTP (Art. 7(2)): the public, login-free form must not let anyone fill memory
// or disk — the notice and window are checked before the body is read, files stream to storage with per-file and
// per-request caps, and each address may try only so often. Publishing and deciding: notices.integration.test.ts.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { BOUNDARY, at, multipart, noticeKit, objectionFields as objection, PDF, storedFiles } from '../testing/notice-fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

const MB = 1024 * 1024;
const pdfOf = (size: number): Buffer => {
  const bytes = Buffer.alloc(size, 0x20);
  PDF.copy(bytes, 0, 0, Math.min(PDF.length, size));
  return bytes;
};

let t: TestApp;
let kit: ReturnType<typeof noticeKit>;
let noticeId: string;
let first: string;
let second: string;
beforeAll(async () => {
  t = await createTestApp(at('2026-09-28'));
  kit = noticeKit(t, await t.signIn('province'));
  const { call, applications } = await kit.shortlistedCall(2041, ['440100', '440300']);
  noticeId = (await kit.post(`/api/calls/${call.id}/creation-notices`, {})).json().id;
  [first, second] = applications.map((a) => a.id) as [string, string];
});
afterAll(async () => t.close());

const objectionCount = async () => (await kit.get(`/api/notices/${noticeId}/objections`, kit.province.cookie)).json().length as number;
const unresolved = async (id: string) => (await applicationsRepository.findById(t.database.db, id))?.facts.unresolvedObjections;
const incoming = () => storedFiles(t.deps.dataDir).filter((file) => file.includes('incoming'));

/** A request whose body starts a file part and never ends: only a route that does not read it can answer. */
async function sendEndlessObjection(id: string, remoteAddress: string) {
  const head = multipart(objection(second)).payload.subarray(0, -`--${BOUNDARY}--\r\n`.length);
  const body = new Readable({ read() {} });
  body.push(Buffer.concat([head, Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="attachments"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), PDF]));
  const response = t.app.inject({ method: 'POST', url: `/api/v1/notices/${id}/objections`, remoteAddress, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, payload: body });
  // Generous, for a loaded CI machine: a refusal needs one database round trip; a route that reads the body never answers.
  const timeout = new Promise<'still reading'>((resolve) => setTimeout(() => resolve('still reading'), 15_000));
  try {
    return await Promise.race([response, timeout]);
  } finally {
    body.destroy();
  }
}

describe('objections are checked before and while their files are read', () => {
  it('refuses an unknown or closed notice without reading the body', async () => {
    await kit.setDay('2026-10-10');
    const unknown = await sendEndlessObjection('00000000-0000-4000-8000-0000000000c1', '10.1.0.1');
    expect(unknown === 'still reading' ? unknown : unknown.statusCode).toBe(404);
    const closed = await sendEndlessObjection(noticeId, '10.1.0.2');
    expect(closed === 'still reading' ? closed : [closed.statusCode, closed.json().code]).toEqual([422, 'PUBLICITY_NOT_OPEN']);
  });

  it('judges attachments by their bytes, removes a refused one and writes no row; checks every field', async () => {
    await kit.setDay('2026-10-09');
    const before = { files: storedFiles(t.deps.dataDir).length, objections: await objectionCount() };
    const fake = await kit.sendObjection(noticeId, objection(second), [{ name: '证明.pdf', bytes: Buffer.from('这不是PDF文件的内容') }], '10.2.0.1');
    expect([fake.statusCode, fake.json().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect([storedFiles(t.deps.dataDir).length, await objectionCount(), await unresolved(second)]).toEqual([before.files, before.objections, 0]);
    const malformed = await kit.sendObjection(noticeId, objection(second, { objectorName: '', objectorPhone: '12345', facts: '太短', applicationId: 'x' }), [], '10.2.0.1');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['applicationId', 'facts', 'objectorName', 'objectorPhone']);
    // The fields are checked before the first file is stored.
    const notAnEntry = await kit.sendObjection(noticeId, objection('00000000-0000-4000-8000-000000000000'), [{ name: 'a.pdf', bytes: pdfOf(MB) }], '10.2.0.1');
    expect(notAnEntry.json().issues).toEqual([{ path: 'applicationId', message: '请选择本公示名单中的平台（基地）' }]);
    const filesFirst = await t.app.inject({ method: 'POST', url: `/api/v1/notices/${noticeId}/objections`, remoteAddress: '10.2.0.1', ...multipart(objection(second), [{ name: 'a.pdf', bytes: PDF }], true) });
    expect(filesFirst.statusCode).toBe(400);
    expect(storedFiles(t.deps.dataDir).length).toBe(before.files);
    const json = await t.app.inject({ method: 'POST', url: `/api/v1/notices/${noticeId}/objections`, remoteAddress: '10.2.0.1', headers: { 'content-type': 'application/json' }, payload: {} });
    expect(json.statusCode).toBe(400);
    await kit.setDay('2026-10-10');
    const late = await kit.sendObjection(noticeId, objection(second), undefined, '10.2.0.1');
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'PUBLICITY_NOT_OPEN', message: expect.stringContaining('2026-09-28至2026-10-09') });
    expect([await objectionCount(), await unresolved(second)]).toEqual([before.objections, 0]);
  });

  it.each([
    ['five files of 10 MB each would be 50 MB: the request is capped at 30 MB', [10, 10, 10, 0.001], 413, '附件合计不能超过30 MB'],
    ['one file over 10 MB', [10 + 1 / MB], 413, '附件“证明0.pdf”超过10 MB'],
    ['six files', [0.01, 0.01, 0.01, 0.01, 0.01, 0.01], 400, '请求内容有误，请按提示修改'],
  ])('refuses %s, writing no row', async (_name, sizes, status, message) => {
    await kit.setDay('2026-10-09');
    const before = await objectionCount();
    const files = sizes.map((size, index) => ({ name: `证明${index}.pdf`, bytes: pdfOf(Math.round(size * MB)) }));
    const response = await kit.sendObjection(noticeId, objection(second), files, '10.3.0.1');
    expect([response.statusCode, response.json().message], response.body).toEqual([status, message]);
    expect(response.headers.connection).toBe('close');
    expect([await objectionCount(), await unresolved(second)]).toEqual([before, 0]);
    // A part still streaming when the answer went out removes its temporary file as the stream is torn down.
    await expect.poll(incoming, { timeout: 5_000 }).toEqual([]);
  });

  it('takes exactly 30 MB in three files of exactly 10 MB', async () => {
    await kit.setDay('2026-10-09');
    const files = [0, 1, 2].map((index) => ({ name: `证明${index}.pdf`, bytes: pdfOf(10 * MB) }));
    const response = await kit.sendObjection(noticeId, objection(first), files, '10.4.0.1');
    expect(response.statusCode, response.body).toBe(201);
    const [taken] = (await kit.get(`/api/notices/${noticeId}/objections`, kit.province.cookie)).json();
    expect(taken.attachments.map((a: { index: number; name: string }) => [a.index, a.name])).toEqual([
      [0, '证明0.pdf'],
      [1, '证明1.pdf'],
      [2, '证明2.pdf'],
    ]);
    expect(await unresolved(first)).toBe(1);
  });

  it('lets one address try 10 times an hour, then answers 429 with when to try again', async () => {
    t.clock.set(new Date('2026-10-09T02:00:00Z'));
    const unknown = '00000000-0000-4000-8000-0000000000c2';
    for (let i = 0; i < 10; i += 1) expect((await kit.sendObjection(unknown, objection(second), [], '10.5.0.1')).statusCode).toBe(404);
    t.clock.set(new Date('2026-10-09T02:30:00Z'));
    const limited = await kit.sendObjection(noticeId, objection(second), [], '10.5.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', message: '提交过于频繁：同一网络地址每小时最多提交10次异议，请30分钟后再试', details: { retryAfterSeconds: 1800 } });
    expect(limited.headers['retry-after']).toBe('1800');
    expect((await kit.sendObjection(unknown, objection(second), [], '10.5.0.2')).statusCode).toBe(404);
    t.clock.set(new Date('2026-10-09T03:00:00Z'));
    expect((await kit.sendObjection(unknown, objection(second), [], '10.5.0.1')).statusCode).toBe(404);
  });
});

// ADR 0023: the objector's status check takes the phone in a POST body, never a URL; the answer and the
// anti-enumeration (a wrong phone answers like an unknown receipt) are those of the former GET.
describe('the objection status check by POST', () => {
  const PHONE = '13712349876';
  let receiptNumber: string;
  beforeAll(async () => {
    await kit.setDay('2026-09-28');
    const { call, applications } = await kit.shortlistedCall(2051, ['440100']);
    const id = (await kit.post(`/api/calls/${call.id}/creation-notices`, {})).json().id;
    await kit.setDay('2026-10-08');
    const filed = await kit.sendObjection(id, objection(applications[0]!.id, { objectorPhone: PHONE }), [], '10.6.0.1');
    expect(filed.statusCode, filed.body).toBe(201);
    receiptNumber = filed.json().receiptNumber;
  });

  it('answers the status with the phone in the body, without cookie or CSRF header, receipt in any case', async () => {
    const response = await kit.checkObjectionStatus(receiptNumber.toLowerCase(), { phone: ` ${PHONE} ` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      receiptNumber,
      receivedAt: '2026-10-08T02:00:00.000Z',
      noticeTitle: expect.any(String),
      entryName: expect.any(String),
      status: 'received',
      investigation: null,
      decidedAt: null,
    });
  });

  it('answers a wrong phone exactly like an unknown receipt', async () => {
    const wrongPhone = await kit.checkObjectionStatus(receiptNumber, { phone: '13712349877' });
    const unknownReceipt = await kit.checkObjectionStatus('YY-20261008-ZZZZZZ', { phone: PHONE });
    expect(wrongPhone.statusCode).toBe(404);
    expect([unknownReceipt.statusCode, unknownReceipt.body]).toEqual([404, wrongPhone.body]);
    expect(wrongPhone.body).not.toContain(PHONE);
  });

  it.each([
    ['no phone', {}, [{ path: 'phone', message: '请填写提交异议时填写的联系电话（手机号码或带区号的固定电话）' }]],
    ['an empty phone', { phone: '  ' }, [{ path: 'phone', message: '请填写提交异议时填写的联系电话（手机号码或带区号的固定电话）' }]],
    ['a malformed phone', { phone: '1371234987' }, [{ path: 'phone', message: '联系电话应为11位手机号码或带区号的固定电话' }]],
    ['a phone that is a number', { phone: 13712349876 }, [{ path: 'phone', message: '请填写提交异议时填写的联系电话（手机号码或带区号的固定电话）' }]],
  ])('refuses %s with 400 naming the phone', async (_name, body, issues) => {
    const response = await kit.checkObjectionStatus(receiptNumber, body);
    expect([response.statusCode, response.json().issues]).toEqual([400, issues]);
  });

  it('lets one address check 20 times in 10 minutes, then answers 429 with when to try again', async () => {
    await kit.setDay('2026-10-09');
    for (let i = 0; i < 20; i += 1) expect((await kit.checkObjectionStatus('YY-20261008-ZZZZZZ', { phone: PHONE }, '10.7.0.1')).statusCode).toBe(404);
    const limited = await kit.checkObjectionStatus(receiptNumber, { phone: PHONE }, '10.7.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', message: '查询过于频繁：同一网络地址每10分钟最多查询20次异议处理进度，请10分钟后再试' });
    expect(limited.headers['retry-after']).toBe('600');
    expect((await kit.checkObjectionStatus(receiptNumber, { phone: PHONE }, '10.7.0.2')).statusCode).toBe(200);
  });

  it('refuses an unknown field and a malformed receipt with 400', async () => {
    const extra = await kit.checkObjectionStatus(receiptNumber, { phone: PHONE, receiptNumber });
    expect(extra.statusCode).toBe(400);
    const badReceipt = await kit.checkObjectionStatus('not-a-receipt', { phone: PHONE });
    expect([badReceipt.statusCode, badReceipt.json().issues]).toEqual([400, [{ path: 'receiptNumber', message: '回执号格式应为 YY-年月日-6位字母数字' }]]);
  });

  it('no longer takes a phone in the URL: the old GET and a GET of the new path are unknown routes', async () => {
    for (const url of [`/api/v1/objections/${receiptNumber}?phone=${PHONE}`, `/api/v1/objections/${receiptNumber}/status?phone=${PHONE}`]) {
      const response = await kit.get(url);
      expect([response.statusCode, response.json().code], url).toEqual([404, 'NOT_FOUND']);
      expect(response.body).not.toContain(PHONE);
    }
  });
});

describe('malformed requests never reach a 500', () => {
  const id = '00000000-0000-4000-8000-0000000000b2';
  it.each([
    ['POST', `/api/calls/${id}/creation-notices`, 'application/json', '{bad json'],
    ['POST', `/api/calls/${id}/creation-notices`, 'application/json', '[1,2]'],
    ['POST', `/api/objections/${id}/decision`, 'application/json', '{"outcome":"maybe","investigation":7}'],
    ['POST', `/api/objections/not-a-uuid/decision`, 'application/json', '{}'],
    ['POST', `/api/notices/${id}/confirm`, 'application/json', '{"force":true}'],
    ['POST', `/api/v1/notices/${id}/objections`, 'text/plain', 'objectorName=a'],
    ['POST', `/api/v1/notices/${id}/objections`, 'multipart/form-data; boundary=x', '--x\r\nbroken'],
    ['POST', `/api/v1/notices/not-a-uuid/objections`, 'multipart/form-data; boundary=x', '--x--\r\n'],
    ['POST', '/api/v1/objections/not-a-receipt/status', 'application/json', '{"phone":"13800138000"}'],
    ['POST', '/api/v1/objections/YY-20260928-ABC123/status', 'application/json', '{bad json'],
    ['POST', '/api/v1/objections/YY-20260928-ABC123/status', 'application/json', '["13800138000"]'],
    ['POST', '/api/v1/objections/YY-20260928-ABC123/status', 'text/plain', 'phone=13800138000'],
    ['POST', '/api/v1/objections/YY-20260928-ABC123/status', 'application/x-www-form-urlencoded', 'phone=13800138000'],
    ['GET', `/api/objections/${id}/attachments/9`, undefined, undefined],
  ] as const)('%s %s (%s)', async (method, url, contentType, body) => {
    const response = await t.app.inject({
      method,
      url,
      remoteAddress: '10.9.0.1',
      headers: { cookie: kit.province.cookie, 'x-requested-with': 'shifan', ...(contentType ? { 'content-type': contentType } : {}) },
      ...(body ? { payload: body } : {}),
    });
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, response.body).toBeLessThan(500);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'issues', 'message']);
  });
});
