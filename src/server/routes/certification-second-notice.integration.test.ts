// An object listed on a second 拟认定公示 through HTTP (Art. 7(4), ADR 0015): an upheld objection to the first
// notice (N1) sends it back to 评估验收; it passes again and is listed on N2. From then on only N2 moves it: the
// other objections to N1 are still decided (and answer their objectors) but change neither its count nor its state,
// no new objection to N1 is taken for it, N1's 认定公告 certifies only N1's remaining entries, and the deadline job
// counts the object under N2 alone (under-notice.ts: LifecycleFacts.publicityNoticeId).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddExpertResult } from '../../contracts/experts';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import { deadlinesRepository } from '../../db/repositories/deadlines.repository';
import { createAcceptanceObject } from '../../db/testing/acceptance-builders';
import { createCertificationShortlist } from '../../db/testing/certification-builders';
import { addExpertVia, signInExpert } from '../testing/expert-review-fixture';
import { at, noticeKit, objectionFields } from '../testing/notice-fixtures';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

let t: TestApp;
let kit: ReturnType<typeof noticeKit>;
let objectA: ApplicationRow;
let objectB: ApplicationRow;
let expert: AddExpertResult;
let n1: string;
let n2: string;
let n2EndsOn: string;
const objections: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp(at('2026-09-28'));
  kit = noticeKit(t, await t.signIn('province'));
  const operator = await t.signIn('applicant');
  objectA = await createAcceptanceObject(t.database.db, { organisationId: operator.organisationId ?? '', endsOn: '2026-09-27', callYear: 2024 });
  const shortlist = await createCertificationShortlist(t.database.db, 2023, [{ cityCode: '440300', name: '深圳乙平台' }]);
  objectB = shortlist.applications[0] as ApplicationRow;
  expert = await addExpertVia(t, kit.province.cookie);
  await signInExpert(t, expert);
});
afterAll(async () => t.close());

const urlOf = () => `/api/creation-objects/${objectA.id}/acceptance`;
const factsOfA = async () => (await applicationsRepository.findById(t.database.db, objectA.id))?.facts;
const stateOf = async (id: string) => (await applicationsRepository.findById(t.database.db, id))?.state;

/** Assigns the expert to A's current review, who declares no conflict and passes it; the province passes it. */
async function passAcceptance(): Promise<void> {
  const reviewId = (await kit.get(urlOf(), kit.province.cookie)).json().attempts[0].id as string;
  expect((await kit.post(`/api/acceptance-reviews/${reviewId}/experts`, { expertIds: [expert.expert.id] })).statusCode).toBe(200);
  // A session does not outlive a jump of the clock's days: the expert signs in again with the password set at first sign-in.
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username: expert.expert.username, password: 'Expert#Review2026' } });
  const headers = { ...JSON_HEADERS, cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
  const items = (await t.app.inject({ method: 'GET', url: '/api/my-acceptance-reviews', headers })).json().items as { id: string; status: string }[];
  const task = items.find((item) => item.status === 'undeclared');
  if (!task) throw new Error(`no open task: ${JSON.stringify(items)}`);
  await t.app.inject({ method: 'POST', url: `/api/my-acceptance-reviews/${task.id}/declaration`, headers, payload: { declaration: 'none', note: '' } });
  const theCase = (await t.app.inject({ method: 'GET', url: `/api/my-acceptance-reviews/${task.id}`, headers })).json().case;
  const opinion = await t.app.inject({
    method: 'POST',
    url: `/api/my-acceptance-reviews/${task.id}/opinion`,
    headers,
    payload: {
      indicatorJudgements: theCase.indicatorsToJudge.map((i: { code: string }) => ({ code: i.code, isMet: true, comment: '' })),
      goalJudgements: theCase.goals.map((g: { goalIndex: number }) => ({ goalIndex: g.goalIndex, achievement: 'met', comment: '' })),
      conclusion: 'pass',
      comment: '建议通过验收。',
    },
  });
  expect(opinion.statusCode, opinion.body).toBe(200);
  const decided = await kit.post(`${urlOf()}/decision`, { lockVersion: (await kit.get(urlOf(), kit.province.cookie)).json().lockVersion, outcome: 'passed', reason: '各项指标达到认定标准。' });
  expect(decided.statusCode, decided.body).toBe(200);
}

async function file(noticeId: string, label: string): Promise<void> {
  const response = await kit.sendObjection(noticeId, objectionFields(objectA.id, { facts: `异议${label}：该平台服务企业数量与实际情况不符。` }));
  expect(response.statusCode, response.body).toBe(201);
  const listed = (await kit.get(`/api/notices/${noticeId}/objections`, kit.province.cookie)).json() as { id: string; facts: string }[];
  const found = listed.find((o) => o.facts.startsWith(`异议${label}`));
  if (!found) throw new Error(`objection ${label} not listed`);
  objections[label] = found.id;
}

const decide = (label: string, outcome: 'upheld' | 'unfounded') =>
  kit.post(`/api/objections/${objections[label]}/decision`, { outcome, investigation: `经核实，异议${label}${outcome === 'upheld' ? '属实' : '不属实'}。` });

async function publicOutcomeOfA(noticeId: string): Promise<unknown> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/notices/${noticeId}` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().entries as { applicationId: string; outcome: unknown }[]).find((e) => e.applicationId === objectA.id)?.outcome;
}

describe('an object listed on a second 拟认定公示', () => {
  it('is taken off N1 by an upheld objection; the other objections to N1 stay open, and N1 takes no new one for it', async () => {
    await kit.post(`${urlOf()}/start`, { lockVersion: objectA.lockVersion });
    await passAcceptance();
    const published = await kit.post('/api/certification-notices', {});
    expect(published.statusCode, published.body).toBe(201);
    n1 = published.json().id;
    expect(await factsOfA()).toMatchObject({ publicityNoticeId: n1, unresolvedObjections: 0 });

    await kit.setDay('2026-10-09');
    for (const label of ['O1', 'O2', 'O2b']) await file(n1, label);
    expect(await factsOfA()).toMatchObject({ publicityNoticeId: n1, unresolvedObjections: 3 });
    expect((await decide('O1', 'upheld')).statusCode).toBe(200);
    expect([await stateOf(objectA.id), await factsOfA()]).toEqual(['acceptance_review', expect.objectContaining({ publicityNoticeId: null, unresolvedObjections: 0 })]);

    // The window of N1 is still open, but A is no longer under it.
    const late = await kit.sendObjection(n1, objectionFields(objectA.id));
    expect([late.statusCode, late.json().code]).toEqual([409, 'TRANSITION_NOT_ALLOWED']);
    expect(late.json().message).toContain('该平台（基地）已不在本次公示中');
  });

  it('passes again and is listed on N2, where objections count against it', async () => {
    await passAcceptance();
    const published = await kit.post('/api/certification-notices', {});
    expect(published.statusCode, published.body).toBe(201);
    n2 = published.json().id;
    n2EndsOn = published.json().endsOn;
    expect(published.json().entries.map((e: { name: string }) => e.name)).toEqual([objectA.name]);
    await file(n2, 'O3');
    expect(await factsOfA()).toMatchObject({ publicityNoticeId: n2, unresolvedObjections: 1 });
    // Each public notice shows its own outcome: N1 took A off, N2 has not ended.
    expect(await publicOutcomeOfA(n1)).toMatchObject({ kind: 'withdrawn' });
    expect(await publicOutcomeOfA(n2)).toBeNull();
  });

  it('decides the stale objections to N1 without touching A: untrue leaves N2’s count, upheld reopens nothing', async () => {
    const untrue = await decide('O2', 'unfounded');
    expect(untrue.statusCode, untrue.body).toBe(200);
    expect(untrue.json()).toMatchObject({ status: 'unfounded' });
    const upheld = await decide('O2b', 'upheld');
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json()).toMatchObject({ status: 'upheld' });
    expect([await stateOf(objectA.id), await factsOfA()]).toEqual(['certification_publicity', expect.objectContaining({ publicityNoticeId: n2, unresolvedObjections: 1 })]);
    expect(await acceptanceRepository.findAttempt(t.database.db, objectA.id, 1)).toMatchObject({ revision: 2, outcome: 'passed' });
  });

  it('the deadline job counts A under N2 only', async () => {
    const awaiting = await deadlinesRepository.listNoticesAwaitingWork(t.database.db);
    const underOf = (id: string) => awaiting.find((n) => n.id === id);
    expect(underOf(n1)).toMatchObject({ entriesUnderPublicity: 1, openObjections: 0 });
    expect(underOf(n2)).toMatchObject({ entriesUnderPublicity: 1, openObjections: 1 });
  });

  it('N1’s 认定公告 certifies B alone; the overview counts A under N2 with its open objection', async () => {
    await kit.setDay('2026-10-10');
    const announced = await kit.post(`/api/notices/${n1}/certification-announcement`, {});
    expect(announced.statusCode, announced.body).toBe(201);
    expect(announced.json().entries.map((e: { applicationId: string }) => e.applicationId)).toEqual([objectB.id]);
    expect([await stateOf(objectA.id), await stateOf(objectB.id)]).toEqual(['certification_publicity', 'certified']);

    await kit.setDay(n2EndsOn);
    const rows = (await kit.get('/api/certification', kit.province.cookie)).json().notices as { id: string; pendingCount: number }[];
    expect(rows.map((r) => [r.id, r.pendingCount])).toEqual(expect.arrayContaining([[n1, 0], [n2, 1]]));
  });

  it('N2 is announced once its own objection is decided, certifying A', async () => {
    const dayAfter = new Date(Date.parse(`${n2EndsOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await kit.setDay(dayAfter);
    const blocked = await kit.post(`/api/notices/${n2}/certification-announcement`, {});
    expect([blocked.statusCode, blocked.json().message]).toEqual([409, `尚有异议未核实：${objectA.name}。请先认定异议是否属实。`]);
    expect((await decide('O3', 'unfounded')).statusCode).toBe(200);
    const announced = await kit.post(`/api/notices/${n2}/certification-announcement`, {});
    expect(announced.statusCode, announced.body).toBe(201);
    expect(announced.json().entries.map((e: { applicationId: string }) => e.applicationId)).toEqual([objectA.id]);
    expect(await stateOf(objectA.id)).toBe('certified');
    expect(await publicOutcomeOfA(n2)).toEqual({ kind: 'confirmed' });
    expect(await publicOutcomeOfA(n1)).toMatchObject({ kind: 'withdrawn' });
  });
});
