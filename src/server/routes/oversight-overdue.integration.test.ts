// F8 overdue list through HTTP: progress reports due under the creation-period rule (creation-deadlines.ts) appear the
// day after they fall due and are filtered by city; a change report filed after its due day is listed as late.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverduePage } from '../../contracts/oversight';
import { buildApplicationContent, createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation, createUser } from '../../db/testing/builders';
import { insertChangeReport } from '../../db/testing/oversight-builders';
import { creationPeriod } from '../../domain/creation-data/creation-period';
import { halfYearsOf } from '../../domain/creation-data/progress-periods';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let province: SignedIn;
let guangzhou: SignedIn;
let shenzhen: SignedIn;
let creatingId: string;
let certifiedId: string;
const ENDS_ON = '2027-06-30';
const firstDue = halfYearsOf(creationPeriod({ creationPeriodEndsOn: ENDS_ON, isExtended: false })!)[0]!.dueOn;
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000 + 60_000);

beforeAll(async () => {
  t = await createTestApp(new Date(`${firstDue}T15:40:00Z`)); // 23:40 on the due day in Shanghai
  const { user } = await createUser(t.database.db, { role: 'province', passwordHash: 'not-used-for-sign-in' });
  const call = await createPublishedCall(t.database.db, user.id, { year: 2024 });
  const org = await createOrganisation(t.database.db, { cityCode: '440100' });
  creatingId = (await createApplication(t.database.db, { callId: call.id, organisationId: org.id, cityCode: '440100', state: 'creating', facts: { creationPeriodEndsOn: ENDS_ON }, content: buildApplicationContent({ name: '广州创建平台' }) })).id;
  certifiedId = (await createApplication(t.database.db, { callId: call.id, organisationId: org.id, cityCode: '440100', state: 'certified', content: buildApplicationContent({ name: '广州已认定平台' }) })).id;
  await insertChangeReport(t.database.db, certifiedId, { occurredOn: '2025-10-01', dueOn: '2026-01-01', reportedOn: '2026-01-04' });
  await insertChangeReport(t.database.db, certifiedId, { occurredOn: '2025-11-01', dueOn: '2026-02-01', reportedOn: '2026-02-01' });
  province = await t.signIn('province');
  guangzhou = await t.signIn('city', { cityCode: '440100' });
  shenzhen = await t.signIn('city', { cityCode: '440300' });
});
afterAll(async () => t.close());

const overdue = async (who: SignedIn, query = '') => (await t.app.inject({ method: 'GET', url: `/api/oversight/overdue?${query}`, headers: { cookie: who.cookie } })).json<OverduePage>();

describe('overdue progress and change reports', () => {
  it('lists a missing half-year report from the day after it was due, for its own city only', async () => {
    expect((await overdue(province, 'kind=progress-report')).total).toBe(0);
    t.clock.set(dayAfter(firstDue));
    const page = await overdue(province, 'kind=progress-report');
    expect(page.rows).toEqual([expect.objectContaining({ kind: 'progress-report', applicationId: creatingId, dueOn: firstDue, daysOverdue: 1, cityName: '广州市' })]);
    expect((await overdue(guangzhou, 'kind=progress-report')).total).toBe(1);
    expect((await overdue(shenzhen, 'kind=progress-report')).total).toBe(0);
    expect((await overdue(province, 'kind=progress-report&carrier=base')).total).toBe(0);
    expect((await overdue(province, 'kind=progress-report&year=2024')).total).toBe(1);
  });

  it('lists a change report filed after its due day, not one filed on it', async () => {
    const page = await overdue(province, 'kind=change-report');
    expect(page.rows).toEqual([expect.objectContaining({ kind: 'change-report', applicationId: certifiedId, dueOn: '2026-01-01', daysOverdue: 3 })]);
  });
});
