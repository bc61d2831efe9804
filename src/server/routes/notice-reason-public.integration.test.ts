// Whether a notice shows the reason of the decision that took an entry off its 公示 (left-by-decision.ts) through
// HTTP: the history row's is_reason_public alone says so (DESIGN §5: a published reason is published with the act),
// as for the public revocations list — not a reason_recorded effect stored with it. The rows are written directly:
// every leaving decision of the lifecycle publishes its reason, so an unpublished one cannot be made through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import { at, noticeKit } from '../testing/notice-fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let kit: ReturnType<typeof noticeKit>;

beforeAll(async () => {
  t = await createTestApp(at('2026-11-02'));
  kit = noticeKit(t, await t.signIn('province'));
});
afterAll(async () => t.close());

const REASON = '公示期间查实该单位已被列入严重失信主体名单，不符合申报条件。';
const publicOutcomes = async (noticeId: string) =>
  Object.fromEntries(((await kit.get(`/api/v1/notices/${noticeId}`)).json().entries as { applicationId: string; outcome: unknown }[]).map((e) => [e.applicationId, e.outcome]));

/** reject_by_province during the 创建对象公示, as applyApplicationEvent records it but with the given publicity. */
async function rejectDuringPublicity(application: ApplicationRow, isReasonPublic: boolean, effects: object[]): Promise<void> {
  const current = await applicationsRepository.findById(t.database.db, application.id);
  if (!current) throw new Error('no application');
  const occurredAt = t.clock.now();
  expect(await applicationsRepository.saveState(t.database.db, current.id, current.lockVersion, { state: 'province_rejected', facts: current.facts, at: occurredAt })).not.toBeNull();
  await applicationsRepository.insertEvent(t.database.db, {
    applicationId: current.id,
    fromState: 'creation_publicity',
    event: 'reject_by_province',
    toState: 'province_rejected',
    actorUserId: kit.province.userId,
    actorRole: 'province',
    reason: REASON,
    isReasonPublic,
    effects,
    occurredAt,
  });
}

describe('the reason of a decision that took an entry off its 公示', () => {
  it('is shown when the history row published it, and not when it did not — whatever the stored effects say', async () => {
    const { call, applications } = await kit.shortlistedCall(2045, ['440100', '440300', '440400']);
    const [published, unpublished, recordedOnly] = applications as [ApplicationRow, ApplicationRow, ApplicationRow];
    const notice = await kit.post(`/api/calls/${call.id}/creation-notices`, {});
    expect(notice.statusCode, notice.body).toBe(201);
    const noticeId = notice.json().id as string;

    await rejectDuringPublicity(published, true, [{ kind: 'reason_recorded', reason: REASON, isPublic: true }]);
    await rejectDuringPublicity(unpublished, false, [{ kind: 'reason_recorded', reason: REASON, isPublic: false }, { kind: 'reason_recorded', reason: REASON, isPublic: true }]);
    await rejectDuringPublicity(recordedOnly, false, [{ kind: 'reason_recorded', reason: REASON, isPublic: false }]);

    const label = '不予确定为创建对象（公示期间发现不符合申报条件）';
    expect(await publicOutcomes(noticeId)).toEqual({
      [published.id]: { kind: 'ended', label, reason: REASON },
      [unpublished.id]: { kind: 'ended', label, reason: '' },
      [recordedOnly.id]: { kind: 'ended', label, reason: '' },
    });
  });
});
