// 单位对外服务电话/网址 (F6 item 1; ADR 0017) through HTTP: the organisation's own applicant sets, changes and clears
// its public phone and website; the organisation's programme entries show them at once (projection), and the public API
// reads them; legacy and MIIT entries with the same credit code keep the contact their list gave them (the credit code
// of a self-registered organisation is verified by nobody); the contact person's data never appears.
// Other organisations see 404, other roles 403, anonymous 401; bad input is a 400 naming the field, in Chinese.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { registryWriteRepository } from '../../db/repositories/registry-write.repository';
import { createCreationObject } from '../../db/testing/creation-builders';
import { registrySearchText } from '../../domain/registry/search';
import { projectRegistryEntry } from '../registry/project-registry-entry';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let operator: SignedIn;
let otherOperator: SignedIn;
let gz: SignedIn;
let sz: SignedIn;
let province: SignedIn;
let expert: SignedIn;
let organisationId: string;
let programmeEntryId: string;
let legacyEntryId: string;
let miitEntryId: string;
const LISTED_CONTACT = { publicPhone: '020-11112222', website: 'https://www.listed-platform.gov.cn' };

beforeAll(async () => {
  t = await createTestApp();
  operator = await t.signIn('applicant');
  otherOperator = await t.signIn('applicant');
  gz = await t.signIn('city', { cityCode: '440100' });
  sz = await t.signIn('city', { cityCode: '440300' });
  province = await t.signIn('province');
  expert = await t.signIn('expert');
  organisationId = operator.organisationId ?? '';
  const organisation = await organisationsRepository.findById(t.database.db, organisationId);
  if (!organisation) throw new Error('no organisation');
  // The organisation's certified platform, projected into the registry, and a legacy entry of the same operator.
  const application = await createCreationObject(t.database.db, { organisationId, state: 'certified', callYear: 2050 });
  await projectRegistryEntry(t.database.db, t.deps, application.id);
  programmeEntryId = application.id;
  legacyEntryId = randomUUID();
  await registryWriteRepository.upsertEntry(t.database.db, {
    id: legacyEntryId,
    source: 'legacy',
    name: '本单位早年认定的示范基地',
    operatorName: organisation.name,
    operatorCreditCode: organisation.creditCode,
    carrier: 'base',
    cityCode: '440100',
    countyCode: '440106',
    isProvincial: true,
    status: 'certified',
    searchText: registrySearchText({ name: '本单位早年认定的示范基地', operatorName: organisation.name, formerNames: [], certificateNumber: null }),
    ...LISTED_CONTACT,
    updatedAt: t.clock.now(),
  });
  // A national platform from MIIT's list whose operator has the credit code this organisation registered with.
  miitEntryId = randomUUID();
  await registryWriteRepository.upsertEntry(t.database.db, {
    id: miitEntryId,
    source: 'miit',
    name: '国家中小企业公共服务示范平台（同信用代码）',
    operatorName: '工业和信息化部名单上的运营主体',
    operatorCreditCode: organisation.creditCode,
    carrier: 'platform',
    cityCode: '440100',
    countyCode: '440106',
    isProvincial: false,
    isNational: true,
    status: 'certified',
    searchText: registrySearchText({ name: '国家中小企业公共服务示范平台（同信用代码）', operatorName: '工业和信息化部名单上的运营主体', formerNames: [], certificateNumber: null }),
    ...LISTED_CONTACT,
    updatedAt: t.clock.now(),
  });
});
afterAll(async () => t.close());

const url = (id: string) => `/api/organisations/${id}/public-contact`;
const put = (who: SignedIn | null, id: string, payload: unknown) =>
  t.app.inject({ method: 'PUT', url: url(id), headers: { ...JSON_HEADERS, ...(who ? { cookie: who.cookie } : {}) }, payload: payload as object });
const get = (who: SignedIn | null, path: string) => t.app.inject({ method: 'GET', url: path, headers: who ? { cookie: who.cookie } : {} });

describe('the applicant keeps its public contact', () => {
  it('sets phone and website; the registry shows them; audited; the version moves', async () => {
    const version = await registryWriteRepository.readVersion(t.database.db);
    const response = await put(operator, organisationId, { publicPhone: ' 020-87654321 ', website: 'https://www.example-platform.cn/service' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ organisationId, publicPhone: '020-87654321', website: 'https://www.example-platform.cn/service', canEdit: true });

    expect(await organisationsRepository.findById(t.database.db, organisationId)).toMatchObject({ publicPhone: '020-87654321', website: 'https://www.example-platform.cn/service' });
    expect(await registryWriteRepository.findEntry(t.database.db, programmeEntryId)).toMatchObject({ publicPhone: '020-87654321', website: 'https://www.example-platform.cn/service' });
    expect(await registryWriteRepository.readVersion(t.database.db)).toBeGreaterThan(version);
    const pub = await get(null, `/api/v1/registry/${programmeEntryId}`);
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({ publicPhone: '020-87654321', website: 'https://www.example-platform.cn/service' });
    // The contact person's phone is never in the registry.
    const organisation = await organisationsRepository.findById(t.database.db, organisationId);
    expect(pub.body).not.toContain(organisation?.contactPhone ?? '—');

    const audit = await auditLogRepository.findByObject(t.database.db, 'organisation', organisationId);
    expect(audit.map((a) => a.action)).toEqual(['organisation.public_contact_updated']);
    expect(audit[0]).toMatchObject({ before: { publicPhone: null, website: null }, after: { publicPhone: '020-87654321', website: 'https://www.example-platform.cn/service' } });
  });

  it('the same contact again changes nothing and records nothing', async () => {
    const before = (await auditLogRepository.findByObject(t.database.db, 'organisation', organisationId)).length;
    const version = await registryWriteRepository.readVersion(t.database.db);
    const response = await put(operator, organisationId, { publicPhone: '020-87654321', website: 'https://www.example-platform.cn/service' });
    expect(response.statusCode, response.body).toBe(200);
    expect(await auditLogRepository.findByObject(t.database.db, 'organisation', organisationId)).toHaveLength(before);
    expect(await registryWriteRepository.readVersion(t.database.db)).toBe(version);
  });

  it('clears both (empty or absent means none); a 400 number is accepted', async () => {
    const cleared = await put(operator, organisationId, { publicPhone: '', website: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ publicPhone: null, website: null });
    expect(await registryWriteRepository.findEntry(t.database.db, programmeEntryId)).toMatchObject({ publicPhone: null, website: null });
    const hotline = await put(operator, organisationId, { publicPhone: '400-820-8820' });
    expect(hotline.statusCode, hotline.body).toBe(200);
    expect(hotline.json()).toMatchObject({ publicPhone: '400-820-8820', website: null });
  });

  it('anyone who may read the organisation reads the contact; only its applicant may edit', async () => {
    const own = await get(operator, url(organisationId));
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ organisationId, canEdit: true });
    for (const reader of [gz, province]) {
      const response = await get(reader, url(organisationId));
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().canEdit).toBe(false);
    }
    expect((await get(otherOperator, url(organisationId))).statusCode).toBe(404);
    expect((await get(sz, url(organisationId))).statusCode).toBe(404);
    expect((await get(null, url(organisationId))).statusCode).toBe(401);
  });
});

describe('entries without an application keep their listed contact', () => {
  it('a website saved by an organisation with the credit code of a MIIT and a legacy entry never reaches them', async () => {
    const before = await Promise.all([miitEntryId, legacyEntryId].map((id) => get(null, `/api/v1/registry/${id}`)));
    for (const response of before) {
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject(LISTED_CONTACT);
    }
    const saved = await put(operator, organisationId, { publicPhone: '13800138000', website: 'https://phishing.example.cn/login' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ website: 'https://phishing.example.cn/login' });
    for (const [index, id] of [miitEntryId, legacyEntryId].entries()) {
      const after = await get(null, `/api/v1/registry/${id}`);
      expect(after.statusCode, after.body).toBe(200);
      expect(after.json()).toEqual(before[index]!.json());
      expect(after.body).not.toContain('phishing');
    }
  });
});

describe('refusals', () => {
  it.each([
    [{ publicPhone: '12345' }, 'publicPhone', '对外服务电话应为11位手机号、带区号的固定电话'],
    [{ publicPhone: 13800138000 }, 'publicPhone', '对外服务电话应为一段文字'],
    [{ website: 'www.example.cn' }, 'website', '单位网址应为以http://或https://开头的完整网址'],
    [{ website: 'javascript:alert(1)' }, 'website', '单位网址应为以http://或https://开头'],
    [{ website: 'ftp://files.example.cn' }, 'website', '单位网址应为以http://或https://开头'],
    [{ website: 'https://user:pw@example.cn' }, 'website', '单位网址应为以http://或https://开头'],
    [{ website: `https://www.example.cn/${'a'.repeat(180)}` }, 'website', '单位网址不能超过200个字符'],
    [{ contactPhone: '13800138000' }, '', ''],
  ])('400 naming the field: %j', async (payload, path, message) => {
    const response = await put(operator, organisationId, payload);
    expect(response.statusCode, response.body).toBe(400);
    const issue = (response.json().issues as { path: string; message: string }[]).find((i) => i.path === path || path === '');
    expect(issue?.message ?? '').toContain(message);
  });

  it.each([
    ['another organisation’s applicant', (): SignedIn | null => otherOperator, 404],
    ['the city', (): SignedIn | null => gz, 403],
    ['the province', (): SignedIn | null => province, 403],
    ['an expert', (): SignedIn | null => expert, 403],
    ['anonymous', (): SignedIn | null => null, 401],
  ] as const)('%s → %i, nothing changed', async (_label, who, status) => {
    const before = await organisationsRepository.findById(t.database.db, organisationId);
    const response = await put(who(), organisationId, { publicPhone: '13800138000', website: 'https://evil.example.cn' });
    expect(response.statusCode, response.body).toBe(status);
    expect(await organisationsRepository.findById(t.database.db, organisationId)).toMatchObject({ publicPhone: before?.publicPhone ?? null, website: before?.website ?? null });
  });

  it('a malformed id → 400, an unknown one → 404', async () => {
    expect((await put(operator, 'abc', { publicPhone: '13800138000' })).statusCode).toBe(400);
    expect((await put(operator, randomUUID(), { publicPhone: '13800138000' })).statusCode).toBe(404);
  });
});
