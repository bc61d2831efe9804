// 公示与异议 through HTTP (Art. 7(2), Art. 8, DESIGN §3): the window comes from the seeded holiday calendar.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

const PDF = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
const at = (date: string): Date => new Date(`${date}T02:00:00Z`); // 10:00 in Asia/Shanghai

function documentXml(docx: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'notice-docx-'));
  try {
    writeFileSync(path.join(dir, 'notice.docx'), docx);
    return execFileSync('unzip', ['-p', path.join(dir, 'notice.docx'), 'word/document.xml'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A multipart body like a browser's FormData. */
function multipart(fields: Record<string, string>, files: { name: string; bytes: Buffer; type?: string }[] = []) {
  const boundary = '----shifan-test-boundary';
  const chunks: Buffer[] = [];
  for (const [key, value] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`));
  for (const file of files) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`));
    chunks.push(file.bytes, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(chunks) };
}

let t: TestApp;
let province: { cookie: string; userId: string };
beforeAll(async () => {
  t = await createTestApp(at('2026-09-28'));
  province = await t.signIn('province');
});
afterAll(async () => t.close());

/** Moves the clock; a session does not outlive a jump of days, so the officer signs in again. */
async function setDay(date: string): Promise<void> {
  t.clock.set(at(date));
  province = await t.signIn('province');
}

async function shortlistedCall(year: number, cities: string[]) {
  const call = await createPublishedCall(t.database.db, province.userId, { year });
  const applications = [];
  for (const cityCode of cities) {
    const organisation = await createOrganisation(t.database.db, { cityCode });
    applications.push(await createApplication(t.database.db, { callId: call.id, organisationId: organisation.id, cityCode, state: 'shortlisted' }));
  }
  return { call, applications };
}

const post = (url: string, payload: object, cookie = province.cookie) => t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie }, payload });
const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const objection = (applicationId: string, overrides: Record<string, string> = {}) => ({
  objectorName: '张三',
  objectorPhone: '13800138000',
  applicationId,
  facts: '该平台申报材料中的服务企业数量与实际情况明显不符，有虚报情况。',
  ...overrides,
});
const sendObjection = (noticeId: string, fields: Record<string, string>, files = [{ name: '证明.pdf', bytes: PDF }]) =>
  t.app.inject({ method: 'POST', url: `/api/v1/notices/${noticeId}/objections`, ...multipart(fields, files) });

describe('publishing a 拟创建对象 notice', () => {
  it('lists every shortlisted application in neutral order, with the window from the calendar', async () => {
    await setDay('2026-09-28');
    const { call, applications } = await shortlistedCall(2031, ['440300', '440100']);
    const other = await createApplication(t.database.db, { callId: call.id, organisationId: (await createOrganisation(t.database.db)).id, cityCode: '440100', state: 'recommended' });
    const preview = await get(`/api/calls/${call.id}/creation-notices/preview`, province.cookie);
    expect(preview.statusCode, preview.body).toBe(200);
    const response = await post(`/api/calls/${call.id}/creation-notices`, {});
    expect(response.statusCode, response.body).toBe(201);
    const notice = response.json();
    expect([notice.publishedOn, notice.startsOn, notice.endsOn]).toEqual(['2026-09-28', '2026-09-28', '2026-10-09']);
    expect(notice.entries.map((e: { cityCode: string }) => e.cityCode)).toEqual(['440100', '440300']);
    expect(preview.json().entries.map((e: { applicationId: string }) => e.applicationId)).toEqual(notice.entries.map((e: { applicationId: string }) => e.applicationId));
    expect(JSON.stringify(notice)).not.toMatch(/score|rank|other/i);
    for (const application of applications) {
      const row = await applicationsRepository.findById(t.database.db, application.id);
      expect([row?.state, row?.facts.publicityEndsOn]).toEqual(['creation_publicity', '2026-10-09']);
    }
    expect((await applicationsRepository.findById(t.database.db, other.id))?.state).toBe('recommended');

    const list = (await get('/api/notices', province.cookie)).json();
    expect(list.find((n: { id: string }) => n.id === notice.id)).toMatchObject({ handlingDueOn: '2026-10-22', objectionCount: 0, isOverdue: false, entryCount: 2 });
    const publicList = (await get('/api/v1/notices')).json();
    expect(publicList[0]).toMatchObject({ id: notice.id, title: notice.title, entryCount: 2 });
    const document = await get(`/api/v1/notices/${notice.id}/document.docx`);
    expect(document.statusCode).toBe(200);
    expect(document.headers['content-type']).toContain('wordprocessingml');
    const xml = documentXml(document.rawPayload);
    for (const text of ['地市', '平台（基地）名称', '运营主体', '2026年9月28日至2026年10月9日', ...notice.entries.map((e: { name: string }) => e.name)]) expect(xml).toContain(text);
    expect(xml).not.toMatch(/序号|评分|得分|排名/);
    expect(xml.indexOf(notice.entries[0].name)).toBeLessThan(xml.indexOf(notice.entries[1].name));
  });

  it('refuses a call with nothing shortlisted (422) and a year without a holiday schedule (CALENDAR_YEAR_MISSING 422)', async () => {
    await setDay('2026-09-28');
    const empty = await createPublishedCall(t.database.db, province.userId, { year: 2032 });
    const nothing = await post(`/api/calls/${empty.id}/creation-notices`, {});
    expect([nothing.statusCode, nothing.json().code]).toEqual([422, 'NOTHING_TO_PUBLISH']);
    const { call, applications } = await shortlistedCall(2033, ['440100']);
    await setDay('2027-03-01');
    const missing = await post(`/api/calls/${call.id}/creation-notices`, {});
    expect(missing.statusCode, missing.body).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'CALENDAR_YEAR_MISSING', details: { year: 2027 } });
    expect((await applicationsRepository.findById(t.database.db, applications[0]?.id ?? ''))?.state).toBe('shortlisted');
  });

  it('is the province’s alone, and malformed input is a 400', async () => {
    const city = await t.signIn('city');
    const { call } = await shortlistedCall(2034, ['440100']);
    expect((await post(`/api/calls/${call.id}/creation-notices`, {}, city.cookie)).statusCode).toBe(403);
    const bad = await post(`/api/calls/${call.id}/creation-notices`, { title: '', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['extra', 'title']);
  });
});

describe('objections and confirmation', () => {
  let noticeId: string;
  let contested: string;
  let clean: string;
  beforeAll(async () => {
    await setDay('2026-09-28');
    const { call, applications } = await shortlistedCall(2035, ['440100', '440300']);
    noticeId = (await post(`/api/calls/${call.id}/creation-notices`, {})).json().id;
    [contested, clean] = applications.map((a) => a.id) as [string, string];
  });

  it('takes an objection with a real PDF inside the window, and the objector can check it by phone', async () => {
    await setDay('2026-10-09');
    const response = await sendObjection(noticeId, objection(contested));
    expect(response.statusCode, response.body).toBe(201);
    const { receiptNumber } = response.json();
    expect(receiptNumber).toMatch(/^YY-20261009-[0-9A-Z]{6}$/);
    expect((await applicationsRepository.findById(t.database.db, contested))?.facts.unresolvedObjections).toBe(1);
    const status = await get(`/api/v1/objections/${receiptNumber}?phone=13800138000`);
    expect(status.json()).toMatchObject({ receiptNumber, status: 'received', investigation: null });
    expect((await get(`/api/v1/objections/${receiptNumber}?phone=13900139000`)).statusCode).toBe(404);
    const publicView = await get(`/api/v1/notices/${noticeId}`);
    expect(publicView.json().isObjectionOpen).toBe(true);
    expect(publicView.body).not.toContain('张三');
    expect(publicView.body).not.toContain('13800138000');
    const objections = (await get(`/api/notices/${noticeId}/objections`, province.cookie)).json();
    expect(objections[0]).toMatchObject({ objectorName: '张三', attachments: [{ index: 0, mediaType: 'application/pdf' }] });
    const attachment = await get(`/api/objections/${objections[0].id}/attachments/0`, province.cookie);
    expect(attachment.rawPayload.equals(PDF)).toBe(true);
  });

  it('judges attachments by their bytes, checks every field and names the window when it is closed', async () => {
    await setDay('2026-10-09');
    const fake = await sendObjection(noticeId, objection(clean), [{ name: '证明.pdf', bytes: Buffer.from('这不是PDF文件的内容') }]);
    expect([fake.statusCode, fake.json().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const malformed = await sendObjection(noticeId, objection(clean, { objectorName: '', objectorPhone: '12345', facts: '太短', applicationId: 'x' }), []);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['applicationId', 'facts', 'objectorName', 'objectorPhone']);
    const notAnEntry = await sendObjection(noticeId, objection('00000000-0000-4000-8000-000000000000'), []);
    expect(notAnEntry.json().issues).toEqual([{ path: 'applicationId', message: '请选择本公示名单中的平台（基地）' }]);
    const json = await t.app.inject({ method: 'POST', url: `/api/v1/notices/${noticeId}/objections`, headers: { 'content-type': 'application/json' }, payload: {} });
    expect(json.statusCode).toBe(400);
    await setDay('2026-10-10');
    const late = await sendObjection(noticeId, objection(clean));
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'PUBLICITY_NOT_OPEN', message: expect.stringContaining('2026-09-28至2026-10-09') });
    expect((await applicationsRepository.findById(t.database.db, clean))?.facts.unresolvedObjections).toBe(0);
  });

  it('refuses confirmation before the window ends and while an objection is open, naming why', async () => {
    await setDay('2026-10-09');
    const early = await post(`/api/notices/${noticeId}/confirm`, {});
    expect([early.statusCode, early.json().code]).toEqual([409, 'TRANSITION_PRECONDITION_FAILED']);
    expect(early.json().message).toContain('2026-10-09');
    await setDay('2026-10-10');
    const contestedNow = await post(`/api/notices/${noticeId}/confirm`, {});
    expect(contestedNow.json().message).toContain('尚有异议未核实');
  });

  it('an upheld objection withdraws the entry with a public reason, once only; then the rest is confirmed for 2 years', async () => {
    await setDay('2026-10-12');
    const [pending] = (await get(`/api/notices/${noticeId}/objections`, province.cookie)).json();
    expect((await post(`/api/objections/${pending.id}/decision`, { outcome: 'upheld' })).statusCode).toBe(400);
    const investigation = '经核实，该平台年度服务企业数量存在重复统计，异议属实。';
    const decided = await post(`/api/objections/${pending.id}/decision`, { outcome: 'upheld', investigation });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'upheld', investigation });
    expect((await applicationsRepository.findById(t.database.db, contested))?.state).toBe('withdrawn');
    const again = await post(`/api/objections/${pending.id}/decision`, { outcome: 'unfounded', investigation });
    expect([again.statusCode, again.json().code]).toEqual([409, 'STATE_CHANGED']);
    const publicView = (await get(`/api/v1/notices/${noticeId}`)).json();
    expect(publicView.entries.find((e: { applicationId: string }) => e.applicationId === contested).outcome).toEqual({ kind: 'withdrawn', reason: investigation });

    const confirmed = await post(`/api/notices/${noticeId}/confirm`, {});
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().confirmed).toEqual([{ applicationId: clean, name: expect.any(String), creationPeriodEndsOn: '2028-10-12' }]);
    expect((await applicationsRepository.findById(t.database.db, clean))?.state).toBe('creating');
    const status = (await get(`/api/v1/objections/${pending.receiptNumber}?phone=13800138000`)).json();
    expect(status).toMatchObject({ status: 'upheld', investigation });
  });

  it('an objection found untrue lets the entry be confirmed after the window', async () => {
    await setDay('2026-09-28');
    const { call, applications } = await shortlistedCall(2036, ['440100']);
    const id = (await post(`/api/calls/${call.id}/creation-notices`, {})).json().id;
    const applicationId = applications[0]?.id ?? '';
    await sendObjection(id, objection(applicationId), []);
    const [pending] = (await get(`/api/notices/${id}/objections`, province.cookie)).json();
    await setDay('2026-10-23');
    const detail = (await get(`/api/notices/${id}`, province.cookie)).json();
    expect(detail).toMatchObject({ unresolvedCount: 1, isOverdue: true });
    expect(detail.confirmBlockedReason).toContain('尚有异议未核实');
    const decided = await post(`/api/objections/${pending.id}/decision`, { outcome: 'unfounded', investigation: '经核实，异议所述情况与事实不符，异议不属实。' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((await applicationsRepository.findById(t.database.db, applicationId))?.facts.unresolvedObjections).toBe(0);
    expect((await get(`/api/notices/${id}`, province.cookie)).json()).toMatchObject({ confirmBlockedReason: null, isOverdue: false });
    const confirmed = await post(`/api/notices/${id}/confirm`, {});
    expect(confirmed.json().confirmed[0].creationPeriodEndsOn).toBe('2028-10-23');
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
    ['GET', '/api/v1/objections/not-a-receipt?phone=13800138000', undefined, undefined],
    ['GET', '/api/v1/objections/YY-20260928-ABC123', undefined, undefined],
    ['GET', `/api/objections/${id}/attachments/9`, undefined, undefined],
  ] as const)('%s %s (%s)', async (method, url, contentType, body) => {
    const response = await t.app.inject({
      method,
      url,
      headers: { cookie: province.cookie, 'x-requested-with': 'shifan', ...(contentType ? { 'content-type': contentType } : {}) },
      ...(body ? { payload: body } : {}),
    });
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, response.body).toBeLessThan(500);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'issues', 'message']);
  });
});
