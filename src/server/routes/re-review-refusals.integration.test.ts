// 复核 refusals through HTTP (ADR 0016): rounds that cannot be scheduled, malformed bodies, who may not read or act
// (another city or organisation → 404, a role without the action → 403), the phases out of turn — 4xx, never 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertifiedObject } from '../../db/testing/re-review-builders';
import { EXE_BYTES, multipart } from '../testing/application-requests';
import { at } from '../testing/notice-fixtures';
import { JSON_HEADERS, type SignedIn } from '../testing/test-app';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';

let nextCallYear = 2080;

let { t, operator, otherOperator, gz, sz, province, auditor, expert } = {} as CreationCast;
beforeAll(async () => {
  ({ t, operator, otherOperator, gz, sz, province, auditor, expert } = await startCreationCast(at('2030-03-01')));
});
afterAll(async () => t.close());

const send = (who: SignedIn, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { ...(payload !== undefined ? JSON_HEADERS : { 'x-requested-with': 'shifan' }), cookie: who.cookie },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
const ROUND = { year: 2030, opensOn: '2030-03-01', reportDueOn: '2030-03-31', cityDueOn: '2030-04-30' };
const path = (id: string, reReviewId: string) => `/api/creation-objects/${id}/re-reviews/${reReviewId}`;

describe('scheduling a round', () => {
  it('refuses a day with nothing due (422), a day before today, dates out of order and malformed bodies (400 naming the field)', async () => {
    const nothing = await send(province, 'POST', '/api/re-review-rounds', ROUND);
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().message).toBe('开始日期2030-03-01没有到期应复核的平台（基地）');

    const past = await send(province, 'POST', '/api/re-review-rounds', { ...ROUND, opensOn: '2030-02-28' });
    expect(past.statusCode).toBe(400);
    expect(past.json().issues).toEqual([{ path: 'opensOn', message: '复核开始日期不能早于今天（2030-03-01）' }]);

    const order = await send(province, 'POST', '/api/re-review-rounds', { ...ROUND, reportDueOn: '2030-02-28', cityDueOn: '2030-02-27' });
    expect(order.statusCode).toBe(400);
    expect(order.json().issues.map((i: { path: string }) => i.path)).toEqual(['reportDueOn', 'cityDueOn']);

    for (const body of [{}, { ...ROUND, extra: 1 }, { ...ROUND, year: '2030' }, { ...ROUND, opensOn: '2030-02-30' }, { ...ROUND, title: '' }, [], 'x']) {
      const response = await send(province, 'POST', '/api/re-review-rounds', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await send(province, 'POST', '/api/re-review-rounds/preview', { opensOn: 'tomorrow' })).statusCode).toBe(400);
    expect((await send(province, 'POST', '/api/re-review-rounds/preview', {})).statusCode).toBe(400);
  });

  it('is the province’s; the auditor reads the overview, the others are refused', async () => {
    for (const who of [operator, gz, auditor, expert]) expect((await send(who, 'POST', '/api/re-review-rounds', ROUND)).statusCode).toBe(403);
    for (const who of [operator, gz, auditor, expert]) expect((await send(who, 'POST', '/api/re-review-rounds/preview', { opensOn: '2030-03-01' })).statusCode).toBe(403);
    expect((await send(auditor, 'GET', '/api/re-review-rounds')).json()).toMatchObject({ canManage: false });
    expect((await send(province, 'GET', '/api/re-review-rounds')).json()).toMatchObject({ canManage: true });
    for (const who of [operator, gz, expert]) expect((await send(who, 'GET', '/api/re-review-rounds')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/re-review-rounds' })).statusCode).toBe(401);
  });
});

describe('an open re-review', () => {
  it('is read by the operator, its city, the province and the auditor; the others get 404 or 403; each phase is refused out of turn', async () => {
    const object = await createCertifiedObject(t.database.db, { organisationId: operator.organisationId ?? '', reReviewDueOn: '2030-03-01', callYear: (nextCallYear += 1) });
    const overview = (await send(province, 'GET', '/api/re-review-rounds')).json();
    expect(overview.dueToday.map((i: { object: { id: string } }) => i.object.id)).toContain(object.id);
    expect((await send(province, 'POST', '/api/re-review-rounds', { ...ROUND, title: '2030年复核' })).statusCode).toBe(201);
    const view = (await send(operator, 'GET', `/api/creation-objects/${object.id}/re-reviews`)).json();
    const id = view.reReviews[0].id as string;

    for (const who of [operator, gz, province, auditor]) expect((await send(who, 'GET', `/api/creation-objects/${object.id}/re-reviews`)).statusCode).toBe(200);
    for (const who of [otherOperator, sz]) expect((await send(who, 'GET', `/api/creation-objects/${object.id}/re-reviews`)).statusCode).toBe(404);
    expect((await send(expert, 'GET', `/api/creation-objects/${object.id}/re-reviews`)).statusCode).toBe(403);
    expect((await send(province, 'GET', '/api/creation-objects/not-a-uuid/re-reviews')).statusCode).toBe(400);
    expect((await send(province, 'GET', `/api/creation-objects/${object.id}/re-reviews/00000000-0000-4000-8000-000000000000/files/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);

    // Lists are scoped.
    const listed = async (who: SignedIn) => (await send(who, 'GET', '/api/re-reviews')).json().items.map((i: { reReviewId: string }) => i.reReviewId);
    expect(await listed(operator)).toContain(id);
    expect(await listed(gz)).toContain(id);
    expect(await listed(province)).toContain(id);
    expect(await listed(otherOperator)).not.toContain(id);
    expect(await listed(sz)).not.toContain(id);
    expect((await send(province, 'GET', '/api/re-reviews?status=passed')).json().items.map((i: { reReviewId: string }) => i.reReviewId)).not.toContain(id);
    expect((await send(province, 'GET', '/api/re-reviews?status=nope')).statusCode).toBe(400);
    expect((await send(expert, 'GET', '/api/re-reviews')).statusCode).toBe(403);

    // The report: the operator's, refused to others; malformed bodies 400; an empty report cannot be submitted.
    expect((await send(otherOperator, 'PUT', `${path(object.id, id)}/report`, { report: 'x' })).statusCode).toBe(404);
    expect((await send(gz, 'PUT', `${path(object.id, id)}/report`, { report: 'x' })).statusCode).toBe(403);
    for (const body of [{}, { report: 1 }, { report: 'x', extra: 1 }, { report: 'x'.repeat(20001) }]) {
      expect((await send(operator, 'PUT', `${path(object.id, id)}/report`, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    const empty = await send(operator, 'POST', `${path(object.id, id)}/submit`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues).toEqual([{ path: 'report', message: '请填写运行和服务情况报告' }]);
    expect((await send(operator, 'POST', `${path(object.id, id)}/submit`, { x: 1 })).statusCode).toBe(400);

    const exe = multipart({}, { name: 'virus.pdf', bytes: EXE_BYTES });
    const refusedFile = await t.app.inject({ method: 'POST', url: `${path(object.id, id)}/files`, headers: { ...exe.headers, cookie: operator.cookie }, payload: exe.payload });
    expect(refusedFile.statusCode).toBe(415);
    const noFile = await t.app.inject({ method: 'POST', url: `${path(object.id, id)}/files`, headers: { ...JSON_HEADERS, cookie: operator.cookie }, payload: {} });
    expect(noFile.statusCode).toBe(400);
    expect((await send(operator, 'DELETE', `${path(object.id, id)}/files/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);

    // The city waits for the report or its last day; the province for the city or its last day.
    const early = await send(gz, 'POST', `${path(object.id, id)}/assessment`, { opinion: 'pass', comment: '好' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('暂不能评估：待运营主体提交运行和服务情况报告，截止2030-03-31（含当日）；逾期未提交的，次日起可直接评估');
    expect((await send(operator, 'POST', `${path(object.id, id)}/assessment`, { opinion: 'pass', comment: '好' })).statusCode).toBe(403);
    expect((await send(sz, 'POST', `${path(object.id, id)}/assessment`, { opinion: 'pass', comment: '好' })).statusCode).toBe(404);
    for (const body of [{}, { opinion: 'good', comment: '好' }, { opinion: 'pass', comment: '' }, { opinion: 'pass' }]) {
      expect((await send(gz, 'POST', `${path(object.id, id)}/assessment`, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    for (const body of [{}, { lockVersion: view.lockVersion, outcome: 'maybe', reason: 'x' }, { lockVersion: view.lockVersion, outcome: 'passed', reason: '' }, { lockVersion: -1, outcome: 'passed', reason: 'x' }]) {
      expect((await send(province, 'POST', `${path(object.id, id)}/decision`, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await send(gz, 'POST', `${path(object.id, id)}/decision`, { lockVersion: view.lockVersion, outcome: 'passed', reason: 'x' })).statusCode).toBe(403);
    expect((await send(province, 'POST', `${path(object.id, '00000000-0000-4000-8000-000000000000')}/decision`, { lockVersion: view.lockVersion, outcome: 'passed', reason: 'x' })).statusCode).toBe(404);
    const stale = await send(province, 'POST', `${path(object.id, id)}/decision`, { lockVersion: view.lockVersion + 5, outcome: 'passed', reason: 'x' });
    expect(stale.statusCode).toBe(409);
  });
});

describe('acts that cross', () => {
  it('refuses the province’s decision sent with what it read before the city’s late assessment (409): it must see it', async () => {
    const object = await createCertifiedObject(t.database.db, { organisationId: operator.organisationId ?? '', reReviewDueOn: '2030-03-01', callYear: (nextCallYear += 1) });
    expect((await send(province, 'POST', '/api/re-review-rounds', { ...ROUND, title: '2030年交叉办理' })).statusCode).toBe(201);
    t.clock.set(at('2030-05-01'));
    // Two months on, yesterday's sessions have expired: sign in again.
    const officer = await t.signIn('province');
    const city = await t.signIn('city', { cityCode: '440100' });
    try {
      const response = await send(officer, 'GET', `/api/creation-objects/${object.id}/re-reviews`);
      expect(response.statusCode, response.body).toBe(200);
      const read = response.json();
      expect(read.canDecide, response.body.slice(0, 600)).toBe(true);
      const id = read.reReviews[0].id as string;
      expect((await send(city, 'POST', `${path(object.id, id)}/assessment`, { opinion: 'fail', comment: '逾期未报告，服务数据不足' })).statusCode).toBe(200);
      const stale = await send(officer, 'POST', `${path(object.id, id)}/decision`, { lockVersion: read.lockVersion, outcome: 'passed', reason: '复核达标' });
      expect([stale.statusCode, stale.json().code]).toEqual([409, 'STATE_CHANGED']);
      const fresh = (await send(officer, 'GET', `/api/creation-objects/${object.id}/re-reviews`)).json();
      expect(fresh.reReviews[0].cityOpinion).toBe('fail');
      expect((await send(officer, 'POST', `${path(object.id, id)}/decision`, { lockVersion: fresh.lockVersion, outcome: 'failed', reason: '服务数据不足' })).statusCode).toBe(200);
    } finally {
      t.clock.set(at('2030-03-01'));
    }
  });
});
