// F8 integration tests: one small programme across two cities and two calls, built with the builders, whose figures
// the tests know by hand (see the comments on each application).
import { createApplication, buildApplicationContent, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation, createUser } from '../../db/testing/builders';
import { insertIndicatorStanding, insertStatePath } from '../../db/testing/oversight-builders';
import type { Db } from '../../db/client';

const TO_CREATING = ['draft', 'submitted', 'recommended', 'shortlisted', 'creation_publicity', 'creating'];
const TO_CERTIFIED = [...TO_CREATING, 'acceptance_submitted', 'acceptance_review', 'certification_shortlisted', 'certification_publicity', 'certified'];

export interface OversightFixture {
  ids: Record<'gzCreating' | 'gzCertified' | 'szBase' | 'szSubmitted' | 'gzRejected' | 'gzDraft', string>;
}

export async function seedOversightFixture(db: Db): Promise<OversightFixture> {
  const { user } = await createUser(db, { role: 'province', passwordHash: 'not-used-for-sign-in' });
  const call2025 = await createPublishedCall(db, user.id, { year: 2025 });
  // The city review of 2026 is due 2026-11-28 (the test clock's today): on time today, overdue from the 29th.
  const call2026 = await createPublishedCall(db, user.id, { year: 2026, cityReviewDeadline: '2026-11-28' });
  const gz = await createOrganisation(db, { cityCode: '440100' });
  const sz = await createOrganisation(db, { cityCode: '440300' });
  const app = async (callId: string, organisationId: string, cityCode: string, state: Parameters<typeof createApplication>[1]['state'], name: string, content = {}) =>
    (await createApplication(db, { callId, organisationId, cityCode, state, content: buildApplicationContent({ name, ...content }) })).id;

  // 2025, 广州, comprehensive platform, creating: standing with one indicator met, one missed, one for the experts.
  const gzCreating = await app(call2025.id, gz.id, '440100', 'creating', '乙广州综合平台');
  await insertStatePath(db, gzCreating, TO_CREATING);
  await insertIndicatorStanding(db, gzCreating, {
    indicators: [
      { code: 'platform.servedEnterprises', isCertificationMet: true, isCreationMet: true },
      { code: 'platform.satisfaction', isCertificationMet: false, isCreationMet: true },
      { code: 'platform.digitalBase', isCertificationMet: null, isCreationMet: null },
    ],
  });
  // 2025, 广州, professional platform, certified: every indicator met.
  const gzCertified = await app(call2025.id, gz.id, '440100', 'certified', '甲广州专业平台', { platformKind: 'professional' });
  await insertStatePath(db, gzCertified, TO_CERTIFIED);
  await insertIndicatorStanding(db, gzCertified, { indicators: [{ code: 'platform.servedEnterprises', isCertificationMet: true, isCreationMet: true }] });
  // 2025, 深圳, base, creating: no standing yet (pending).
  const szBase = await app(call2025.id, sz.id, '440300', 'creating', '深圳基地', { carrier: 'base' });
  await insertStatePath(db, szBase, TO_CREATING);
  // 2026, 深圳, submitted: awaiting the city's review (due 2026-11-28).
  const szSubmitted = await app(call2026.id, sz.id, '440300', 'submitted', '深圳待初审平台');
  await insertStatePath(db, szSubmitted, ['draft', 'submitted']);
  // 2026, 广州, not recommended by the city.
  const gzRejected = await app(call2026.id, gz.id, '440100', 'city_rejected', '广州未推荐平台');
  await insertStatePath(db, gzRejected, ['draft', 'submitted', 'city_rejected']);
  // A draft never submitted is the applicant's alone: in no figure.
  const gzDraft = await app(call2026.id, gz.id, '440100', 'draft', '广州草稿平台');
  return { ids: { gzCreating, gzCertified, szBase, szSubmitted, gzRejected, gzDraft } };
}
