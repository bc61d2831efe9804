// 待办 through the HTTP API: each role sees the work in its own reach (F3 item 6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(new Date('2026-11-28T02:00:00Z'));
});
afterAll(async () => t.close());

const keysOf = async (cookie: string) => {
  const response = await t.app.inject({ method: 'GET', url: '/api/todos', headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return Object.fromEntries((response.json().items as { key: string; count: number }[]).map((item) => [item.key, item.count]));
};

describe('待办 from the applications', () => {
  it('counts only what lies in each person’s reach', async () => {
    const province = await t.signIn('province');
    const call = await createPublishedCall(t.database.db, province.userId, { year: 2031 });
    const guangzhou = await createOrganisation(t.database.db, { cityCode: '440100' });
    const shenzhen = await createOrganisation(t.database.db, { cityCode: '440300', countyCode: '440305' });
    const at = (organisation: typeof guangzhou, state: Parameters<typeof createApplication>[1]['state'], facts = {}) =>
      createApplication(t.database.db, { callId: call.id, organisationId: organisation.id, cityCode: organisation.cityCode, state, facts });
    await at(guangzhou, 'submitted');
    await at(guangzhou, 'submitted');
    await at(shenzhen, 'submitted');
    await at(guangzhou, 'returned_for_revision');
    await at(shenzhen, 'recommended');
    await at(shenzhen, 'shortlisted');
    // Its window ended the day before "today" (2026-11-28): waiting for confirmation.
    await at(guangzhou, 'creation_publicity', { publicityEndsOn: '2026-11-27' });
    await at(guangzhou, 'creation_publicity', { publicityEndsOn: '2026-11-28' });

    const cityGuangzhou = await t.signIn('city', { cityCode: '440100' });
    expect(await keysOf(cityGuangzhou.cookie)).toMatchObject({ 'applications.cityReview': 2 });
    const applicant = await t.signIn('applicant', { organisationId: guangzhou.id });
    expect(await keysOf(applicant.cookie)).toMatchObject({ 'applications.returned': 1 });
    const applicantSz = await t.signIn('applicant', { organisationId: shenzhen.id });
    expect(await keysOf(applicantSz.cookie)).not.toHaveProperty('applications.returned');
    const provinceTodos = await keysOf(province.cookie);
    expect(provinceTodos).toMatchObject({ 'applications.provinceReview': 1, 'notices.publish': 1, 'notices.confirm': 1 });
    expect(await keysOf((await t.signIn('auditor')).cookie)).toEqual({});
  });
});
