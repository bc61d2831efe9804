// 重大变化报告 (F5 item 4; Art. 11) through HTTP: the operator reports (in time, on the last day, one day late), the
// city of the object proposes once, the province decides once and only after the proposal; a retained rename
// renames the object and keeps the former name; a revocation cancels the creation or revokes the certification;
// who may see and do what; malformed bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createCreationObject } from '../../db/testing/creation-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { JSON_HEADERS, type SignedIn } from '../testing/test-app';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';

let nextCallYear = 2040;

// Today is 2026-11-28 in Asia/Shanghai; a change on 2026-08-28 is due by 2026-11-28 (3 calendar months).
const NOW = new Date('2026-11-28T02:00:00Z');

let { t, operator, otherOperator, gz, sz, province, auditor, expert } = {} as CreationCast;
beforeAll(async () => {
  ({ t, operator, otherOperator, gz, sz, province, auditor, expert } = await startCreationCast(NOW));
});
afterAll(async () => t.close());

async function newObject(state: LifecycleState = 'creating') {
  nextCallYear += 1;
  return createCreationObject(t.database.db, { organisationId: operator.organisationId ?? '', cityCode: '440100', callYear: nextCallYear, state });
}

const url = (id: string) => `/api/creation-objects/${id}/change-reports`;
const post = (who: SignedIn, path: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: path, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload: payload as object });
const list = (who: SignedIn, id: string) => t.app.inject({ method: 'GET', url: url(id), headers: { cookie: who.cookie } });
const report = (who: SignedIn, id: string, payload: unknown) => post(who, url(id), payload);
const propose = (who: SignedIn, id: string, reportId: string, payload: unknown) => post(who, `${url(id)}/${reportId}/proposal`, payload);
const decide = (who: SignedIn, id: string, reportId: string, payload: unknown) => post(who, `${url(id)}/${reportId}/decision`, payload);
const rename = (lockVersion: number, overrides: Record<string, unknown> = {}) => ({
  lockVersion,
  kind: 'rename',
  description: '运营主体经股东会决议更名，营业执照已换发。',
  occurredOn: '2026-10-01',
  newName: '广州市新名称中小企业公共服务平台',
  ...overrides,
});
const merger = (lockVersion: number, overrides: Record<string, unknown> = {}) => ({ lockVersion, kind: 'merger', description: '与某某科技有限公司合并。', occurredOn: '2026-10-01', ...overrides });
const organisationNameOf = async (object: { organisationId: string }) => (await organisationsRepository.findById(t.database.db, object.organisationId))?.name;
const currentVersion = async (id: string) => (await applicationsRepository.findById(t.database.db, id))?.lockVersion ?? 0;
const outcome = async (id: string, field: 'proposal' | 'decision', value: string) => ({ lockVersion: await currentVersion(id), [field]: value, reason: `${value}的理由` });

async function reported(state: LifecycleState = 'creating', payload: (lockVersion: number) => object = rename) {
  const object = await newObject(state);
  const response = await report(operator, object.id, payload(object.lockVersion));
  expect(response.statusCode, response.body).toBe(201);
  return { object, reportId: response.json().report.id as string };
}

describe('the operator reports a change (3 months from the change, Art. 11)', () => {
  it.each([
    ['2026-10-01', '2027-01-01', false],
    ['2026-08-28', '2026-11-28', false],
    ['2026-08-27', '2026-11-27', true],
    ['2026-07-28', '2026-10-28', true],
  ])('a change on %s is due by %s; reported on 2026-11-28 overdue: %s', async (occurredOn, dueOn, isOverdue) => {
    const object = await newObject('certified');
    const response = await report(operator, object.id, merger(object.lockVersion, { occurredOn }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ state: 'certified', report: { kind: 'merger', kindLabel: '合并', occurredOn, dueOn, reportedOn: '2026-11-28', isOverdue, formerName: null, newName: null } });

    const events = await applicationsRepository.listEvents(t.database.db, object.id);
    expect(events.find((e) => e.event === 'report_change')).toMatchObject({ event: 'report_change', fromState: 'certified', toState: 'certified', effects: [{ kind: 'change_reported', reportDueOn: dueOn, isOverdue }] });
    const audit = await auditLogRepository.findByObject(t.database.db, 'change_report', response.json().report.id);
    expect(audit.map((row) => row.action)).toEqual(['changeReport.reported']);
    for (const who of [gz, province]) {
      const notice = (await notificationsRepository.listForUser(t.database.db, who.userId)).find((n) => n.link?.includes(object.id));
      expect(notice?.title).toContain('报告重大变化（合并）');
      if (isOverdue) expect(notice?.body).toContain(`逾期报告（应于${dueOn}（含当日）前报告）`);
      else expect(notice?.body).not.toContain('逾期');
    }
    expect((await notificationsRepository.listForUser(t.database.db, sz.userId)).filter((n) => n.link?.includes(object.id))).toEqual([]);
  });

  it('a rename keeps the current name as the former one; the list shows it to the operator, city, province and auditor', async () => {
    const { object, reportId } = await reported('creating');
    for (const [who, flags] of [
      [operator, { canPropose: false, canDecide: false }],
      [gz, { canPropose: true, canDecide: false }],
      [province, { canPropose: false, canDecide: false }],
      [auditor, { canPropose: false, canDecide: false }],
    ] as const) {
      const response = await list(who, object.id);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ canReport: who === operator, name: object.name, items: [{ id: reportId, kind: 'rename', kindLabel: '更名', formerName: await organisationNameOf(object), newName: rename(0).newName, ...flags }] });
    }
  });

  it('several reports are listed newest first and each is decided on its own', async () => {
    const { object, reportId: first } = await reported('creating', merger);
    t.clock.set(new Date('2026-11-28T02:01:00Z'));
    const second = await report(operator, object.id, rename(await currentVersion(object.id)));
    t.clock.set(NOW);
    expect(second.statusCode, second.body).toBe(201);
    expect((await list(gz, object.id)).json().items.map((item: { id: string }) => item.id)).toEqual([second.json().report.id, first]);
    expect((await propose(gz, object.id, first, await outcome(object.id, 'proposal', 'retain'))).statusCode).toBe(200);
    const items = (await list(gz, object.id)).json().items;
    expect(items.map((item: { canPropose: boolean }) => item.canPropose)).toEqual([true, false]);
  });
});

describe('the city proposes, the province decides', () => {
  it('a retained rename renames the operating organisation (Art. 11: 运营主体更名) and keeps the former name', async () => {
    const { object, reportId } = await reported('creating');
    const formerName = await organisationNameOf(object);
    const proposal = await propose(gz, object.id, reportId, await outcome(object.id, 'proposal', 'retain'));
    expect(proposal.statusCode, proposal.body).toBe(200);
    expect(proposal.json().report).toMatchObject({ cityProposal: 'retain', cityProposalLabel: '保留', cityReason: 'retain的理由' });
    const toProvince = (await notificationsRepository.listForUser(t.database.db, province.userId)).find((n) => n.link?.includes(object.id) && n.title.includes('地市建议保留'));
    expect(toProvince?.body).toContain('retain的理由');
    expect((await list(province, object.id)).json().items[0]).toMatchObject({ canDecide: true });

    const decision = await decide(province, object.id, reportId, await outcome(object.id, 'decision', 'retain'));
    expect(decision.statusCode, decision.body).toBe(200);
    expect(decision.json()).toMatchObject({ state: 'creating', name: object.name, report: { provinceDecision: 'retain', provinceDecisionLabel: '保留', formerName } });
    const saved = await applicationsRepository.findById(t.database.db, object.id);
    expect(saved).toMatchObject({ state: 'creating', name: object.name });
    expect(await organisationNameOf(object)).toBe(rename(0).newName);
    expect(saved?.facts).toMatchObject({ changeReportsAwaitingCity: 0, changeReportsAwaitingProvince: 0 });
    for (const who of [operator, gz]) {
      const notice = (await notificationsRepository.listForUser(t.database.db, who.userId)).find((n) => n.title.includes('省级决定保留') && n.link?.includes(object.id));
      expect(notice?.body).toContain(`名称变更为“${rename(0).newName}”`);
    }
    const listed = (await list(operator, object.id)).json();
    expect(listed).toMatchObject({ name: object.name, organisationName: rename(0).newName, items: [{ formerName, newName: rename(0).newName, canPropose: false, canDecide: false }] });
  });

  it.each([
    ['creating', 'creation_cancelled'],
    ['certified', 'revoked'],
    ['rectifying', 'revoked'],
  ] as const)('revoking from %s → %s with the reason published; the name stays', async (from, to) => {
    const { object, reportId } = await reported(from);
    expect((await propose(gz, object.id, reportId, await outcome(object.id, 'proposal', 'revoke'))).statusCode).toBe(200);
    const decision = await decide(province, object.id, reportId, await outcome(object.id, 'decision', 'revoke'));
    expect(decision.statusCode, decision.body).toBe(200);
    expect(decision.json()).toMatchObject({ state: to, name: object.name, report: { provinceDecision: 'revoke', provinceDecisionLabel: '撤销' } });
    const events = await applicationsRepository.listEvents(t.database.db, object.id);
    expect(events.find((e) => e.event === 'revoke_after_change')).toMatchObject({ event: 'revoke_after_change', fromState: from, toState: to, reason: 'revoke的理由', isReasonPublic: true });
    expect((await list(operator, object.id)).json()).toMatchObject({ state: to, canReport: false });
  });
});

describe('refusals', () => {
  it('a proposal on a report that does not exist → 404; a decision before the proposal → 409', async () => {
    const object = await newObject('creating');
    const missing = await propose(gz, object.id, '00000000-0000-4000-8000-000000000000', await outcome(object.id, 'proposal', 'retain'));
    expect(missing.statusCode, missing.body).toBe(404);
    const { object: other, reportId } = await reported('creating');
    const early = await decide(province, other.id, reportId, await outcome(other.id, 'decision', 'retain'));
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json()).toMatchObject({ code: 'TRANSITION_PRECONDITION_FAILED', message: '地市尚未提出保留或撤销意见，省级暂不能决定' });
  });

  it('a report of another object is not found through this one', async () => {
    const { reportId } = await reported('creating');
    const object = await newObject('creating');
    expect((await propose(gz, object.id, reportId, await outcome(object.id, 'proposal', 'retain'))).statusCode).toBe(404);
  });

  it('twice → 409 (the same version: state changed; the new version: already proposed / decided)', async () => {
    const { object, reportId } = await reported('creating');
    const body = await outcome(object.id, 'proposal', 'retain');
    expect((await propose(gz, object.id, reportId, body)).statusCode).toBe(200);
    expect((await propose(gz, object.id, reportId, body)).json()).toMatchObject({ code: 'STATE_CHANGED' });
    const again = await propose(gz, object.id, reportId, await outcome(object.id, 'proposal', 'revoke'));
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().message).toContain('已有地市意见');

    expect((await decide(province, object.id, reportId, await outcome(object.id, 'decision', 'retain'))).statusCode).toBe(200);
    const twice = await decide(province, object.id, reportId, await outcome(object.id, 'decision', 'retain'));
    expect(twice.statusCode, twice.body).toBe(409);
    expect(twice.json().message).toContain('不能重复决定');
  });

  it('another city → 404, and nothing changes', async () => {
    const { object, reportId } = await reported('creating');
    expect((await list(sz, object.id)).statusCode).toBe(404);
    expect((await propose(sz, object.id, reportId, await outcome(object.id, 'proposal', 'retain'))).statusCode).toBe(404);
    expect((await list(gz, object.id)).json().items[0]).toMatchObject({ cityProposal: null });
  });

  it.each([
    ['report', 'another operator', () => otherOperator, 404],
    ['report', 'the city', () => gz, 403],
    ['report', 'the province', () => province, 403],
    ['propose', 'the operator', () => operator, 403],
    ['propose', 'the province', () => province, 403],
    ['decide', 'the city', () => gz, 403],
    ['decide', 'an auditor', () => auditor, 403],
  ] as const)('%s by %s → %i', async (act, _who, who, status) => {
    const { object, reportId } = await reported('creating');
    const lockVersion = await currentVersion(object.id);
    const response =
      act === 'report'
        ? await report(who(), object.id, merger(lockVersion))
        : act === 'propose'
          ? await propose(who(), object.id, reportId, { lockVersion, proposal: 'retain', reason: '理由' })
          : await decide(who(), object.id, reportId, { lockVersion, decision: 'retain', reason: '理由' });
    expect(response.statusCode, response.body).toBe(status);
    expect(await currentVersion(object.id)).toBe(lockVersion);
  });

  it.each([
    ['another operator', () => otherOperator, 404],
    ['an expert', () => expert, 403],
  ])('%s reading the reports → %i', async (_who, who, status) => {
    const object = await newObject('creating');
    expect((await list(who(), object.id)).statusCode).toBe(status);
  });

  it('a state that takes no change reports is refused by the lifecycle in Chinese', async () => {
    const object = await newObject('acceptance_review');
    expect((await list(operator, object.id)).json()).toMatchObject({ canReport: false });
    const response = await report(operator, object.id, merger(object.lockVersion));
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('an application that never became a creation object is not found', async () => {
    nextCallYear += 1;
    const call = await createPublishedCall(t.database.db, province.userId, { year: nextCallYear });
    const application = await createApplication(t.database.db, { callId: call.id, organisationId: operator.organisationId ?? '', cityCode: '440100', state: 'shortlisted' });
    expect((await report(operator, application.id, merger(application.lockVersion))).statusCode).toBe(404);
    expect((await list(operator, application.id)).statusCode).toBe(404);
  });
});

describe('malformed bodies → 400 naming the field', () => {
  it.each([
    ['lockVersion', 'missing', { lockVersion: undefined }],
    ['kind', 'not a kind', { kind: 'split' }],
    ['description', 'blank', { description: '   ' }],
    ['description', '2001 characters', { description: '述'.repeat(2001) }],
    ['occurredOn', 'not a date', { occurredOn: '2026-02-30' }],
    ['occurredOn', 'tomorrow', { occurredOn: '2026-11-29' }],
    ['newName', 'missing for a rename', { newName: undefined }],
    ['newName', '101 characters', { newName: '名'.repeat(101) }],
    ['newName', 'given for a merger', { kind: 'merger' }],
    ['note', 'an unknown field', { note: '多余' }],
  ])('report %s: %s', async (path, _what, overrides) => {
    const object = await newObject('creating');
    const response = await report(operator, object.id, rename(object.lockVersion, overrides));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().issues.map((issue: { path: string }) => issue.path)).toContain(path);
    expect(await currentVersion(object.id)).toBe(object.lockVersion);
  });

  it('today and the maximum lengths are accepted', async () => {
    const object = await newObject('creating');
    const response = await report(operator, object.id, rename(object.lockVersion, { occurredOn: '2026-11-28', description: '述'.repeat(2000), newName: '名'.repeat(100) }));
    expect(response.statusCode, response.body).toBe(201);
  });

  it.each([
    ['proposal', { proposal: 'keep' }],
    ['reason', { reason: '' }],
    ['reason', { reason: '理'.repeat(2001) }],
    ['lockVersion', { lockVersion: 0 }],
  ])('proposal %s → 400', async (path, overrides) => {
    const { object, reportId } = await reported('creating');
    const response = await propose(gz, object.id, reportId, { ...(await outcome(object.id, 'proposal', 'retain')), ...overrides });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().issues.map((issue: { path: string }) => issue.path)).toContain(path);
  });

  it('decision: not one of the two → 400; a bad report id → 400', async () => {
    const { object, reportId } = await reported('creating');
    const response = await decide(province, object.id, reportId, { lockVersion: 1, decision: 'maybe', reason: '理由' });
    expect(response.json().issues.map((issue: { path: string }) => issue.path)).toContain('decision');
    const badId = await decide(province, object.id, 'nope', { lockVersion: 1, decision: 'retain', reason: '理由' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().issues[0].path).toBe('reportId');
    expect((await report(operator, object.id, [1])).statusCode).toBe(400);
  });
});
