// The province's 复核 待办 through HTTP on a database of its own (Art. 10; ADR 0016), so the count is exact: objects
// in every state around the day, both cities, the boundaries of dueForReReview on both sides. 安排复核 counts what a
// round opening today would take in — the very objects the preview lists — and goes while a round waits to open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../db/testing/builders';
import { createCertifiedObject, type CertifiedObjectOptions } from '../../db/testing/re-review-builders';
import { at } from '../testing/notice-fixtures';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

const TODAY = '2030-03-01';
let t: TestApp;
let province: SignedIn;
let guangzhou: string;
let shenzhen: string;

beforeAll(async () => {
  t = await createTestApp(at(TODAY));
  province = await t.signIn('province');
  guangzhou = (await createOrganisation(t.database.db, { cityCode: '440100' })).id;
  shenzhen = (await createOrganisation(t.database.db, { cityCode: '440300', countyCode: '440305' })).id;
});
afterAll(async () => t.close());

let nextCallYear = 2040;
const object = (options: Omit<CertifiedObjectOptions, 'organisationId' | 'callYear'>, organisationId = guangzhou) =>
  createCertifiedObject(t.database.db, { organisationId, callYear: (nextCallYear += 1), ...options });
const send = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { ...(payload ? JSON_HEADERS : {}), cookie: province.cookie }, ...(payload ? { payload } : {}) });
const reReviewTodos = async () => {
  const response = await send('GET', '/api/todos');
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { key: string }[]).filter((item) => item.key.startsWith('reReview.'));
};
const ids = (items: { object: { id: string } }[]) => items.map((item) => item.object.id).sort();

describe('the province’s 安排复核 待办', () => {
  it('counts exactly the objects a round opening today would take in, the preview’s, and goes while a round waits', async () => {
    expect(await reReviewTodos()).toEqual([]);

    // One object already under re-review: a round opened today took it in (it counts for neither the round nor 安排复核).
    await object({ reReviewDueOn: TODAY });
    const opened = await send('POST', '/api/re-review-rounds', { year: 2030, opensOn: TODAY, reportDueOn: '2030-03-31', cityDueOn: '2030-04-30' });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(await reReviewTodos()).toEqual([]);

    const due = [
      await object({ reReviewDueOn: TODAY }),
      await object({ reReviewDueOn: '2030-02-28' }),
      await object({ reReviewDueOn: '2029-12-31' }, shenzhen),
      // The rectification year's last day is still rectification: due the day after.
      await object({ state: 'rectifying', reReviewDueOn: null, rectificationEndsOn: '2030-02-28', consecutiveFailedReReviews: 1 }),
    ];
    await object({ reReviewDueOn: '2030-03-02' });
    await object({ reReviewDueOn: null });
    await object({ state: 'rectifying', reReviewDueOn: null, rectificationEndsOn: TODAY, consecutiveFailedReReviews: 1 });
    await object({ state: 're_review', reReviewDueOn: '2030-01-01' });
    await object({ state: 'revoked', reReviewDueOn: '2030-01-01', rectificationEndsOn: '2030-01-01' });
    await object({ state: 'creating', reReviewDueOn: null, creationPeriodEndsOn: '2030-12-31' });
    await object({ state: 'acceptance_review', reReviewDueOn: '2030-01-01' });

    const expected = {
      key: 'reReview.schedule',
      title: '安排复核',
      description: `有${due.length}个示范平台（基地）已到复核时间，请安排复核批次。`,
      link: '/workspace/re-review',
      count: due.length,
    };
    expect(await reReviewTodos()).toEqual([expected]);
    const preview = await send('POST', '/api/re-review-rounds/preview', { opensOn: TODAY });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(ids(preview.json().items)).toEqual(due.map((row) => row.id).sort());
    expect(ids((await send('GET', '/api/re-review-rounds')).json().dueToday)).toEqual(due.map((row) => row.id).sort());

    const scheduled = await send('POST', '/api/re-review-rounds', { year: 2030, title: '2030年第二批复核', opensOn: '2030-03-02', reportDueOn: '2030-03-31', cityDueOn: '2030-04-30' });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    expect(await reReviewTodos()).toEqual([]);
  });
});
