// 公示与异议 through HTTP (Art. 7(2), Art. 8, DESIGN §3): the window comes from the seeded holiday calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { at, documentXml, noticeKit, objectionFields as objection, PDF } from '../testing/notice-fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

// Objections as uploads (limits, refusals, malformed bodies): objections.integration.test.ts.
let t: TestApp;
let kit: ReturnType<typeof noticeKit>;
beforeAll(async () => {
  t = await createTestApp(at('2026-09-28'));
  kit = noticeKit(t, await t.signIn('province'));
});
afterAll(async () => t.close());

const setDay = (date: string) => kit.setDay(date);
const shortlistedCall = (year: number, cities: string[]) => kit.shortlistedCall(year, cities);
const post = (url: string, payload: object, cookie?: string) => kit.post(url, payload, cookie);
const get = (url: string, cookie?: string) => kit.get(url, cookie);
const sendObjection = (noticeId: string, fields: Record<string, string>, files?: Parameters<typeof kit.sendObjection>[2]) => kit.sendObjection(noticeId, fields, files);

describe('publishing a 拟创建对象 notice', () => {
  it('lists every shortlisted application in neutral order, with the window from the calendar', async () => {
    await setDay('2026-09-28');
    const { call, applications } = await shortlistedCall(2031, ['440300', '440100']);
    const other = await createApplication(t.database.db, { callId: call.id, organisationId: (await createOrganisation(t.database.db)).id, cityCode: '440100', state: 'recommended' });
    const preview = await get(`/api/calls/${call.id}/creation-notices/preview`, kit.province.cookie);
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

    const list = (await get('/api/notices', kit.province.cookie)).json();
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
    // On paper a bare path is no instruction: the column is named, and the page of this system.
    expect(xml).toContain('登录广东省工业和信息化厅网站“公示公告”栏目（本系统 /notices 页面）');
    expect(xml).not.toContain(`（/notices/${notice.id}）`);
  });

  it('prints the full link to the notice when PUBLIC_BASE_URL is set', async () => {
    await setDay('2026-09-28');
    const { call } = await shortlistedCall(2037, ['440100']);
    t.deps.publicBaseUrl = 'https://shifan.example.gov.cn';
    try {
      const notice = (await post(`/api/calls/${call.id}/creation-notices`, {})).json();
      const xml = documentXml((await get(`/api/v1/notices/${notice.id}/document.docx`)).rawPayload);
      expect(xml).toContain(`直接访问 https://shifan.example.gov.cn/notices/${notice.id} ，打开本公示`);
    } finally {
      t.deps.publicBaseUrl = undefined;
    }
  });

  it('refuses a call with nothing shortlisted (422) and a year without a holiday schedule (CALENDAR_YEAR_MISSING 422)', async () => {
    await setDay('2026-09-28');
    const empty = await createPublishedCall(t.database.db, kit.province.userId, { year: 2032 });
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
    const status = await kit.checkObjectionStatus(receiptNumber, { phone: '13800138000' });
    expect(status.json()).toMatchObject({ receiptNumber, status: 'received', investigation: null });
    expect((await kit.checkObjectionStatus(receiptNumber, { phone: '13900139000' })).statusCode).toBe(404);
    const publicView = await get(`/api/v1/notices/${noticeId}`);
    expect(publicView.json().isObjectionOpen).toBe(true);
    expect(publicView.body).not.toContain('张三');
    expect(publicView.body).not.toContain('13800138000');
    const objections = (await get(`/api/notices/${noticeId}/objections`, kit.province.cookie)).json();
    expect(objections[0]).toMatchObject({ objectorName: '张三', attachments: [{ index: 0, mediaType: 'application/pdf' }] });
    const attachment = await get(`/api/objections/${objections[0].id}/attachments/0`, kit.province.cookie);
    expect(attachment.rawPayload.equals(PDF)).toBe(true);
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
    const [pending] = (await get(`/api/notices/${noticeId}/objections`, kit.province.cookie)).json();
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
    const status = (await kit.checkObjectionStatus(pending.receiptNumber, { phone: '13800138000' })).json();
    expect(status).toMatchObject({ status: 'upheld', investigation });
  });

  it('an objection found untrue lets the entry be confirmed after the window', async () => {
    await setDay('2026-09-28');
    const { call, applications } = await shortlistedCall(2036, ['440100']);
    const id = (await post(`/api/calls/${call.id}/creation-notices`, {})).json().id;
    const applicationId = applications[0]?.id ?? '';
    await sendObjection(id, objection(applicationId), []);
    const [pending] = (await get(`/api/notices/${id}/objections`, kit.province.cookie)).json();
    await setDay('2026-10-23');
    const detail = (await get(`/api/notices/${id}`, kit.province.cookie)).json();
    expect(detail).toMatchObject({ unresolvedCount: 1, isOverdue: true });
    expect(detail.confirmBlockedReason).toContain('尚有异议未核实');
    const decided = await post(`/api/objections/${pending.id}/decision`, { outcome: 'unfounded', investigation: '经核实，异议所述情况与事实不符，异议不属实。' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((await applicationsRepository.findById(t.database.db, applicationId))?.facts.unresolvedObjections).toBe(0);
    expect((await get(`/api/notices/${id}`, kit.province.cookie)).json()).toMatchObject({ confirmBlockedReason: null, isOverdue: false });
    const confirmed = await post(`/api/notices/${id}/confirm`, {});
    expect(confirmed.json().confirmed[0].creationPeriodEndsOn).toBe('2028-10-23');
  });
});
