// What the city-review integration tests share: a fresh call per test (its own year) whose 初审 runs until
// 2026-12-15 while the test clock is 2026-11-28, applications built straight into a state, and the decision request.
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { JSON_HEADERS, type SignedIn, type TestApp } from './test-app';

export function cityReviewKit(t: TestApp, province: SignedIn, firstYear: number) {
  let year = firstYear;
  const post = (cookie: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie }, payload });
  return {
    async newCall(cityCaps: Record<string, number> = {}) {
      year += 1;
      return createPublishedCall(t.database.db, province.userId, { year, opensOn: '2026-10-01', closesOn: '2026-11-20', cityReviewDeadline: '2026-12-15', cityCaps });
    },
    async newApplication(callId: string, cityCode = '440100', state: LifecycleState = 'submitted') {
      const organisation = await createOrganisation(t.database.db, { cityCode });
      return createApplication(t.database.db, { callId, organisationId: organisation.id, cityCode, state });
    },
    post,
    decide: (who: SignedIn, id: string, payload: object) => post(who.cookie, `/api/applications/${id}/city-decision`, payload),
    stateOf: async (id: string) => (await applicationsRepository.findById(t.database.db, id))?.state,
  };
}
