// 专家库 and the draw (Art. 7(2)): accounts, avoidance in a real draw, reproducible replay, draw once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { createApplication } from '../../db/testing/application-builders';
import { drawFromEligible } from '../../domain/review/expert-draw';
import { addExpertVia, createGroupVia, expertInput, setUpReview, type ReviewFixture } from '../testing/expert-review-fixture';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

let t: TestApp;
let f: ReviewFixture;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpReview(t, 2031);
  headers = { ...JSON_HEADERS, cookie: f.province.cookie };
});
afterAll(async () => t.close());

const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers, payload });
const get = (url: string) => t.app.inject({ method: 'GET', url, headers });

describe('expert pool', () => {
  it('adds an expert with a login account that must change its one-time password', async () => {
    const response = await post('/api/experts', expertInput({ name: '王专家', username: 'wang.expert' }));
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.initialPassword).toMatch(/^.{16}$/);
    expect(body.expert).toMatchObject({ name: '王专家', username: 'wang.expert', cityName: '佛山市', isActive: true, avoidances: [] });
    const user = await usersRepository.findByUsername(t.database.db, 'wang.expert');
    expect(user?.mustChangePassword).toBe(true);
    expect(user?.passwordHash).not.toContain(body.initialPassword);
    const audit = await auditLogRepository.findByObject(t.database.db, 'expert', body.expert.id);
    expect(audit.map((a) => a.action)).toEqual(['expert.added']);
    expect(JSON.stringify(audit)).not.toContain(body.initialPassword);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username: 'wang.expert', password: body.initialPassword } });
    expect(login.json().user.mustChangePassword).toBe(true);
  });

  it('refuses a taken user name on the field, and leaves nothing behind', async () => {
    const before = (await get('/api/experts')).json().items.length;
    const response = await post('/api/experts', expertInput({ username: 'wang.expert' }));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'USERNAME_TAKEN', issues: [{ path: 'username' }] });
    expect((await get('/api/experts')).json().items.length).toBe(before);
  });

  it.each([
    [{ cityCode: '110000' }, 'cityCode', '请选择广东省的地级市'],
    [{ termStartsOn: '2027-01-01', termEndsOn: '2026-12-31' }, 'termEndsOn', '聘期结束日期不能早于开始日期'],
    [{ termStartsOn: '2026-02-30' }, 'termStartsOn', '聘期开始日期格式应为YYYY-MM-DD的有效日期'],
    [{ employerCreditCode: '123' }, 'employerCreditCode', undefined],
    [{ name: '' }, 'name', '请填写专家姓名'],
  ])('malformed %j → 400 on %s', async (overrides, path, message) => {
    const response = await post('/api/experts', expertInput(overrides));
    expect(response.statusCode).toBe(400);
    const issue = response.json().issues.find((i: { path: string }) => i.path === path);
    expect(issue).toBeDefined();
    if (message) expect(issue.message).toBe(message);
  });

  it('records a declared relationship once and deactivates without deleting', async () => {
    const added = await addExpertVia(t, f.province.cookie);
    const url = `/api/experts/${added.expert.id}/avoidances`;
    const first = await post(url, { organisationId: f.sz.organisationId, reason: '曾任该单位顾问' });
    expect(first.statusCode).toBe(201);
    expect(first.json().avoidances).toEqual([expect.objectContaining({ organisationId: f.sz.organisationId, reason: '曾任该单位顾问' })]);
    expect((await post(url, { organisationId: f.sz.organisationId, reason: '再次' })).statusCode).toBe(400);
    expect((await post(url, { organisationId: '00000000-0000-4000-8000-000000000000', reason: '无' })).statusCode).toBe(400);
    const off = await post(`/api/experts/${added.expert.id}/deactivate`, {});
    expect(off.json().isActive).toBe(false);
    expect((await get('/api/experts')).json().items.find((e: { id: string }) => e.id === added.expert.id).isActive).toBe(false);
  });
});

describe('review groups and the draw', () => {
  it('draws only experts without conflicts, records the seed, creates tasks and notifies, once', async () => {
    const cookie = f.province.cookie;
    const fine = await Promise.all([0, 1, 2].map(() => addExpertVia(t, cookie, { cityCode: '440700' })));
    const sameCity = await addExpertVia(t, cookie, { cityCode: '440100' });
    const employer = await addExpertVia(t, cookie, { employerCreditCode: f.sz.creditCode });
    const related = await addExpertVia(t, cookie);
    await post(`/api/experts/${related.expert.id}/avoidances`, { organisationId: f.gz.organisationId, reason: '亲属任职' });
    const expired = await addExpertVia(t, cookie, { termStartsOn: '2025-01-01', termEndsOn: '2026-11-27' });

    const group = await createGroupVia(t, cookie, f.callId, [f.gz.applicationId, f.sz.applicationId], 3);
    expect(group.applications.map((a) => a.id).sort()).toEqual([f.gz.applicationId, f.sz.applicationId].sort());
    const drawn = await post(`/api/review-groups/${group.id}/draw`, {});
    expect(drawn.statusCode, drawn.body).toBe(200);
    const view = drawn.json();
    expect(view.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(view.experts).toHaveLength(3);
    const excludedIds = [sameCity, employer, related, expired].map((e) => e.expert.id);
    for (const e of view.experts) expect(excludedIds).not.toContain(e.id);
    const reasons = Object.fromEntries(view.excluded.map((e: { expertId: string; reasons: { reason: string }[] }) => [e.expertId, e.reasons.map((r) => r.reason)]));
    expect(reasons[sameCity.expert.id]).toEqual(['sameCity']);
    expect(reasons[employer.expert.id]).toEqual(['employer']);
    expect(reasons[related.expert.id]).toEqual(['declaredRelationship']);
    expect(reasons[expired.expert.id]).toEqual(['termEnded']);

    const progress = (await get(`/api/review-groups/${group.id}/progress`)).json();
    expect(progress.cells).toHaveLength(6);
    expect(new Set(progress.cells.map((c: { status: string }) => c.status))).toEqual(new Set(['undeclared']));
    const drawnUsers = fine.filter((e) => view.experts.some((d: { id: string }) => d.id === e.expert.id));
    for (const e of drawnUsers) {
      const user = await usersRepository.findByUsername(t.database.db, e.expert.username);
      expect((await notificationsRepository.listForUser(t.database.db, user?.id as string)).map((n) => n.title)).toContain('您已被抽取为评审专家');
    }

    const again = await post(`/api/review-groups/${group.id}/draw`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('STATE_CHANGED');

    const replay = (await get(`/api/review-groups/${group.id}/draw/replay`)).json();
    expect(replay).toMatchObject({ matches: true, eligibleMatches: true, seed: view.seed, recordedIds: view.experts.map((e: { id: string }) => e.id) });
    const audit = await auditLogRepository.findByObject(t.database.db, 'review_group', group.id);
    expect(audit.map((a) => a.action)).toEqual(['review_group.created', 'review_group.drawn']);
    expect(view.draws).toEqual([expect.objectContaining({ kind: 'initial', seed: view.seed, count: 3, eligibleCount: view.eligibleCount })]);
  });

  it('refuses a seed from the client: the server makes a fresh one for every draw (Art. 7(2))', async () => {
    const org = f.gz.organisationId;
    const [one, two] = await Promise.all([0, 1].map(() => createApplication(t.database.db, { callId: f.callId, organisationId: org, cityCode: '440100', state: 'recommended' })));
    const first = await createGroupVia(t, f.province.cookie, f.callId, [(one as { id: string }).id], 2);
    const second = await createGroupVia(t, f.province.cookie, f.callId, [(two as { id: string }).id], 2);
    const chosen = await post(`/api/review-groups/${first.id}/draw`, { seed: 'abcdef0123456789' });
    expect(chosen.statusCode).toBe(400);
    expect(chosen.json().code).toBe('VALIDATION_FAILED');
    expect((await get(`/api/calls/${f.callId}/review-groups`)).json().items.find((g: { id: string }) => g.id === first.id).drawnAt).toBeNull();
    const views = [(await post(`/api/review-groups/${first.id}/draw`, {})).json(), (await post(`/api/review-groups/${second.id}/draw`, {})).json()];
    for (const view of views) expect(view.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(views[0].seed).not.toBe(views[1].seed);
    const replay = (await get(`/api/review-groups/${first.id}/draw/replay`)).json();
    expect(replay.matches).toBe(true);
    expect(views[0].experts.map((e: { id: string }) => e.id)).toEqual(replay.replayedIds);
    expect(drawFromEligible(replay.replayedIds, 2, views[0].seed)).toHaveLength(2);
  });

  it('refuses applications that are not recommended or already grouped, a bad seed, and a too-small pool', async () => {
    const submitted = await createApplication(t.database.db, { callId: f.callId, organisationId: f.gz.organisationId, cityCode: '440100', state: 'submitted' });
    const refused = await post(`/api/calls/${f.callId}/review-groups`, { name: '组', expertCount: 1, applicationIds: [submitted.id, f.gz.applicationId] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues.map((i: { path: string }) => i.path)).toEqual(['applicationIds.0', 'applicationIds.1']);

    const fresh = await createApplication(t.database.db, { callId: f.callId, organisationId: f.sz.organisationId, cityCode: '440300', state: 'recommended' });
    const listed = (await get(`/api/calls/${f.callId}/review-groups`)).json();
    expect(listed.available.map((a: { id: string }) => a.id)).toEqual([fresh.id]);
    const group = await createGroupVia(t, f.province.cookie, f.callId, [fresh.id], 50);
    expect((await post(`/api/review-groups/${group.id}/draw`, { seed: 'xyz' })).statusCode).toBe(400);
    const tooSmall = await post(`/api/review-groups/${group.id}/draw`, {});
    expect(tooSmall.statusCode).toBe(422);
    expect(tooSmall.json()).toMatchObject({ code: 'EXPERT_POOL_TOO_SMALL', details: { required: 50 } });
    expect((await get(`/api/review-groups/${group.id}/draw/replay`)).statusCode).toBe(404);
  });
});
