// An entry taken off its 公示 by a decision that is not the 公示's outcome, through HTTP: an Art. 12 cancellation
// during the 拟认定公示 (cancel_creation), ineligibility found during the 创建对象公示 (reject_by_province). The notice
// shows that outcome with its published reason; the entry's undecided objections stop counting as work — not in the
// notice's open count, the 待办, the deadline job's reminders and escalation — and can still be answered. Nothing
// in the objections table or the history is changed for it (left-by-decision.ts derives it from state and facts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import { deadlinesRepository } from '../../db/repositories/deadlines.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { createCertificationShortlist } from '../../db/testing/certification-builders';
import { runDeadlineJob } from '../jobs/deadline-job';
import { at, noticeKit, objectionFields } from '../testing/notice-fixtures';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let kit: ReturnType<typeof noticeKit>;
let auditor: SignedIn;

beforeAll(async () => {
  t = await createTestApp(at('2026-09-28'));
  kit = noticeKit(t, await t.signIn('province'));
  auditor = await t.signIn('auditor');
});
afterAll(async () => t.close());

interface Objection {
  id: string;
  applicationId: string;
  status: string;
  isOverdue: boolean;
  entryLeftBy: string | null;
}
let nextAddress = 10;
async function object(noticeId: string, applicationId: string): Promise<void> {
  nextAddress += 1;
  const response = await kit.sendObjection(noticeId, objectionFields(applicationId), undefined, `10.0.0.${nextAddress}`);
  expect(response.statusCode, response.body).toBe(201);
}
const objectionsOf = async (noticeId: string) => (await kit.get(`/api/notices/${noticeId}/objections`, kit.province.cookie)).json() as Objection[];
const publicEntries = async (noticeId: string) => (await kit.get(`/api/v1/notices/${noticeId}`)).json().entries as { applicationId: string; outcome: unknown }[];
const adminNotice = async (noticeId: string) => (await kit.get(`/api/notices/${noticeId}`, kit.province.cookie)).json();
const openObjectionsTodo = async () => {
  const items = (await kit.get('/api/todos', kit.province.cookie)).json().items as { key: string; count: number }[];
  return items.find((item) => item.key === 'objections.open')?.count ?? 0;
};
const noticeWork = async (noticeId: string) => (await deadlinesRepository.listNoticesAwaitingWork(t.database.db)).find((row) => row.id === noticeId);
const lockVersionOf = async (id: string) => (await applicationsRepository.findById(t.database.db, id))?.lockVersion ?? 0;

describe('an Art. 12 cancellation during the 拟认定公示', () => {
  let cancelled: ApplicationRow;
  let kept: ApplicationRow;
  let noticeId: string;
  const REASON = '经核查，该平台验收材料中的服务企业名单有大量虚构企业，数据弄虚作假。';

  it('shows 已取消创建资格（第十二条） with the published reason on the notice; the other entry is still under it', async () => {
    const shortlist = await createCertificationShortlist(t.database.db, 2033, [
      { cityCode: '440100', name: '广州取消平台' },
      { cityCode: '440300', name: '深圳保留平台' },
    ]);
    [cancelled, kept] = shortlist.applications as [ApplicationRow, ApplicationRow];
    const published = await kit.post('/api/certification-notices', {});
    expect(published.statusCode, published.body).toBe(201);
    noticeId = published.json().id;
    await object(noticeId, cancelled.id);
    await object(noticeId, cancelled.id);
    await object(noticeId, kept.id);
    expect((await adminNotice(noticeId)).unresolvedCount).toBe(3);
    expect(await openObjectionsTodo()).toBe(3);

    const recorded = await kit.post(`/api/creation-objects/${cancelled.id}/integrity-findings`, {
      lockVersion: await lockVersionOf(cancelled.id),
      kind: 'data_fraud',
      source: '省工业和信息化厅核查报告（粤工信核〔2026〕30号）',
      foundOn: '2026-09-28',
      reason: REASON,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().state).toBe('creation_cancelled');

    const entries = await publicEntries(noticeId);
    expect(entries.find((e) => e.applicationId === cancelled.id)?.outcome).toEqual({ kind: 'ended', label: '已取消创建资格（第十二条）', reason: REASON });
    expect(entries.find((e) => e.applicationId === kept.id)?.outcome).toBeNull();
    const admin = await adminNotice(noticeId);
    expect(admin.entries.find((e: { applicationId: string }) => e.applicationId === cancelled.id)).toMatchObject({ state: 'creation_cancelled', outcome: { kind: 'ended' }, unresolvedObjections: 0 });
  });

  it('its objections stop counting as work: open count, 待办 and the deadline job see only the other entry’s', async () => {
    const admin = await adminNotice(noticeId);
    expect([admin.objectionCount, admin.unresolvedCount]).toEqual([3, 1]);
    expect(await openObjectionsTodo()).toBe(1);
    expect(await noticeWork(noticeId)).toMatchObject({ openObjections: 1, entriesUnderPublicity: 1 });
    const listed = await objectionsOf(noticeId);
    expect(listed.filter((o) => o.applicationId === cancelled.id).map((o) => [o.status, o.entryLeftBy])).toEqual([
      ['received', '已取消创建资格（第十二条）'],
      ['received', '已取消创建资格（第十二条）'],
    ]);
    expect(listed.find((o) => o.applicationId === kept.id)?.entryLeftBy).toBeNull();

    // Past the handling day only the kept entry's objection is overdue, and the escalation counts only it.
    const due = admin.handlingDueOn as string;
    const dayAfter = new Date(`${due}T02:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    const after = dayAfter.toISOString().slice(0, 10);
    await kit.setDay(after);
    const overdue = await objectionsOf(noticeId);
    expect(overdue.map((o) => [o.applicationId === kept.id, o.isOverdue])).toEqual(expect.arrayContaining([[true, true], [false, false], [false, false]]));
    await runDeadlineJob(t.deps);
    const escalation = (await notificationsRepository.listForUser(t.database.db, auditor.userId)).find((n) => n.title === '公示异议逾期未核实');
    expect(escalation?.body).toContain('有1条异议');
  });

  it('its objections can still be answered, and that moves nothing', async () => {
    const mine = (await objectionsOf(noticeId)).find((o) => o.applicationId === cancelled.id);
    const decided = await kit.post(`/api/objections/${mine?.id}/decision`, { outcome: 'upheld', investigation: '经核实，异议反映的问题属实，该对象已因数据弄虚作假被取消创建资格。' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((await applicationsRepository.findById(t.database.db, cancelled.id))?.state).toBe('creation_cancelled');
    expect((await publicEntries(noticeId)).find((e) => e.applicationId === cancelled.id)?.outcome).toMatchObject({ kind: 'ended' });
    expect((await adminNotice(noticeId)).unresolvedCount).toBe(1);
  });
});

describe('ineligibility found during the 创建对象公示', () => {
  it('shows 不予确定为创建对象 with the reason; its objection stops counting as work', async () => {
    await kit.setDay('2026-11-02');
    const { call, applications } = await kit.shortlistedCall(2044, ['440100', '440300']);
    const [rejected, kept] = applications as [ApplicationRow, ApplicationRow];
    const published = await kit.post(`/api/calls/${call.id}/creation-notices`, {});
    expect(published.statusCode, published.body).toBe(201);
    const noticeId = published.json().id as string;
    await object(noticeId, rejected.id);
    expect((await adminNotice(noticeId)).unresolvedCount).toBe(1);

    const reason = '公示期间查实该单位已被列入严重失信主体名单，不符合申报条件。';
    const decided = await kit.post(`/api/applications/${rejected.id}/province-decision`, { lockVersion: await lockVersionOf(rejected.id), decision: 'reject', reason });
    expect(decided.statusCode, decided.body).toBe(200);

    const entries = await publicEntries(noticeId);
    expect(entries.find((e) => e.applicationId === rejected.id)?.outcome).toEqual({ kind: 'ended', label: '不予确定为创建对象（公示期间发现不符合申报条件）', reason });
    expect(entries.find((e) => e.applicationId === kept.id)?.outcome).toBeNull();
    expect((await adminNotice(noticeId)).unresolvedCount).toBe(0);
    expect(await noticeWork(noticeId)).toMatchObject({ openObjections: 0, entriesUnderPublicity: 1 });
    expect((await objectionsOf(noticeId))[0]).toMatchObject({ status: 'received', entryLeftBy: '不予确定为创建对象（公示期间发现不符合申报条件）', isOverdue: false });
  });
});
