// 验收专家意见 (Art. 7(3); ADR 0015): the province assigns eligible experts by hand; each declares before anything of
// the case, conflicts hide it for good, and the opinion judges every indicator left to experts and every plan goal,
// once, while the review is open.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddExpertResult } from '../../contracts/experts';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { expertsRepository } from '../../db/repositories/experts.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { createAcceptanceUnderReview, setAcceptanceOutcome } from '../../db/testing/acceptance-opinion-builders';
import { createOrganisation } from '../../db/testing/builders';
import { storeFile } from '../use-cases/store-file';
import { addExpertVia, signInExpert } from '../testing/expert-review-fixture';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let province: SignedIn;
let reviewId: string;
let closedReviewId: string;
let evidenceFileId: string;
let strangerFileId: string;
const experts: Record<string, AddExpertResult> = {};
const cookies: Record<string, string> = {};
const OPEN_CODES = ['platform.digitalBase', 'platform.convenience', 'platform.operations', 'platform.interconnection'];

const opinion = (changes: Record<string, unknown> = {}) => ({
  indicatorJudgements: OPEN_CODES.map((code, i) => ({ code, isMet: i !== 2, comment: i === 2 ? '运营保障制度不完善' : '' })),
  goalJudgements: [
    { goalIndex: 0, achievement: 'met', comment: '两年均超过3000家' },
    { goalIndex: 1, achievement: 'partly', comment: '' },
  ],
  conclusion: 'pass',
  comment: '平台创建目标基本完成，建议通过验收。',
  ...changes,
});

beforeAll(async () => {
  t = await createTestApp();
  province = await t.signIn('province');
  const org = await createOrganisation(t.database.db, { cityCode: '440100' });
  const ctx = { requestId: 'test', ip: '127.0.0.1', userAgent: null, actor: null, sessionTokenHash: null };
  const upload = (text: string, name: string) => storeFile(t.deps, ctx, { content: Readable.from(Buffer.from(text)), originalName: name, mediaType: 'application/pdf', maxBytes: 1e6 });
  evidenceFileId = (await upload('佐证材料', '服务台账.pdf')).id;
  strangerFileId = (await upload('别人的文件', '别的.pdf')).id;
  reviewId = (await createAcceptanceUnderReview(t.database.db, { organisationId: org.id, callYear: 2023, startedBy: province.userId, evidenceFileIds: [evidenceFileId] })).review.id;
  const other = await createOrganisation(t.database.db, { cityCode: '440300' });
  closedReviewId = (await createAcceptanceUnderReview(t.database.db, { organisationId: other.id, cityCode: '440300', callYear: 2022, outcome: 'passed' })).review.id;
  for (const name of ['a', 'b', 'c', 'outsider']) experts[name] = await addExpertVia(t, province.cookie, { cityCode: '440100' });
  experts.employee = await addExpertVia(t, province.cookie, { employerCreditCode: org.creditCode });
  experts.related = await addExpertVia(t, province.cookie);
  await t.app.inject({ method: 'POST', url: `/api/experts/${experts.related.expert.id}/avoidances`, headers: { ...JSON_HEADERS, cookie: province.cookie }, payload: { organisationId: org.id, reason: '曾任该单位顾问' } });
  experts.retired = await addExpertVia(t, province.cookie, { termStartsOn: '2024-01-01', termEndsOn: '2026-11-27' });
  experts.inactive = await addExpertVia(t, province.cookie);
  await t.app.inject({ method: 'POST', url: `/api/experts/${experts.inactive.expert.id}/deactivate`, headers: { ...JSON_HEADERS, cookie: province.cookie }, payload: {} });
  for (const name of ['a', 'b', 'c', 'outsider']) cookies[name] = await signInExpert(t, experts[name] as AddExpertResult);
});
afterAll(async () => t.close());

const as = (who: string) => ({ ...JSON_HEADERS, cookie: cookies[who] as string });
const idOf = (name: string) => (experts[name] as AddExpertResult).expert.id;
const assign = (names: string[], id = reviewId, cookie = province.cookie) =>
  t.app.inject({ method: 'POST', url: `/api/acceptance-reviews/${id}/experts`, headers: { ...JSON_HEADERS, cookie }, payload: { expertIds: names.map(idOf) } });
const list = async (who: string) => (await t.app.inject({ method: 'GET', url: '/api/my-acceptance-reviews', headers: as(who) })).json().items as { id: string; status: string }[];
const taskOf = async (who: string) => (await list(who))[0]?.id as string;
const get = (who: string, id: string) => t.app.inject({ method: 'GET', url: `/api/my-acceptance-reviews/${id}`, headers: as(who) });
const declare = (who: string, id: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/my-acceptance-reviews/${id}/declaration`, headers: as(who), payload });
const submit = (who: string, id: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/my-acceptance-reviews/${id}/opinion`, headers: as(who), payload });

describe('assigning experts', () => {
  it.each([
    ['no expert', { expertIds: [] }, '请至少选择1名验收专家'],
    ['16 experts', { expertIds: Array.from({ length: 16 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) }, '一次最多指派15名验收专家'],
    ['the same expert twice', { expertIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001'] }, '同一专家不能重复选择'],
    ['an id that is not one', { expertIds: ['x'] }, '专家编号格式有误'],
    ['an unknown expert', { expertIds: ['00000000-0000-4000-8000-000000000001'] }, '专家库中没有编号为00000000-0000-4000-8000-000000000001的专家'],
  ])('refuses %s (400, naming the field)', async (_, payload, message) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/acceptance-reviews/${reviewId}/experts`, headers: { ...JSON_HEADERS, cookie: province.cookie }, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0]).toMatchObject({ path: expect.stringMatching(/^expertIds/), message });
  });

  it('refuses ineligible experts by name and why, and assigns none of the batch', async () => {
    const response = await assign(['a', 'employee', 'related', 'retired', 'inactive']);
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.code).toBe('NOT_ELIGIBLE');
    const names = (n: string) => (experts[n] as AddExpertResult).expert.name;
    expect(body.message).toBe(
      `以下专家不能参加此次验收：${names('employee')}（任职于该运营主体）；${names('related')}（已申报与该运营主体存在利害关系）；${names('retired')}（聘期已结束）；${names('inactive')}（已停用）`,
    );
    expect(body.details.ineligible.map((e: { expertId: string }) => e.expertId)).toEqual(['employee', 'related', 'retired', 'inactive'].map(idOf));
    expect(await list('a')).toEqual([]);
  });

  it('assigns eligible experts (a same-city expert too), tells each, and refuses one already assigned', async () => {
    const response = await assign(['a', 'b', 'c']);
    expect(response.statusCode).toBe(200);
    expect(response.json().opinions.map((o: { expertId: string; declaration: null }) => [o.expertId, o.declaration]).sort()).toEqual(['a', 'b', 'c'].map((n) => [idOf(n), null]).sort());
    for (const name of ['a', 'b', 'c']) {
      const inbox = await notificationsRepository.listForUser(t.database.db, await userIdOf(name));
      expect(inbox.map((n) => n.title)).toContain('新的评估验收任务');
    }
    const audit = await auditLogRepository.findByObject(t.database.db, 'acceptance_review', reviewId);
    expect(audit.map((a) => a.action)).toEqual(['acceptance_review.experts_assigned']);
    const again = await assign(['b']);
    expect(again.statusCode).toBe(422);
    expect(again.json().message).toContain('已指派为本次验收专家');
  });

  it('refuses a decided review (409), an unknown one (404) and anyone but the province (403)', async () => {
    expect((await assign(['outsider'], closedReviewId)).json().code).toBe('STATE_CHANGED');
    expect((await assign(['outsider'], '00000000-0000-4000-8000-000000000009')).statusCode).toBe(404);
    expect((await assign(['outsider'], reviewId, cookies.a)).statusCode).toBe(403);
    const city = await t.signIn('city');
    expect((await assign(['outsider'], reviewId, city.cookie)).statusCode).toBe(403);
  });
});

async function userIdOf(name: string): Promise<string> {
  const expert = await expertsRepository.findById(t.database.db, idOf(name));
  if (!expert) throw new Error(`no expert ${name}`);
  return expert.userId;
}

describe('before declaring', () => {
  it('lists and shows only what is needed to judge a conflict', async () => {
    const items = await list('a');
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0] as object).sort()).toEqual(['attempt', 'cityName', 'id', 'organisationName', 'platformName', 'status']);
    expect(items[0]?.status).toBe('undeclared');
    const view = (await get('a', items[0]?.id as string)).json();
    expect(view.case).toBeNull();
    expect(view.canSubmit).toBe(false);
    const file = await t.app.inject({ method: 'GET', url: `/api/my-acceptance-reviews/${items[0]?.id}/evidence/${evidenceFileId}`, headers: as('a') });
    expect(file.json().code).toBe('DECLARATION_REQUIRED');
    expect((await submit('a', items[0]?.id as string, opinion())).json().code).toBe('DECLARATION_REQUIRED');
  });

  it('gives an expert not assigned 404 for everything about the case', async () => {
    const id = await taskOf('a');
    expect(await list('outsider')).toEqual([]);
    for (const [method, url, payload] of [
      ['GET', `/api/my-acceptance-reviews/${id}`, undefined],
      ['POST', `/api/my-acceptance-reviews/${id}/declaration`, { declaration: 'none' }],
      ['POST', `/api/my-acceptance-reviews/${id}/opinion`, opinion()],
      ['GET', `/api/my-acceptance-reviews/${id}/evidence/${evidenceFileId}`, undefined],
    ] as const) {
      const response = await t.app.inject({ method, url, headers: as('outsider'), ...(payload ? { payload } : {}) });
      expect(response.statusCode, url).toBe(404);
    }
  });
});

describe('declaration', () => {
  it('a conflict needs a note, hides the case for good and tells the province', async () => {
    const id = await taskOf('c');
    expect((await declare('c', id, { declaration: 'conflicted' })).json().issues[0].path).toBe('note');
    const declared = await declare('c', id, { declaration: 'conflicted', note: '曾参与该平台建设' });
    expect(declared.statusCode).toBe(200);
    expect(await list('c')).toEqual([]);
    expect((await get('c', id)).statusCode).toBe(404);
    // The test clock stands still, so notifications share their time: find it by title, not by position.
    const inbox = await notificationsRepository.listForUser(t.database.db, province.userId);
    expect(inbox.find((n) => n.title === '验收专家声明存在利害关系')?.body).toContain('曾参与该平台建设');
  });

  it('no conflict opens the case: goals with reports, evidence, the frozen snapshot and what is left to experts', async () => {
    const id = await taskOf('a');
    expect((await declare('a', id, { declaration: 'none' })).json()).toEqual({ id, declaration: 'none' });
    expect((await declare('a', id, { declaration: 'conflicted', note: '改主意' })).statusCode).toBe(409);
    const view = (await get('a', id)).json();
    expect(view.status).toBe('judging');
    expect(view.canSubmit).toBe(true);
    expect(view.case.goals.map((g: { goalIndex: number; indicatorName: string; target: string; achieved: string }) => [g.goalIndex, g.indicatorName, g.target, g.achieved])).toEqual([
      [0, '服务企业情况', '年服务中小企业3000家以上', '2025年服务1650家，2026年服务1720家。'],
      [1, '服务满意度情况', '服务满意度达到90%以上', '两年满意度调查分别为91%和92%。'],
    ]);
    expect(view.case.evidence).toEqual([{ fileId: evidenceFileId, name: '服务台账.pdf', sizeBytes: 12, mediaType: 'application/pdf' }]);
    expect(view.case.snapshot.takenOn).toBe('2026-11-05');
    expect(view.case.snapshot.dashboard.rows).toHaveLength(10);
    expect(view.case.indicatorsToJudge.map((i: { code: string }) => i.code)).toEqual(OPEN_CODES);
    const file = await t.app.inject({ method: 'GET', url: `/api/my-acceptance-reviews/${id}/evidence/${evidenceFileId}`, headers: as('a') });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('佐证材料');
    expect((await t.app.inject({ method: 'GET', url: `/api/my-acceptance-reviews/${id}/evidence/${strangerFileId}`, headers: as('a') })).statusCode).toBe(404);
  });
});

describe('the opinion', () => {
  it.each([
    ['a missing indicator', opinion({ indicatorJudgements: opinion().indicatorJudgements.slice(1) }), 'indicatorJudgements.platform.digitalBase'],
    ['an indicator the snapshot decided', opinion({ indicatorJudgements: [...opinion().indicatorJudgements, { code: 'platform.coverage', isMet: true, comment: '' }] }), 'indicatorJudgements.platform.coverage'],
    ['a missing goal', opinion({ goalJudgements: opinion().goalJudgements.slice(0, 1) }), 'goalJudgements.1'],
    ['an unknown achievement', opinion({ goalJudgements: [{ goalIndex: 0, achievement: 'done', comment: '' }] }), 'goalJudgements.0.achievement'],
    ['no conclusion', opinion({ conclusion: 'maybe' }), 'conclusion'],
    ['an empty comment', opinion({ comment: '  ' }), 'comment'],
    ['a comment of 5001 characters', opinion({ comment: '意'.repeat(5001) }), 'comment'],
  ])('refuses %s (400, naming the item)', async (_, payload, path) => {
    const response = await submit('a', await taskOf('a'), payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('is saved once, shown read-only, and the province hears when all have given theirs', async () => {
    const id = await taskOf('a');
    const saved = await submit('a', id, opinion({ comment: '意'.repeat(5000) }));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'submitted', canSubmit: false, opinion: { conclusion: 'pass', goalJudgements: opinion().goalJudgements } });
    expect((await submit('a', id, opinion())).json().code).toBe('STATE_CHANGED');
    expect((await auditLogRepository.findByObject(t.database.db, 'acceptance_opinion', id)).map((a) => a.action)).toEqual(['acceptance_opinion.declared', 'acceptance_opinion.submitted']);
    expect((await notificationsRepository.listForUser(t.database.db, province.userId)).map((n) => n.title)).not.toContain('验收专家意见已全部提交');
    const b = await taskOf('b');
    await declare('b', b, { declaration: 'none' });
    expect((await submit('b', b, opinion({ conclusion: 'fail', comment: '覆盖面未达认定标准' }))).statusCode).toBe(200);
    expect((await notificationsRepository.listForUser(t.database.db, province.userId)).map((n) => n.title)).toContain('验收专家意见已全部提交');
  });

  it('is refused once the province decided', async () => {
    await assign(['outsider']);
    const id = await taskOf('outsider');
    await declare('outsider', id, { declaration: 'none' });
    await setAcceptanceOutcome(t.database.db, reviewId, 'passed');
    const refused = await submit('outsider', id, opinion());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('STATE_CHANGED');
    expect((await list('outsider'))[0]?.status).toBe('closed');
    expect((await get('outsider', id)).json()).toMatchObject({ canSubmit: false, opinion: null });
  });
});
