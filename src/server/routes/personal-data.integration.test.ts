// F7 item 6 (个人信息保护法 第51条; 等保2.0 三级 8.1.4.8 / 8.1.4.11): the contact person's and the objector's phones are
// sealed in the database, shown whole only to whoever is entitled to them, masked elsewhere, and absent from every
// public response, audit record and notification. docs/security/personal-data.md maps each check to its clause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { auditAndNotificationTexts, auditRecordsWithAction } from '../../db/testing/security-fixtures';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { makeCreditCode } from '../../db/testing/builders';
import { openField } from '../security/field-cipher';
import { documentXml, noticeKit, objectionFields } from '../testing/notice-fixtures';
import { createTestApp, JSON_HEADERS, sessionCookieOf, TEST_SECURITY, type TestApp } from '../testing/test-app';

const CONTACT_PHONE = '13712340001';
const OBJECTOR_PHONE = '13612340002';
// An 11-digit mainland mobile number standing alone (not inside a longer code or number).
const ANY_MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/;
const key = TEST_SECURITY.dataKey;

let t: TestApp;
let kit: ReturnType<typeof noticeKit>;
let organisationId: string;
let account: { username: string; password: string };
let noticeId: string;
let receiptNumber: string;
let objectionId: string;

beforeAll(async () => {
  t = await createTestApp(new Date('2026-09-28T02:00:00Z'));
  kit = noticeKit(t, await t.signIn('province'));
  account = { username: `pd${String(Date.now() % 100000).padStart(5, '0')}`, password: 'Register#2026a' };
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/registrations',
    headers: JSON_HEADERS,
    payload: {
      organisation: { creditCode: makeCreditCode('440300'), name: '深圳市个人信息测试服务中心', operatorKind: 'public_institution', isBranch: false, cityCode: '440300', countyCode: '440305', establishedOn: '2018-04-02' },
      contact: { name: '周敏', phone: CONTACT_PHONE, email: 'zhoumin@example.cn' },
      account,
    },
  });
  expect(registered.statusCode, registered.body).toBe(201);
  expect(registered.body).not.toMatch(ANY_MOBILE);
  organisationId = registered.json().organisationId;

  const call = await createPublishedCall(t.database.db, kit.province.userId, { year: 2042 });
  const application = await createApplication(t.database.db, { callId: call.id, organisationId, cityCode: '440300', state: 'shortlisted' });
  noticeId = (await kit.post(`/api/calls/${call.id}/creation-notices`, {})).json().id;
  const objection = await kit.sendObjection(noticeId, objectionFields(application.id, { objectorPhone: OBJECTOR_PHONE }));
  expect(objection.statusCode, objection.body).toBe(201);
  receiptNumber = objection.json().receiptNumber;
  objectionId = (await noticesRepository.findObjectionByReceipt(t.database.db, receiptNumber))!.objection.id;
  // Found untrue, then confirmed: the organisation's platform reaches the public registry.
  await kit.setDay('2026-10-12');
  const decided = await kit.post(`/api/objections/${objectionId}/decision`, { outcome: 'unfounded', investigation: '经核实，异议所述情况与事实不符，异议不属实。' });
  expect(decided.statusCode, decided.body).toBe(200);
  const confirmed = await kit.post(`/api/notices/${noticeId}/confirm`, {});
  expect(confirmed.statusCode, confirmed.body).toBe(200);
});
afterAll(async () => t.close());

const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

describe('phones are sealed at rest', () => {
  it('the organisation row holds a sealed contact phone, not the digits', async () => {
    const row = await organisationsRepository.findById(t.database.db, organisationId);
    expect(row!.contactPhone).toMatch(/^v1:/);
    expect(row!.contactPhone).not.toContain(CONTACT_PHONE);
    expect(openField(key, row!.contactPhone)).toBe(CONTACT_PHONE);
  });

  it('the objection row holds a sealed objector phone, not the digits', async () => {
    const row = await noticesRepository.findObjection(t.database.db, objectionId);
    expect(row!.objectorPhone).toMatch(/^v1:/);
    expect(openField(key, row!.objectorPhone)).toBe(OBJECTOR_PHONE);
  });
});

describe('phones are shown whole only to whoever is entitled', () => {
  it('the organisation itself sees its contact phone whole', async () => {
    // Signed in after the clock moves (a session does not outlive a jump of days).
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: account });
    const own = await get(`/api/organisations/${organisationId}`, sessionCookieOf(login));
    expect(own.json()).toMatchObject({ contactPhone: CONTACT_PHONE, contactPhoneMasked: '137****0001' });
  });

  it.each(['city', 'province', 'auditor'] as const)('the %s sees it masked, in the detail and the list', async (role) => {
    const { cookie } = await t.signIn(role, { cityCode: '440300' });
    const detail = await get(`/api/organisations/${organisationId}`, cookie);
    expect(detail.json()).toMatchObject({ contactPhone: null, contactPhoneMasked: '137****0001' });
    const list = await get('/api/organisations?pageSize=100', cookie);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(CONTACT_PHONE);
  });

  it('the province handling the objection sees the objector phone whole, and that read is audited; the auditor masked, not audited', async () => {
    const before = (await auditRecordsWithAction(t.database.db, 'objection.identities.viewed')).length;
    const province = (await get(`/api/notices/${noticeId}/objections`, kit.province.cookie)).json();
    expect(province[0].objectorPhone).toBe(OBJECTOR_PHONE);
    const reads = await auditRecordsWithAction(t.database.db, 'objection.identities.viewed');
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toMatchObject({ actorUserId: kit.province.userId, actorRole: 'province', objectType: 'publicity_notice', objectId: noticeId, after: { objections: 1 } });
    const auditor = await t.signIn('auditor');
    const audited = await get(`/api/notices/${noticeId}/objections`, auditor.cookie);
    expect(audited.json()[0].objectorPhone).toBe('136****0002');
    expect(audited.body).not.toContain(OBJECTOR_PHONE);
    expect(await auditRecordsWithAction(t.database.db, 'objection.identities.viewed')).toHaveLength(before + 1);
  });

  it('the objector checks the status with the phone given; another phone is refused', async () => {
    expect((await kit.checkObjectionStatus(receiptNumber, { phone: OBJECTOR_PHONE })).json()).toMatchObject({ status: 'unfounded' });
    expect((await kit.checkObjectionStatus(receiptNumber, { phone: '13612340003' })).statusCode).toBe(404);
    // ADR 0023: the phone is never taken from a URL; the old GET is gone.
    expect((await get(`/api/v1/objections/${receiptNumber}?phone=${OBJECTOR_PHONE}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/objections/${receiptNumber}/status?phone=${OBJECTOR_PHONE}`)).statusCode).toBe(404);
  });
});

describe('public responses never carry a phone', () => {
  it('walks the public notices, objection status, registry, announcements, revocations and calls', async () => {
    const registry = (await get('/api/v1/registry')).json();
    const ours = registry.items.find((e: { operatorName?: string; name?: string }) => JSON.stringify(e).includes('深圳市个人信息测试服务中心'));
    expect(ours, 'the confirmed platform is in the registry').toBeDefined();
    const urls = [
      '/api/v1/notices',
      `/api/v1/notices/${noticeId}`,
      '/api/v1/registry',
      '/api/v1/registry.csv',
      `/api/v1/registry/${ours.id}`,
      '/api/v1/announcements',
      '/api/v1/revocations',
      '/api/v1/calls',
    ];
    const answers: [string, Awaited<ReturnType<typeof get>>][] = [['objection status', await kit.checkObjectionStatus(receiptNumber, { phone: OBJECTOR_PHONE })]];
    for (const url of urls) answers.push([url, await get(url)]);
    for (const [url, response] of answers) {
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toMatch(ANY_MOBILE);
      expect(response.body, url).not.toContain('v1:');
    }
    const xml = documentXml((await get(`/api/v1/notices/${noticeId}/document.docx`)).rawPayload);
    expect(xml).not.toMatch(ANY_MOBILE);
  });
});

describe('no audit record or notification carries a phone', () => {
  it('scans every audit_log before/after and every notification for the digits and the sealed values', async () => {
    const { audit, notes } = await auditAndNotificationTexts(t.database.db);
    expect(audit.length).toBeGreaterThan(3);
    const sealedValues = [(await organisationsRepository.findById(t.database.db, organisationId))!.contactPhone, (await noticesRepository.findObjection(t.database.db, objectionId))!.objectorPhone];
    const text = JSON.stringify([audit, notes]);
    for (const secret of [CONTACT_PHONE, OBJECTOR_PHONE, ...sealedValues]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(ANY_MOBILE);
  });
});
