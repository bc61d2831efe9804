// 补充抽取 and the draw record (Art. 7(2)): more experts after a conflict, replay of every draw from the recorded
// pool snapshot (a later deactivation changes nothing), old records still replay, a deactivated expert loses
// access, nothing is declared or scored once the application left review, and two groups created at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddExpertResult } from '../../contracts/experts';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { createApplication } from '../../db/testing/application-builders';
import { addExpertVia, createGroupVia, setUpReview, signInExpert, type ReviewFixture } from '../testing/expert-review-fixture';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

let t: TestApp;
let f: ReviewFixture;
let pool: AddExpertResult[];
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpReview(t, 2033);
  pool = [];
  for (let i = 0; i < 6; i += 1) pool.push(await addExpertVia(t, f.province.cookie, { cityCode: '440700' }));
});
afterAll(async () => t.close());

const headers = () => ({ ...JSON_HEADERS, cookie: f.province.cookie });
const post = (url: string, payload: object, cookie = f.province.cookie) => t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie }, payload });
const get = (url: string, cookie = f.province.cookie) => t.app.inject({ method: 'GET', url, headers: { ...JSON_HEADERS, cookie } });
const ids = (view: { experts: { id: string }[] }) => view.experts.map((e) => e.id);
const byId = (id: string) => pool.find((e) => e.expert.id === id) as AddExpertResult;
const freshApplication = () => createApplication(t.database.db, { callId: f.callId, organisationId: f.gz.organisationId, cityCode: '440100', state: 'recommended' });

async function moveOutOfReview(applicationId: string) {
  const row = await applicationsRepository.findById(t.database.db, applicationId);
  if (!row) throw new Error('no application');
  await applicationsRepository.saveState(t.database.db, applicationId, row.lockVersion, { state: 'shortlisted', facts: row.facts, at: new Date() });
}

describe('replay', () => {
  it('a later deactivation does not make a genuine draw fail; the current pool is reported apart', async () => {
    const group = await createGroupVia(t, f.province.cookie, f.callId, [(await freshApplication()).id], 2);
    const view = (await post(`/api/review-groups/${group.id}/draw`, {})).json();
    const eligibleNotChosen = pool.find((e) => !ids(view).includes(e.expert.id)) as AddExpertResult;
    expect((await post(`/api/experts/${eligibleNotChosen.expert.id}/deactivate`, {})).statusCode).toBe(200);
    const replay = (await get(`/api/review-groups/${group.id}/draw/replay`)).json();
    expect(replay).toMatchObject({ matches: true, eligibleMatches: true, currentPoolMatches: false, recordedIds: ids(view) });
    expect(replay.draws).toEqual([expect.objectContaining({ kind: 'initial', seed: view.seed, count: 2, matches: true })]);
    pool = pool.filter((e) => e !== eligibleNotChosen);
  });

  it('a record in the first shape still replays, and a supplementary draw migrates it', async () => {
    const group = await createGroupVia(t, f.province.cookie, f.callId, [(await freshApplication()).id], 1);
    await post(`/api/review-groups/${group.id}/draw`, {});
    const row = await expertReviewsRepository.findGroup(t.database.db, group.id);
    const draw = (row?.drawRecord as { draws: Record<string, unknown>[] }).draws[0] as Record<string, unknown>;
    const legacy = { algorithm: draw.algorithm, drawDate: draw.drawDate, eligibleIds: draw.eligibleIds, chosenIds: draw.chosenIds, excluded: draw.excluded };
    await expertReviewsRepository.saveDrawRecord(t.database.db, group.id, legacy);
    const before = (await get(`/api/review-groups/${group.id}/draw/replay`)).json();
    expect(before).toMatchObject({ matches: true, seed: row?.seed, recordedIds: draw.chosenIds });
    const more = await post(`/api/review-groups/${group.id}/draw-more`, { count: 1 });
    expect(more.statusCode, more.body).toBe(200);
    expect(more.json().draws.map((d: { kind: string }) => d.kind)).toEqual(['initial', 'supplementary']);
    const after = (await get(`/api/review-groups/${group.id}/draw/replay`)).json();
    expect(after.matches).toBe(true);
    expect(after.draws).toHaveLength(2);
    expect((await expertReviewsRepository.findGroup(t.database.db, group.id))?.drawRecord).toMatchObject({ version: 2 });
  });
});

describe('补充抽取 after a conflict', () => {
  it('draws more, never one already in the group, with its own seed, tasks for applications under review only', async () => {
    const group = await createGroupVia(t, f.province.cookie, f.callId, [f.gz.applicationId, f.sz.applicationId], 2);
    expect((await post(`/api/review-groups/${group.id}/draw-more`, { count: 1 })).statusCode).toBe(409);
    const first = (await post(`/api/review-groups/${group.id}/draw`, {})).json();
    const [e1, e2] = ids(first).map(byId) as [AddExpertResult, AddExpertResult];
    const c1 = await signInExpert(t, e1);
    const c2 = await signInExpert(t, e2);
    const tasks = async (cookie: string) => (await get('/api/my-reviews', cookie)).json().items as { id: string; platformName: string }[];
    const names = Object.fromEntries(first.applications.map((a: { id: string; name: string }) => [a.id, a.name]));
    const taskOf = async (cookie: string, applicationId: string) => (await tasks(cookie)).find((i) => i.platformName === names[applicationId])?.id as string;
    expect((await post(`/api/my-reviews/${await taskOf(c1, f.gz.applicationId)}/declaration`, { declaration: 'conflicted', note: '曾任顾问' }, c1)).statusCode).toBe(200);

    for (const payload of [{}, { count: 0 }, { count: 1.5 }, { count: 1, seed: 'abcdef01' }]) {
      expect((await post(`/api/review-groups/${group.id}/draw-more`, payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await post(`/api/review-groups/${group.id}/draw-more`, { count: 50 })).json()).toMatchObject({ code: 'EXPERT_POOL_TOO_SMALL' });
    const more = await post(`/api/review-groups/${group.id}/draw-more`, { count: 1 });
    expect(more.statusCode, more.body).toBe(200);
    const view = more.json();
    const e3 = byId(ids(view)[2] as string);
    expect(ids(view).slice(0, 2)).toEqual(ids(first));
    expect(ids(first)).not.toContain(e3.expert.id);
    expect(view.draws[1]).toMatchObject({ kind: 'supplementary', count: 1, expertIds: [e3.expert.id] });
    expect(view.draws[1].seed).toMatch(/^[0-9a-f]{32}$/);
    expect(view.draws[1].seed).not.toBe(first.seed);
    const user = await usersRepository.findByUsername(t.database.db, e3.expert.username);
    expect((await notificationsRepository.listForUser(t.database.db, user?.id as string)).map((n) => n.title)).toContain('您已被抽取为评审专家');
    expect((await get(`/api/review-groups/${group.id}/progress`)).json().cells).toHaveLength(6);
    const audit = await auditLogRepository.findByObject(t.database.db, 'review_group', group.id);
    expect(audit.map((a) => a.action)).toEqual(['review_group.created', 'review_group.drawn', 'review_group.drawn_more']);

    // Once an application left review (the province decided it), nobody declares or scores on it any more.
    const c3 = await signInExpert(t, e3);
    expect((await post(`/api/my-reviews/${await taskOf(c2, f.sz.applicationId)}/declaration`, { declaration: 'none' }, c2)).statusCode).toBe(200);
    await moveOutOfReview(f.sz.applicationId);
    const scores = await post(`/api/my-reviews/${await taskOf(c2, f.sz.applicationId)}/scores`, { scores: {}, comments: {}, isFinal: false }, c2);
    expect(scores.statusCode).toBe(409);
    expect(scores.json()).toMatchObject({ code: 'STATE_CHANGED', details: { state: 'shortlisted' } });
    const declared = await post(`/api/my-reviews/${await taskOf(c3, f.sz.applicationId)}/declaration`, { declaration: 'none' }, c3);
    expect(declared.json()).toMatchObject({ code: 'STATE_CHANGED', message: '该申报已结束专家评审，不能再声明或评分' });
    expect((await post(`/api/my-reviews/${await taskOf(c3, f.gz.applicationId)}/declaration`, { declaration: 'none' }, c3)).statusCode).toBe(200);

    // A further supplementary draw gives tasks for the application still under review only; replay checks all three.
    const third = (await post(`/api/review-groups/${group.id}/draw-more`, { count: 1 })).json();
    expect(third.draws).toHaveLength(3);
    expect((await get(`/api/review-groups/${group.id}/progress`)).json().cells).toHaveLength(7);
    const replay = (await get(`/api/review-groups/${group.id}/draw/replay`)).json();
    expect(replay).toMatchObject({ matches: true, eligibleMatches: true, recordedIds: ids(third) });
    expect(replay.draws.map((d: { matches: boolean }) => d.matches)).toEqual([true, true, true]);

    // A deactivated expert no longer reaches any task.
    const gzTask = await taskOf(c3, f.gz.applicationId);
    await post(`/api/experts/${e3.expert.id}/deactivate`, {});
    expect(await tasks(c3)).toEqual([]);
    expect((await get(`/api/my-reviews/${gzTask}`, c3)).statusCode).toBe(404);
    expect((await post(`/api/my-reviews/${gzTask}/scores`, { scores: {}, comments: {}, isFinal: false }, c3)).statusCode).toBe(404);
  });
});

describe('groups created at once', () => {
  it('with the same application: one is created, the others refused on the field, never a 500', async () => {
    const application = await freshApplication();
    const create = (name: string) =>
      t.app.inject({ method: 'POST', url: `/api/calls/${f.callId}/review-groups`, headers: headers(), payload: { name, expertCount: 1, applicationIds: [application.id] } });
    const responses = await Promise.all(['一', '二', '三', '四', '五', '六'].map((n) => create(`并发${n}组`)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 400, 400, 400, 400, 400]);
    for (const refused of responses.filter((r) => r.statusCode === 400)) expect(refused.json().issues).toEqual([expect.objectContaining({ path: 'applicationIds.0' })]);
  });

  it('the unique index is a backstop: adding an application already grouped reports false, not an error', async () => {
    const application = await freshApplication();
    const group = await createGroupVia(t, f.province.cookie, f.callId, [application.id], 1);
    const other = await expertReviewsRepository.insertGroup(t.database.db, { callId: f.callId, name: '后备组', expertCount: 1, createdAt: new Date() });
    expect(await expertReviewsRepository.addApplications(t.database.db, other.id, [application.id], new Date())).toBe(false);
    expect(group.applications.map((a) => a.id)).toEqual([application.id]);
  });
});
