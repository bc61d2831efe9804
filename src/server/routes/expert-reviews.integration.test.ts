// 我的评审 (Art. 7(2); Attachment 3): declaration before anything of the case, conflicts hide it for good,
// scores are checked and final once submitted; progress and the internal summary (Art. 8: no rank).
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { addMaterial } from '../../db/testing/material-builders';
import { storeFile } from '../use-cases/store-file';
import { addExpertVia, createGroupVia, setUpReview, signInExpert, type ReviewFixture } from '../testing/expert-review-fixture';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

let t: TestApp;
let f: ReviewFixture;
let groupId: string;
const cookies: Record<string, string> = {};
const FULL = { 'plan.content': 8, 'plan.innovation': 7, 'plan.demonstration': 9, 'plan.path': 6, 'plan.expectedResults': 10, 'plan.support': 5 };
let materialFileId: string;
let strangerFileId: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpReview(t, 2032);
  const experts = await Promise.all(['a', 'b', 'c'].map(() => addExpertVia(t, f.province.cookie, { cityCode: '440700' })));
  const outsider = await addExpertVia(t, f.province.cookie, { cityCode: '440700' });
  await t.app.inject({ method: 'POST', url: `/api/experts/${outsider.expert.id}/deactivate`, headers: { ...JSON_HEADERS, cookie: f.province.cookie }, payload: {} });
  const group = await createGroupVia(t, f.province.cookie, f.callId, [f.gz.applicationId, f.sz.applicationId], 3);
  groupId = group.id;
  await t.app.inject({ method: 'POST', url: `/api/review-groups/${groupId}/draw`, headers: { ...JSON_HEADERS, cookie: f.province.cookie }, payload: {} });
  for (const [index, e] of experts.entries()) cookies[['a', 'b', 'c'][index] as string] = await signInExpert(t, e);
  cookies.outsider = await signInExpert(t, outsider);
  const ctx = { requestId: 'test', ip: '127.0.0.1', userAgent: null, actor: null, sessionTokenHash: null };
  const upload = (text: string) => storeFile(t.deps, ctx, { content: Readable.from(Buffer.from(text)), originalName: '创建实施方案.pdf', mediaType: 'application/pdf', maxBytes: 1e6 });
  materialFileId = (await upload('方案内容')).id;
  strangerFileId = (await upload('别人的文件')).id;
  await addMaterial(t.database.db, { applicationId: f.gz.applicationId, fileId: materialFileId, kind: 'plan' });
});
afterAll(async () => t.close());

const as = (who: string) => ({ ...JSON_HEADERS, cookie: cookies[who] as string });
const list = async (who: string) => (await t.app.inject({ method: 'GET', url: '/api/my-reviews', headers: as(who) })).json().items as { id: string; platformName: string; status: string }[];
const taskFor = async (who: string, applicationName: string) => (await list(who)).find((i) => i.platformName === applicationName)?.id as string;
const app = (id: string) => t.app.inject({ method: 'GET', url: `/api/my-reviews/${id}`, headers: as('a') });
async function names() {
  const progress = (await t.app.inject({ method: 'GET', url: `/api/review-groups/${groupId}/progress`, headers: { cookie: f.province.cookie } })).json();
  return Object.fromEntries(progress.applications.map((a: { id: string; name: string }) => [a.id, a.name])) as Record<string, string>;
}

describe('before declaring', () => {
  it('lists only what is needed to judge a conflict, and refuses the case', async () => {
    const items = await list('a');
    expect(items).toHaveLength(2);
    expect(Object.keys(items[0] as object).sort()).toEqual(['applicationNumber', 'cityName', 'id', 'organisationName', 'platformName', 'status']);
    expect(items.map((i) => i.status)).toEqual(['undeclared', 'undeclared']);
    const refused = await app((items[0] as { id: string }).id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('DECLARATION_REQUIRED');
  });

  it('gives an expert who was not drawn 404 for everything about the case', async () => {
    const id = (await list('a'))[0]?.id as string;
    expect(await list('outsider')).toEqual([]);
    for (const [method, url, payload] of [
      ['GET', `/api/my-reviews/${id}`, undefined],
      ['POST', `/api/my-reviews/${id}/declaration`, { declaration: 'none' }],
      ['POST', `/api/my-reviews/${id}/scores`, { scores: FULL, comments: {}, isFinal: false }],
      ['GET', `/api/my-reviews/${id}/files/${materialFileId}`, undefined],
    ] as const) {
      const response = await t.app.inject({ method, url, headers: as('outsider'), ...(payload ? { payload } : {}) });
      expect(response.statusCode, url).toBe(404);
    }
  });
});

describe('declaration', () => {
  it('a conflict needs a note, hides the case for good and tells the province', async () => {
    const n = await names();
    const id = await taskFor('c', n[f.sz.applicationId] as string);
    const url = `/api/my-reviews/${id}/declaration`;
    expect((await t.app.inject({ method: 'POST', url, headers: as('c'), payload: { declaration: 'conflicted' } })).json().issues[0].path).toBe('note');
    const declared = await t.app.inject({ method: 'POST', url, headers: as('c'), payload: { declaration: 'conflicted', note: '曾参与该平台建设' } });
    expect(declared.statusCode).toBe(200);
    expect((await list('c')).map((i) => i.id)).not.toContain(id);
    expect((await t.app.inject({ method: 'GET', url: `/api/my-reviews/${id}`, headers: as('c') })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url, headers: as('c'), payload: { declaration: 'none' } })).statusCode).toBe(404);
    const titles = (await notificationsRepository.listForUser(t.database.db, f.province.userId)).map((x) => x.title);
    expect(titles).toContain('评审专家声明存在利害关系');
  });

  it('is made once', async () => {
    const id = (await list('a'))[0]?.id as string;
    const url = `/api/my-reviews/${id}/declaration`;
    expect((await t.app.inject({ method: 'POST', url, headers: as('a'), payload: { declaration: 'none' } })).statusCode).toBe(200);
    const twice = await t.app.inject({ method: 'POST', url, headers: as('a'), payload: { declaration: 'conflicted', note: '改主意' } });
    expect(twice.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url, headers: as('a'), payload: { declaration: 'maybe' } })).statusCode).toBe(400);
  });
});

describe('the case and scoring', () => {
  it('shows content, materials and the six criteria, and serves only this application’s files', async () => {
    const id = await taskFor('a', (await names())[f.gz.applicationId] as string);
    await t.app.inject({ method: 'POST', url: `/api/my-reviews/${id}/declaration`, headers: as('a'), payload: { declaration: 'none' } });
    const view = (await app(id)).json();
    expect(view.criteria.map((c: { name: string; weight: number }) => `${c.name}${c.weight}`)).toEqual(['创建内容20', '创新特色20', '示范引领20', '实施路径15', '预期导向15', '保障协同10']);
    expect(view.maxScore).toBe(10);
    expect(view.content.plan.practices).toHaveLength(2);
    expect(view.materials).toEqual([expect.objectContaining({ fileId: materialFileId, fileName: '创建实施方案.pdf' })]);
    const file = await t.app.inject({ method: 'GET', url: `/api/my-reviews/${id}/files/${materialFileId}`, headers: as('a') });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('方案内容');
    expect((await t.app.inject({ method: 'GET', url: `/api/my-reviews/${id}/files/${strangerFileId}`, headers: as('a') })).statusCode).toBe(404);
  });

  it('saves a partial draft, refuses bad values with field errors, submits once', async () => {
    const id = await taskFor('a', (await names())[f.gz.applicationId] as string);
    const url = `/api/my-reviews/${id}/scores`;
    const send = (payload: object) => t.app.inject({ method: 'POST', url, headers: as('a'), payload });
    const draft = await send({ scores: { 'plan.content': 8, 'plan.path': null }, comments: { 'plan.content': '任务明确' }, isFinal: false });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ scores: { 'plan.content': 8 }, submittedAt: null, total: null });
    const bad = await send({ scores: { 'plan.content': 11, 'plan.innovation': 2.5, 'plan.other': 1 }, comments: {}, isFinal: false });
    expect(bad.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['scores.plan.content', 'scores.plan.innovation', 'scores.plan.other']);
    expect(bad.json().issues[0].message).toBe('“创建内容”的分数应为0至10之间的整数');
    const incomplete = await send({ scores: { 'plan.content': 8 }, comments: {}, isFinal: true });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().issues.map((i: { path: string }) => i.path)).toContain('scores.plan.support');
    expect(incomplete.json().issues.map((i: { path: string }) => i.path)).toContain('comments');
    const final = await send({ scores: FULL, comments: { '': '方案总体可行' }, isFinal: true });
    expect(final.statusCode).toBe(200);
    // 20×8/10 + 20×7/10 + 20×9/10 + 15×6/10 + 15×10/10 + 10×5/10 = 16+14+18+9+15+5
    expect(final.json().total).toBe(77);
    expect((await send({ scores: FULL, comments: { '': '改' }, isFinal: false })).statusCode).toBe(409);
    expect((await send({ scores: 'all ten' as unknown as object, comments: {}, isFinal: true })).statusCode).toBe(400);
  });
});

describe('progress and summary (internal)', () => {
  it('shows each cell’s status and the mean of the submitted totals in neutral order, without rank', async () => {
    const n = await names();
    const id = await taskFor('b', n[f.gz.applicationId] as string);
    await t.app.inject({ method: 'POST', url: `/api/my-reviews/${id}/declaration`, headers: as('b'), payload: { declaration: 'none' } });
    const low = { 'plan.content': 5, 'plan.innovation': 5, 'plan.demonstration': 5, 'plan.path': 5, 'plan.expectedResults': 5, 'plan.support': 5 };
    await t.app.inject({ method: 'POST', url: `/api/my-reviews/${id}/scores`, headers: as('b'), payload: { scores: low, comments: { '': '一般' }, isFinal: true } });

    for (const cookie of [f.province.cookie, (await t.signIn('auditor')).cookie]) {
      const progress = (await t.app.inject({ method: 'GET', url: `/api/review-groups/${groupId}/progress`, headers: { cookie } })).json();
      const statuses = progress.cells.map((c: { status: string }) => c.status).sort();
      expect(statuses).toEqual(['conflicted', 'submitted', 'submitted', 'undeclared', 'undeclared', 'undeclared']);
      const summary = (await t.app.inject({ method: 'GET', url: `/api/calls/${f.callId}/score-summary`, headers: { cookie } })).json();
      expect(summary.items.map((i: { cityName: string }) => i.cityName)).toEqual(['广州市', '深圳市']);
      const gz = summary.items[0];
      expect(gz).toMatchObject({ expertsAssigned: 3, expertsSubmitted: 2, expertsConflicted: 0, meanTotal: 63.5 });
      expect(gz.criterionMeans['plan.content']).toBe(6.5);
      // A conflicted expert is not counted as assigned (the same definition as the province's review list).
      expect(summary.items[1]).toMatchObject({ expertsAssigned: 2, expertsConflicted: 1, expertsSubmitted: 0, meanTotal: null });
      expect(JSON.stringify(summary)).not.toMatch(/rank/i);
    }
    const city = (await t.signIn('city')).cookie;
    expect((await t.app.inject({ method: 'GET', url: `/api/calls/${f.callId}/score-summary`, headers: { cookie: city } })).statusCode).toBe(403);
  });
});
