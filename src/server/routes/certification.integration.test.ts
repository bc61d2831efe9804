// 公示认定 through HTTP (Art. 7(4), ADR 0015): the 拟认定公示 lists every 拟认定对象 with the window from the seeded
// holiday calendar; after it, with no open objection, the 认定公告 certifies the entries still under 公示 with
// certificate numbers per carrier and year. The public reads announcements without a session, never a score.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { createUser } from '../../db/testing/builders';
import { createCertificationShortlist } from '../../db/testing/certification-builders';
import { certifications } from '../../db/schema/index';
import { at, documentXml, noticeKit, objectionFields as objection } from '../testing/notice-fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let kit: ReturnType<typeof noticeKit>;
beforeAll(async () => {
  t = await createTestApp(at('2026-09-28'));
  kit = noticeKit(t, await t.signIn('province'));
});
afterAll(async () => t.close());

const stateOf = async (id: string) => (await applicationsRepository.findById(t.database.db, id))?.state;
const names = (entries: { name: string }[]) => entries.map((e) => e.name);

describe('the 拟认定公示', () => {
  it('refuses when nothing is shortlisted, and is the province’s alone', async () => {
    await kit.setDay('2026-09-28');
    const nothing = await kit.post('/api/certification-notices', {});
    expect([nothing.statusCode, nothing.json().code, nothing.json().message]).toEqual([422, 'NOTHING_TO_PUBLISH', '当前没有“拟认定对象”状态的创建对象，无需发布拟认定公示']);
    expect((await kit.post('/api/certification-notices/preview', {})).statusCode).toBe(422);
    for (const role of ['city', 'auditor', 'applicant'] as const) {
      const other = await t.signIn(role);
      expect((await kit.post('/api/certification-notices', {}, other.cookie)).statusCode).toBe(403);
    }
    const bad = await kit.post('/api/certification-notices', { title: '', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['extra', 'title']);
  });

  it('previews, then publishes every 拟认定对象 in neutral order with a 5-working-day window, and notifies', async () => {
    await kit.setDay('2026-09-28');
    const { applications } = await createCertificationShortlist(t.database.db, 2024, [
      { cityCode: '440300', name: '深圳甲平台' },
      { cityCode: '440100', name: '广州乙基地', carrier: 'base' },
      { cityCode: '440100', name: '广州甲平台' },
    ]);
    const { applications: elsewhere } = await createCertificationShortlist(t.database.db, 2023, [{ cityCode: '440100' }], 'acceptance_review');
    const operator = (await createUser(t.database.db, { role: 'applicant', passwordHash: 'x', organisationId: applications[0]?.organisationId ?? null })).user;
    const city = (await createUser(t.database.db, { role: 'city', passwordHash: 'x', cityCode: '440300' })).user;

    const preview = await kit.post('/api/certification-notices/preview', {});
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ title: '2026年广东省中小企业公共服务示范平台（基地）拟认定对象公示', startsOn: '2026-09-28', endsOn: '2026-10-09', handlingDueOn: '2026-10-22' });
    expect(await stateOf(applications[0]?.id ?? '')).toBe('certification_shortlisted');

    const response = await kit.post('/api/certification-notices', {});
    expect(response.statusCode, response.body).toBe(201);
    const notice = response.json();
    expect(notice).toMatchObject({ stage: 'certification', publishedOn: '2026-09-28', startsOn: '2026-09-28', endsOn: '2026-10-09', entryCount: 3, isObjectionOpen: true });
    // 乙 (U+4E59) before 甲 (U+7532) by code point; 广州 (440100) before 深圳 (440300).
    expect(names(notice.entries)).toEqual(['广州乙基地', '广州甲平台', '深圳甲平台']);
    expect(names(preview.json().entries)).toEqual(names(notice.entries));
    expect(JSON.stringify(notice)).not.toMatch(/score|rank/i);
    for (const application of applications) {
      const row = await applicationsRepository.findById(t.database.db, application.id);
      expect([row?.state, row?.facts.publicityEndsOn]).toEqual(['certification_publicity', '2026-10-09']);
    }
    expect(await stateOf(elsewhere[0]?.id ?? '')).toBe('acceptance_review');

    const admin = (await kit.get('/api/notices', kit.province.cookie)).json().find((n: { id: string }) => n.id === notice.id);
    expect(admin).toMatchObject({ callId: null, stage: 'certification', handlingDueOn: '2026-10-22' });
    expect((await kit.get('/api/v1/notices')).json()[0]).toMatchObject({ id: notice.id, stage: 'certification' });
    const xml = documentXml((await kit.get(`/api/v1/notices/${notice.id}/document.docx`)).rawPayload);
    for (const name of names(notice.entries)) expect(xml).toContain(name);
    expect(xml).toContain('2026年9月28日至2026年10月9日');

    expect((await notificationsRepository.listForUser(t.database.db, operator.id)).map((n) => [n.title, n.link])).toEqual([['已进入拟认定对象公示', `/notices/${notice.id}`]]);
    expect((await notificationsRepository.listForUser(t.database.db, city.id)).map((n) => n.title)).toEqual(['本市平台（基地）进入拟认定对象公示']);

    const again = await kit.post('/api/certification-notices', {});
    expect([again.statusCode, again.json().code]).toEqual([422, 'NOTHING_TO_PUBLISH']);
  });
});

describe('objections to a 拟认定公示 and the 认定公告', () => {
  let noticeId: string;
  let upheld: string;
  let unfounded: string;
  let clean: string;
  beforeAll(async () => {
    await kit.setDay('2026-09-28');
    // The previous describe left nothing shortlisted: this notice lists these three only.
    const { applications } = await createCertificationShortlist(t.database.db, 2022, [
      { cityCode: '440100', name: '广州丙平台' },
      { cityCode: '440100', name: '广州丁平台' },
      { cityCode: '440300', name: '深圳丙基地', carrier: 'base' },
    ]);
    [upheld, unfounded, clean] = applications.map((a) => a.id) as [string, string, string];
    noticeId = (await kit.post('/api/certification-notices', {})).json().id;
  });

  it('takes objections through the public flow; an upheld one sends the entry back to acceptance review', async () => {
    await kit.setDay('2026-10-09');
    const first = await kit.sendObjection(noticeId, objection(upheld), undefined, '10.9.0.1');
    const second = await kit.sendObjection(noticeId, objection(unfounded), undefined, '10.9.0.2');
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const objections = (await kit.get(`/api/notices/${noticeId}/objections`, kit.province.cookie)).json() as { id: string; applicationId: string }[];
    const idOf = (applicationId: string) => objections.find((o) => o.applicationId === applicationId)?.id ?? '';

    await kit.setDay('2026-10-10');
    const blocked = await kit.post(`/api/notices/${noticeId}/certification-announcement`, {});
    expect([blocked.statusCode, blocked.json().code]).toEqual([409, 'TRANSITION_PRECONDITION_FAILED']);
    // 丁 (U+4E01) before 丙 (U+4E19) by code point.
    expect(blocked.json().message).toBe('尚有异议未核实：广州丁平台、广州丙平台。请先认定异议是否属实。');

    const decided = await kit.post(`/api/objections/${idOf(upheld)}/decision`, { outcome: 'upheld', investigation: '经核实，该平台服务数据存在重复统计，异议属实。' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await stateOf(upheld)).toBe('acceptance_review');
    expect((await kit.post(`/api/objections/${idOf(unfounded)}/decision`, { outcome: 'unfounded', investigation: '经核实，服务数据真实，异议不属实。' })).statusCode).toBe(200);
    expect(await stateOf(unfounded)).toBe('certification_publicity');
    const publicView = (await kit.get(`/api/v1/notices/${noticeId}`)).json();
    expect(publicView.entries.find((e: { applicationId: string }) => e.applicationId === upheld).outcome).toEqual({ kind: 'withdrawn', reason: '经核实，该平台服务数据存在重复统计，异议属实。' });
  });

  it('waits for the window to end', async () => {
    const { applications } = await createCertificationShortlist(t.database.db, 2021, [{ cityCode: '440100', name: '窗口期平台' }]);
    await kit.setDay('2026-10-12');
    const notice = (await kit.post('/api/certification-notices', {})).json();
    expect(notice.endsOn).toBe('2026-10-16');
    await kit.setDay('2026-10-16');
    const early = await kit.post(`/api/notices/${notice.id}/certification-announcement`, {});
    expect([early.statusCode, early.json().message]).toEqual([409, '公示期至2026-10-16（含当日）结束，期满后方可发文公告正式认定。']);
    expect(await stateOf(applications[0]?.id ?? '')).toBe('certification_publicity');
  });

  it('certifies the entries still under 公示 with certificate numbers, once, and tells operator and city', async () => {
    await kit.setDay('2026-10-12');
    const operator = (await createUser(t.database.db, { role: 'applicant', passwordHash: 'x', organisationId: (await applicationsRepository.findById(t.database.db, clean))?.organisationId ?? null })).user;
    const response = await kit.post(`/api/notices/${noticeId}/certification-announcement`, {});
    expect(response.statusCode, response.body).toBe(201);
    const announcement = response.json();
    expect(announcement).toMatchObject({ noticeId, title: '关于认定2026年广东省中小企业公共服务示范平台（基地）的公告', publishedOn: '2026-10-12', entryCount: 2, hasDocument: true });
    expect(announcement.entries.map((e: { name: string; certificateNumber: string }) => [e.name, e.certificateNumber])).toEqual([
      ['广州丁平台', '粤中小示范平台〔2026〕001号'],
      ['深圳丙基地', '粤中小示范基地〔2026〕001号'],
    ]);
    expect(JSON.stringify(announcement)).not.toMatch(/score|rank|outcome/i);
    expect([await stateOf(upheld), await stateOf(unfounded), await stateOf(clean)]).toEqual(['acceptance_review', 'certified', 'certified']);
    const rows = await t.database.db.select().from(certifications);
    expect(rows.map((r) => [r.certificateNumber, r.year, r.sequence, r.certifiedOn, r.announcementId]).sort()).toEqual([
      ['粤中小示范基地〔2026〕001号', 2026, 1, '2026-10-12', announcement.id],
      ['粤中小示范平台〔2026〕001号', 2026, 1, '2026-10-12', announcement.id],
    ]);
    expect((await notificationsRepository.listForUser(t.database.db, operator.id)).map((n) => [n.title, n.link])).toEqual([['已正式认定', `/announcements/${announcement.id}`]]);

    const twice = await kit.post(`/api/notices/${noticeId}/certification-announcement`, {});
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'STATE_CHANGED']);
    expect(twice.json().message).toBe('该公示的认定公告已于2026-10-12发布，不能重复发布');

    const overview = (await kit.get('/api/certification', kit.province.cookie)).json();
    const row = overview.notices.find((n: { id: string }) => n.id === noticeId);
    expect(row).toMatchObject({ pendingCount: 0, objectionCount: 2, unresolvedCount: 0, announcement: { id: announcement.id }, announceBlockedReason: '该公示的认定公告已于2026-10-12发布，不能重复发布。' });
  });

  it('continues the year’s numbers in the next announcement', async () => {
    await kit.setDay('2026-10-19');
    const pending = (await kit.get('/api/certification', kit.province.cookie)).json().notices.find((n: { endsOn: string }) => n.endsOn === '2026-10-16');
    expect(pending.announceBlockedReason).toBeNull();
    const response = await kit.post(`/api/notices/${pending.id}/certification-announcement`, { title: '关于认定第二批示范平台的公告' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().entries.map((e: { certificateNumber: string }) => e.certificateNumber)).toEqual(['粤中小示范平台〔2026〕002号']);
  });

  it('refuses a creation notice and an unknown one, and is the province’s alone', async () => {
    const { call } = await kit.shortlistedCall(2020, ['440100']);
    await kit.setDay('2026-09-28');
    const creation = (await kit.post(`/api/calls/${call.id}/creation-notices`, {})).json();
    const refused = await kit.post(`/api/notices/${creation.id}/certification-announcement`, {});
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'TRANSITION_NOT_ALLOWED']);
    expect((await kit.post('/api/notices/00000000-0000-4000-8000-000000000000/certification-announcement', {})).statusCode).toBe(404);
    expect((await kit.post('/api/notices/not-a-uuid/certification-announcement', {})).statusCode).toBe(400);
    const auditor = await t.signIn('auditor');
    expect((await kit.post(`/api/notices/${noticeId}/certification-announcement`, {}, auditor.cookie)).statusCode).toBe(403);
  });
});

describe('public announcements', () => {
  it('lists newest first with pages, shows one with its numbers and its Word file, without a session', async () => {
    const list = await kit.get('/api/v1/announcements?page=1&pageSize=1');
    expect(list.statusCode, list.body).toBe(200);
    const page = list.json();
    expect([page.total, page.page, page.pageSize, page.items.length]).toEqual([2, 1, 1, 1]);
    expect(page.items[0].title).toBe('关于认定第二批示范平台的公告');
    expect((await kit.get('/api/v1/announcements?page=2&pageSize=1')).json().items[0].title).toBe('关于认定2026年广东省中小企业公共服务示范平台（基地）的公告');
    expect((await kit.get('/api/v1/announcements')).json()).toMatchObject({ total: 2, page: 1, pageSize: 20 });

    const first = (await kit.get('/api/v1/announcements?page=2&pageSize=1')).json().items[0];
    const detail = await kit.get(`/api/v1/announcements/${first.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().entries[0]).toMatchObject({ name: '广州丁平台', cityName: '广州市', certificateNumber: '粤中小示范平台〔2026〕001号' });
    expect(detail.body).not.toMatch(/score|rank|得分|评分/i);
    const document = await kit.get(`/api/v1/announcements/${first.id}/document.docx`);
    expect(document.statusCode).toBe(200);
    expect(document.headers['content-type']).toContain('wordprocessingml');
    const xml = documentXml(document.rawPayload);
    for (const text of ['证书编号', '粤中小示范平台〔2026〕001号', '粤中小示范基地〔2026〕001号', '广州丁平台', '2026年10月12日']) expect(xml).toContain(text);
    expect(xml).not.toMatch(/序号|评分|得分|排名/);
    expect(xml).not.toContain('广州丙平台');
  });

  it.each([
    ['page=0', '页码最小为1'],
    ['page=abc', '页码应为数字'],
    ['pageSize=51', '每页条数最大为50'],
    ['pageSize=1.5', '每页条数应为整数'],
    ['sort=desc', ''],
  ])('refuses %s with a 400 in Chinese', async (query, message) => {
    const response = await kit.get(`/api/v1/announcements?${query}`);
    expect(response.statusCode).toBe(400);
    if (message) expect(response.json().issues.map((i: { message: string }) => i.message)).toContain(message);
  });

  it('answers 404 for an unknown announcement and 400 for a malformed id', async () => {
    expect((await kit.get('/api/v1/announcements/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await kit.get('/api/v1/announcements/00000000-0000-4000-8000-000000000000/document.docx')).statusCode).toBe(404);
    expect((await kit.get('/api/v1/announcements/x')).statusCode).toBe(400);
  });

  it('the overview is read by the province and the auditor only', async () => {
    const auditor = await t.signIn('auditor');
    const overview = await kit.get('/api/certification', auditor.cookie);
    expect(overview.statusCode).toBe(200);
    expect(overview.json().announcements.map((a: { title: string }) => a.title)).toEqual(['关于认定第二批示范平台的公告', '关于认定2026年广东省中小企业公共服务示范平台（基地）的公告']);
    expect((await kit.get('/api/certification', (await t.signIn('city')).cookie)).statusCode).toBe(403);
    expect((await kit.get('/api/certification')).statusCode).toBe(401);
  });
});
