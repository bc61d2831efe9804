// The registry's write side through HTTP (F6 item 1; ADR 0017): objects walk their lifecycle through the real routes
// and the entry follows in the same transaction — listed from the confirmation, certified with its number, 整改中
// after a failed re-review, 已撤销 and 已退出 with the published reason, former names after a retained rename —
// the version moves only when the public data change, and a rebuild of the database gives back what was maintained.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryReadRepository } from '../../db/repositories/registry-read.repository';
import { registryWriteRepository } from '../../db/repositories/registry-write.repository';
import { addAcceptanceOpinion, createAcceptanceObject } from '../../db/testing/acceptance-builders';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import { createCertificationShortlist } from '../../db/testing/certification-builders';
import { createCreationObject } from '../../db/testing/creation-builders';
import { createCertifiedObject } from '../../db/testing/re-review-builders';
import { clearProgrammeRegistry, insertLegacyEntry, readProgrammeRegistry, setPublicContact } from '../../db/testing/registry-projection-fixtures';
import { normaliseSearch } from '../../domain/registry/search';
import { at } from '../testing/notice-fixtures';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';
import { JSON_HEADERS, type SignedIn } from '../testing/test-app';
import { applyApplicationEvent, lockApplication } from '../use-cases/apply-application-event';
import type { RequestContext } from '../use-cases/context';
import { ensureRegistryBuilt, rebuildRegistry } from './rebuild-registry';
import { projectOrganisationEntries, projectRegistryEntry } from './project-registry-entry';

let { t, operator, gz, province } = {} as CreationCast;
let nextCallYear = 2040;

beforeAll(async () => {
  ({ t, operator, gz, province } = await startCreationCast(at('2026-09-28')));
});
afterAll(async () => t.close());

/** Moves the clock; sessions do not outlive a jump of days, so everyone signs in again. */
async function setDay(day: string): Promise<void> {
  t.clock.set(at(day));
  operator = await t.signIn('applicant', { organisationId: operator.organisationId ?? '' });
  gz = await t.signIn('city', { cityCode: '440100' });
  province = await t.signIn('province');
}

const db = () => t.database.db;
const send = async (who: SignedIn, url: string, payload: object = {}) => {
  const response = await t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
};
const entryOf = (id: string) => registryWriteRepository.findEntry(db(), id);
const historyOf = async (id: string) => (await registryReadRepository.listHistory(db(), id)).map((h) => ({ occurredOn: h.occurredOn, kind: h.kind, label: h.label, publicReason: h.publicReason }));
const version = () => registryWriteRepository.readVersion(db());
const finding = (lockVersion: number, reason: string) => ({ lockVersion, kind: 'data_fraud', source: '省工业和信息化厅核查报告（粤工信核〔2026〕12号）', foundOn: '2026-11-20', reason });

describe('an object enters the registry when it becomes a creation object, and is certified with its number', () => {
  it('creation_publicity: no entry; confirmed: 创建中; certified: 已认定 with the certificate number', async () => {
    await setDay('2026-09-28');
    const call = await createPublishedCall(db(), province.userId, { year: (nextCallYear += 1) });
    const organisation = await createOrganisation(db(), { cityCode: '440100', countyCode: '440106' });
    const candidate = await createApplication(db(), { callId: call.id, organisationId: organisation.id, cityCode: '440100', state: 'shortlisted' });
    const notice = await send(province, `/api/calls/${call.id}/creation-notices`);
    const { applications } = await createCertificationShortlist(db(), (nextCallYear += 1), [{ cityCode: '440300', name: '深圳认定测试平台' }]);
    const certifying = applications[0]?.id ?? '';
    const certificationNotice = await send(province, '/api/certification-notices');
    const before = await version();
    // Before confirmation it is an application under 公示, not an entry (Art. 7(2)).
    expect(await entryOf(candidate.id)).toBeUndefined();
    expect(await entryOf(certifying)).toMatchObject({ status: 'creating', statusDetail: '拟认定公示中', certificateNumber: null });

    await setDay('2026-10-12');
    await send(province, `/api/notices/${notice.id}/confirm`);
    const created = await entryOf(candidate.id);
    expect(created).toMatchObject({
      source: 'programme', applicationId: candidate.id, name: candidate.name, operatorName: organisation.name, operatorCreditCode: organisation.creditCode,
      carrier: 'platform', platformKind: 'comprehensive', cityCode: '440100', countyCode: '440106', isProvincial: true, isNational: false,
      batchYear: call.year, status: 'creating', statusDetail: null, certificateNumber: null, certifiedOn: null,
      serviceItems: ['创业指导', '管理咨询', '人才培训'], formerNames: [],
    });
    expect(created?.searchText).toContain(normaliseSearch(candidate.name));
    expect(await historyOf(candidate.id)).toEqual([{ occurredOn: '2026-10-12', kind: 'creation_confirmed', label: '确定为创建对象，进入创建期', publicReason: null }]);
    expect(await version()).toBeGreaterThan(before);

    const announcement = await send(province, `/api/notices/${certificationNotice.id}/certification-announcement`);
    const number = announcement.entries.find((e: { applicationId: string }) => e.applicationId === certifying).certificateNumber as string;
    expect(number).toEqual(expect.any(String));
    const certified = await entryOf(certifying);
    expect(certified).toMatchObject({ status: 'certified', statusDetail: null, certificateNumber: number, certifiedOn: '2026-10-12', name: '深圳认定测试平台', cityCode: '440300' });
    expect(certified?.searchText).toContain(normaliseSearch(number));
    expect(await historyOf(certifying)).toEqual([{ occurredOn: '2026-10-12', kind: 'certified', label: `发文公告正式认定，证书编号${number}`, publicReason: null }]);
  });
});

describe('re-review, revocation, exit and cancellation', () => {
  it('a failed re-review is 整改中; an Art. 12 revocation is 已撤销 with the published reason', async () => {
    await setDay('2027-03-01');
    const object = await createCertifiedObject(db(), { organisationId: operator.organisationId ?? '', reReviewDueOn: '2027-03-01', callYear: (nextCallYear += 1) });
    await send(province, '/api/re-review-rounds', { year: 2027, opensOn: '2027-03-01', reportDueOn: '2027-03-31', cityDueOn: '2027-04-30' });
    expect(await entryOf(object.id)).toMatchObject({ status: 'certified', statusDetail: '复核中' });
    const view = async (who: SignedIn) => (await t.app.inject({ method: 'GET', url: `/api/creation-objects/${object.id}/re-reviews`, headers: { cookie: who.cookie } })).json();
    const reReviewId = (await view(province)).reReviews[0].id as string;

    await setDay('2027-04-01');
    const assessed = await send(gz, `/api/creation-objects/${object.id}/re-reviews/${reReviewId}/assessment`, { opinion: 'fail', comment: '逾期未提交报告' });
    await send(province, `/api/creation-objects/${object.id}/re-reviews/${reReviewId}/decision`, { lockVersion: assessed.lockVersion, outcome: 'failed', reason: '服务企业数量不达标' });
    expect(await entryOf(object.id)).toMatchObject({ status: 'rectifying', statusDetail: null });
    // The reason of a failed re-review is the operator's, not published (Art. 10: only the revocation's is).
    expect(await historyOf(object.id)).toEqual([{ occurredOn: '2027-04-01', kind: 'rectification_started', label: '复核不达标，给予1年整改期', publicReason: null }]);

    t.clock.set(new Date(at('2027-04-01').getTime() + 60_000));
    const lockVersion = (await view(province)).lockVersion as number;
    await send(province, `/api/creation-objects/${object.id}/integrity-findings`, finding(lockVersion, '经核查，该平台服务记录中有312条为虚构企业。'));
    expect(await entryOf(object.id)).toMatchObject({ status: 'revoked', statusDetail: '已撤销认定命名' });
    expect((await historyOf(object.id)).at(-1)).toEqual({ occurredOn: '2027-04-01', kind: 'certification_revoked', label: '撤销认定命名（第十二条）', publicReason: '经核查，该平台服务记录中有312条为虚构企业。' });
  });

  it('a second failed acceptance is 已退出', async () => {
    await setDay('2028-01-10');
    const object = await createAcceptanceObject(db(), { organisationId: operator.organisationId ?? '', endsOn: '2028-01-09', isExtended: true, callYear: (nextCallYear += 1) });
    const started = await send(province, `/api/creation-objects/${object.id}/acceptance/start`, { lockVersion: object.lockVersion });
    expect(await entryOf(object.id)).toMatchObject({ status: 'creating', statusDetail: '评估验收中' });
    await addAcceptanceOpinion(db(), started.attempts[0].id, { expertName: '吴专家', declaration: 'none', conclusion: 'fail' });
    await send(province, `/api/creation-objects/${object.id}/acceptance/decision`, { lockVersion: started.lockVersion, outcome: 'failed', reason: '延期后仍未达到认定标准。' });
    expect(await entryOf(object.id)).toMatchObject({ status: 'exited', statusDetail: '验收未通过，退出创建' });
    expect(await historyOf(object.id)).toEqual([{ occurredOn: '2028-01-10', kind: 'creation_exited', label: '延期后再次评估验收未通过，退出创建', publicReason: null }]);
  });

  it('an Art. 12 cancellation is 已退出 with its detail and the published reason', async () => {
    await setDay('2026-11-28');
    const object = await createCreationObject(db(), { organisationId: operator.organisationId ?? '', callYear: (nextCallYear += 1) });
    await send(province, `/api/creation-objects/${object.id}/integrity-findings`, finding(object.lockVersion, '列入严重失信主体名单。'));
    expect(await entryOf(object.id)).toMatchObject({ status: 'exited', statusDetail: '已取消创建资格' });
    expect(await historyOf(object.id)).toEqual([{ occurredOn: '2026-11-28', kind: 'creation_cancelled', label: '取消创建资格（第十二条）', publicReason: '列入严重失信主体名单。' }]);
  });
});

describe('a retained rename and the operator’s public contact', () => {
  it('keeps the former name on every entry of the operator, searchable, with one history line', async () => {
    await setDay('2026-11-28');
    const organisation = await createOrganisation(db(), { cityCode: '440100', name: '广州旧称科技服务有限公司' });
    const object = await createCreationObject(db(), { organisationId: organisation.id, callYear: (nextCallYear += 1) });
    const sibling = await createCreationObject(db(), { organisationId: organisation.id, callYear: (nextCallYear += 1), state: 'certified' });
    const applicant = await t.signIn('applicant', { organisationId: organisation.id });
    const url = `/api/creation-objects/${object.id}/change-reports`;
    const reported = await send(applicant, url, { lockVersion: object.lockVersion, kind: 'rename', description: '运营主体更名。', occurredOn: '2026-10-01', newName: '广州新称科技服务有限公司' });
    expect(await entryOf(object.id)).toMatchObject({ operatorName: '广州旧称科技服务有限公司', formerNames: [] });
    const proposed = await send(gz, `${url}/${reported.report.id}/proposal`, { lockVersion: reported.lockVersion, proposal: 'retain', reason: '更名不影响服务' });
    await send(province, `${url}/${reported.report.id}/decision`, { lockVersion: proposed.lockVersion, decision: 'retain', reason: '同意保留' });

    const renamed = await entryOf(object.id);
    expect(renamed).toMatchObject({ operatorName: '广州新称科技服务有限公司', formerNames: [{ name: '广州旧称科技服务有限公司', until: '2026-10-01' }] });
    expect(renamed?.searchText).toContain(normaliseSearch('旧称'));
    expect(renamed?.searchText).toContain(normaliseSearch('新称'));
    expect(await historyOf(object.id)).toEqual([{ occurredOn: '2026-11-28', kind: 'renamed', label: '运营主体由“广州旧称科技服务有限公司”更名为“广州新称科技服务有限公司”', publicReason: null }]);
    // The sibling was built straight into the database (no entry yet): the rename lists it with the same names.
    expect(await entryOf(sibling.id)).toMatchObject({ status: 'certified', operatorName: '广州新称科技服务有限公司', formerNames: [{ name: '广州旧称科技服务有限公司', until: '2026-10-01' }] });
    expect(await historyOf(sibling.id)).toEqual([]);

    const before = await version();
    await setPublicContact(db(), organisation.id, { publicPhone: '020-12345678', website: 'https://example.gov.cn' });
    await db().transaction(async (tx) => projectOrganisationEntries(tx, t.deps, organisation.id));
    expect(await entryOf(object.id)).toMatchObject({ publicPhone: '020-12345678', website: 'https://example.gov.cn' });
    expect(await entryOf(sibling.id)).toMatchObject({ publicPhone: '020-12345678', website: 'https://example.gov.cn' });
    expect(await version()).toBe(before + 1);
  });
});

describe('the national tier (Art. 9)', () => {
  it('mark_national and unmark_national set the flag and each add a history line', async () => {
    await setDay('2026-11-28');
    const object = await createCertifiedObject(db(), { organisationId: operator.organisationId ?? '', reReviewDueOn: '2028-11-28', callYear: (nextCallYear += 1) });
    const ctx: RequestContext = { requestId: 'test', ip: '127.0.0.1', userAgent: null, sessionTokenHash: null, actor: { userId: province.userId, role: 'province', cityCode: null, organisationId: null } };
    const apply = (event: 'mark_national' | 'unmark_national') =>
      db().transaction(async (tx) => applyApplicationEvent(tx, t.deps, ctx, await lockApplication(tx, ctx, object.id, 'nationalTier.manage'), event));
    await apply('mark_national');
    expect(await entryOf(object.id)).toMatchObject({ status: 'certified', isNational: true, isProvincial: true });
    t.clock.set(new Date(at('2026-11-28').getTime() + 60_000));
    await apply('unmark_national');
    expect(await entryOf(object.id)).toMatchObject({ isNational: false });
    expect((await historyOf(object.id)).map((h) => h.kind)).toEqual(['national_marked', 'national_unmarked']);
  });
});

describe('the version and the rebuild', () => {
  it('projecting what did not change writes nothing and keeps the version', async () => {
    const [entry] = (await readProgrammeRegistry(db())).entries;
    const before = await version();
    const updatedAt = (await entryOf(entry?.id ?? ''))?.updatedAt;
    t.clock.set(at('2031-01-01'));
    await db().transaction(async (tx) => projectRegistryEntry(tx, t.deps, entry?.id ?? ''));
    expect(await version()).toBe(before);
    expect((await entryOf(entry?.id ?? ''))?.updatedAt).toEqual(updatedAt);
  });

  it('a pre-creation application never gets an entry, even when projected', async () => {
    const call = await createPublishedCall(db(), province.userId, { year: (nextCallYear += 1) });
    const draft = await createApplication(db(), { callId: call.id, organisationId: operator.organisationId ?? '', cityCode: '440100', state: 'recommended' });
    await db().transaction(async (tx) => projectRegistryEntry(tx, t.deps, draft.id));
    expect(await entryOf(draft.id)).toBeUndefined();
  });

  it('a rebuild of the maintained registry changes nothing; from nothing it gives back what was maintained, legacy rows kept', async () => {
    const legacy = await insertLegacyEntry(db(), '省级原有示范平台');
    const maintained = await readProgrammeRegistry(db());
    expect(maintained.entries.length).toBeGreaterThanOrEqual(7);
    expect(maintained.history.length).toBeGreaterThanOrEqual(7);
    const before = await version();
    expect(await rebuildRegistry(db(), t.clock)).toEqual({ projected: maintained.entries.length, changed: 0 });
    expect(await version()).toBe(before);
    expect(await ensureRegistryBuilt(db(), t.clock)).toBeNull();

    await clearProgrammeRegistry(db());
    const rebuilt = await ensureRegistryBuilt(db(), t.clock);
    expect(rebuilt).toEqual({ projected: maintained.entries.length, changed: maintained.entries.length });
    expect(await version()).toBe(before + 1);
    expect(await readProgrammeRegistry(db())).toEqual(maintained);
    expect(await entryOf(legacy)).toMatchObject({ source: 'legacy', name: '省级原有示范平台' });
    expect(await ensureRegistryBuilt(db(), t.clock)).toBeNull();
  });
});
