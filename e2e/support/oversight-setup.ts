// The programme the 统计看板 journeys look at (F8): two published calls (2024, 2025) and platforms and bases of 广州,
// 深圳 and 佛山 at every step — applied, recommended, shortlisted, creating, certified, exited — with the history rows
// their paths leave (the funnels count them) and the indicator standings the refresher would have written. Written
// straight into the journey's own database before its server starts (startSeededServer).
import type { Db } from '../../src/db/client';
import { buildApplicationContent, createApplication, createPublishedCall } from '../../src/db/testing/application-builders';
import { createOrganisation, createUser } from '../../src/db/testing/builders';
import { insertIndicatorStanding, insertStatePath } from '../../src/db/testing/oversight-builders';
import type { LifecycleState } from '../../src/domain/lifecycle/states';

const TO_CREATING = ['draft', 'submitted', 'recommended', 'shortlisted', 'creation_publicity', 'creating'] as const;
const TO_CERTIFIED = [...TO_CREATING, 'acceptance_submitted', 'acceptance_review', 'certification_shortlisted', 'certification_publicity', 'certified'] as const;
const PATHS: Partial<Record<LifecycleState, readonly string[]>> = {
  submitted: ['draft', 'submitted'],
  recommended: ['draft', 'submitted', 'recommended'],
  city_rejected: ['draft', 'submitted', 'city_rejected'],
  shortlisted: ['draft', 'submitted', 'recommended', 'shortlisted'],
  creating: TO_CREATING,
  exited: [...TO_CREATING, 'exited'],
  certified: TO_CERTIFIED,
};

export interface OversightObject {
  name: string;
  cityCode: string;
  carrier: 'platform' | 'base';
  platformKind: 'comprehensive' | 'professional' | null;
  year: 2024 | 2025;
  state: LifecycleState;
}

export const OVERSIGHT_OBJECTS: readonly OversightObject[] = [
  { name: '看板广州综合服务平台', cityCode: '440100', carrier: 'platform', platformKind: 'comprehensive', year: 2024, state: 'certified' },
  { name: '看板深圳专业服务平台', cityCode: '440300', carrier: 'platform', platformKind: 'professional', year: 2024, state: 'certified' },
  { name: '看板深圳创业创新基地', cityCode: '440300', carrier: 'base', platformKind: null, year: 2024, state: 'creating' },
  { name: '看板广州小微企业基地', cityCode: '440100', carrier: 'base', platformKind: null, year: 2024, state: 'exited' },
  { name: '看板佛山综合服务平台', cityCode: '440600', carrier: 'platform', platformKind: 'comprehensive', year: 2024, state: 'creating' },
  { name: '看板深圳综合服务平台', cityCode: '440300', carrier: 'platform', platformKind: 'comprehensive', year: 2025, state: 'recommended' },
  { name: '看板深圳数字化专业平台', cityCode: '440300', carrier: 'platform', platformKind: 'professional', year: 2025, state: 'shortlisted' },
  { name: '看板深圳科技企业基地', cityCode: '440300', carrier: 'base', platformKind: null, year: 2025, state: 'city_rejected' },
  { name: '看板广州融资服务平台', cityCode: '440100', carrier: 'platform', platformKind: 'professional', year: 2025, state: 'submitted' },
  { name: '看板广州智能制造平台', cityCode: '440100', carrier: 'platform', platformKind: 'comprehensive', year: 2025, state: 'shortlisted' },
];

const COUNTY: Record<string, string> = { '440100': '440106', '440300': '440305', '440600': '440604' };

export async function seedOversightProgramme(db: Db): Promise<{ ids: Record<string, string> }> {
  const { user } = await createUser(db, { role: 'province', passwordHash: 'not-used-for-sign-in' });
  const calls = { 2024: await createPublishedCall(db, user.id, { year: 2024 }), 2025: await createPublishedCall(db, user.id, { year: 2025 }) };
  const ids: Record<string, string> = {};
  for (const object of OVERSIGHT_OBJECTS) {
    const organisation = await createOrganisation(db, { cityCode: object.cityCode, countyCode: COUNTY[object.cityCode] });
    const application = await createApplication(db, {
      callId: calls[object.year].id,
      organisationId: organisation.id,
      cityCode: object.cityCode,
      state: object.state,
      content: buildApplicationContent({ name: object.name, carrier: object.carrier, platformKind: object.platformKind, region: object.cityCode }),
    });
    ids[object.name] = application.id;
    await insertStatePath(db, application.id, PATHS[object.state] ?? ['draft', object.state]);
    // The standings the refresher keeps for creation objects and certified platforms (F4 data): one meets the
    // certification rule, one does not yet.
    if (object.state === 'creating' || object.state === 'certified') {
      const isMet = object.cityCode !== '440600';
      const code = object.carrier === 'platform' ? 'platform.servedEnterprises' : 'base.residentSmes';
      await insertIndicatorStanding(db, application.id, { indicators: [{ code, isCertificationMet: isMet, isCreationMet: true }] });
    }
  }
  return { ids };
}
