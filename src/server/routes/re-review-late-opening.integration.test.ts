// A 复核批次 the deadline job opens days after its opening day (the servers were down that day), through HTTP
// (Art. 10: 每2年开展一次; ADR 0016): the re-review starts on the round's day, not the job's — reReviewStartedOn, the
// window and the next due day (2 years after the start, after a pass) all follow the day the province chose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { createCertifiedObject } from '../../db/testing/re-review-builders';
import { runDeadlineJob } from '../jobs/deadline-job';
import { at } from '../testing/notice-fixtures';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

const OPENS_ON = '2030-03-10';
let t: TestApp;
let province: SignedIn;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp(at('2030-03-01'));
  province = await t.signIn('province');
  organisationId = (await t.signIn('applicant')).organisationId ?? '';
});
afterAll(async () => t.close());

const send = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { ...(payload ? JSON_HEADERS : {}), cookie: province.cookie }, ...(payload ? { payload } : {}) });
async function setDay(day: string): Promise<void> {
  t.clock.set(at(day));
  province = await t.signIn('province');
}

describe('a round opened by the deadline job after its day', () => {
  it('starts the re-review on the round’s day: reReviewStartedOn, the window and, after a pass, the next due day', async () => {
    const object = await createCertifiedObject(t.database.db, { organisationId, callYear: 2095, reReviewDueOn: '2030-03-05' });
    const round = await send('POST', '/api/re-review-rounds', { year: 2030, opensOn: OPENS_ON, reportDueOn: '2030-04-10', cityDueOn: '2030-05-10' });
    expect(round.statusCode, round.body).toBe(201);
    expect(round.json().openedAt).toBeNull();

    // Nobody ran the job on the 10th; it runs on the 13th.
    await setDay('2030-03-13');
    const run = await runDeadlineJob({ db: t.database.db, clock: t.clock });
    expect(run.done).toMatchObject({ 're-review-round.opened': 1, 're-review.started': 1 });
    const started = await applicationsRepository.findById(t.database.db, object.id);
    expect(started).toMatchObject({ state: 're_review', facts: expect.objectContaining({ reReviewStartedOn: OPENS_ON, reReviewDueOn: '2030-03-05' }) });
    const view = (await send('GET', `/api/creation-objects/${object.id}/re-reviews`)).json();
    expect(view.reReviews[0]).toMatchObject({ sequence: 1, isAfterRectification: false, window: { startsOn: '2028-03-10', endsOn: '2030-03-09' }, round: { opensOn: OPENS_ON } });

    // Without a report or an assessment the province decides from the day after cityDueOn; the next re-review is
    // due 2 years after the day this one started.
    await setDay('2030-05-11');
    const passed = await send('POST', `/api/creation-objects/${object.id}/re-reviews/${view.reReviews[0].id}/decision`, { lockVersion: view.lockVersion, outcome: 'passed', reason: '各项指标达到认定标准' });
    expect(passed.statusCode, passed.body).toBe(200);
    expect(passed.json()).toMatchObject({ reReviewDueOn: '2032-03-10' });
    expect(passed.json().object.state).toBe('certified');
  });
});
