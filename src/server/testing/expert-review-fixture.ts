// Shared set-up for the expert-review tests: a published call, recommended applications in 广州 and 深圳, and a
// pool of experts added through the API (so each has its login account).
import { createOrganisation } from '../../db/testing/builders';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import type { AddExpertRequest, AddExpertResult, ReviewGroupView } from '../../contracts/experts';
import { JSON_HEADERS, type TestApp } from './test-app';

let counter = 0;

export interface ReviewFixture {
  province: { cookie: string; userId: string };
  callId: string;
  gz: { applicationId: string; organisationId: string; creditCode: string };
  sz: { applicationId: string; organisationId: string; creditCode: string };
}

export async function setUpReview(t: TestApp, year: number): Promise<ReviewFixture> {
  const province = await t.signIn('province');
  const call = await createPublishedCall(t.database.db, province.userId, { year });
  const gzOrg = await createOrganisation(t.database.db, { cityCode: '440100' });
  const szOrg = await createOrganisation(t.database.db, { cityCode: '440300' });
  const gzApp = await createApplication(t.database.db, { callId: call.id, organisationId: gzOrg.id, cityCode: '440100', state: 'recommended' });
  const szApp = await createApplication(t.database.db, { callId: call.id, organisationId: szOrg.id, cityCode: '440300', state: 'recommended' });
  return {
    province,
    callId: call.id,
    gz: { applicationId: gzApp.id, organisationId: gzOrg.id, creditCode: gzOrg.creditCode },
    sz: { applicationId: szApp.id, organisationId: szOrg.id, creditCode: szOrg.creditCode },
  };
}

export function expertInput(overrides: Partial<AddExpertRequest> = {}): AddExpertRequest {
  counter += 1;
  return {
    name: `专家${counter}`,
    field: '数字化转型',
    employer: '某大学',
    cityCode: '440600',
    termStartsOn: '2026-01-01',
    termEndsOn: '2028-12-31',
    username: `expert${counter}x${Math.floor(Math.random() * 1e6)}`,
    ...overrides,
  };
}

export async function addExpertVia(t: TestApp, cookie: string, overrides: Partial<AddExpertRequest> = {}): Promise<AddExpertResult> {
  const response = await t.app.inject({ method: 'POST', url: '/api/experts', headers: { ...JSON_HEADERS, cookie }, payload: expertInput(overrides) });
  if (response.statusCode !== 201) throw new Error(`add expert failed: ${response.body}`);
  return response.json();
}

export async function createGroupVia(t: TestApp, cookie: string, callId: string, applicationIds: string[], expertCount: number): Promise<ReviewGroupView> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/calls/${callId}/review-groups`,
    headers: { ...JSON_HEADERS, cookie },
    payload: { name: `评审组${(counter += 1)}`, expertCount, applicationIds },
  });
  if (response.statusCode !== 201) throw new Error(`create group failed: ${response.body}`);
  return response.json();
}

/** Signs in as the expert with the initial password and changes it; returns the session cookie. */
export async function signInExpert(t: TestApp, result: AddExpertResult): Promise<string> {
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username: result.expert.username, password: result.initialPassword } });
  if (login.statusCode !== 200) throw new Error(`expert login failed: ${login.body}`);
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const change = await t.app.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: { ...JSON_HEADERS, cookie },
    payload: { currentPassword: result.initialPassword, newPassword: 'Expert#Review2026' },
  });
  if (change.statusCode !== 204 && change.statusCode !== 200) throw new Error(`password change failed: ${change.body}`);
  return cookie;
}
