// 拟认定对象 for the certification tests and journey (Art. 7(4)): creation objects of one call whose acceptance
// passed (certification_shortlisted), each with its own operating organisation, written straight into the database.
import type { LifecycleState } from '../../domain/lifecycle/states';
import type { Db } from '../client';
import type { ApplicationRow } from '../repositories/applications.repository';
import { buildApplicationContent, createApplication, createPublishedCall } from './application-builders';
import { createOrganisation, createUser } from './builders';

export interface ShortlistedObject {
  cityCode: string;
  carrier?: 'platform' | 'base';
  name?: string;
  organisationName?: string;
}

export interface CertificationShortlist {
  callId: string;
  applications: ApplicationRow[];
}

/** A published call of `callYear` (free in the database) and one application per object, in `state`. */
export async function createCertificationShortlist(db: Db, callYear: number, objects: readonly ShortlistedObject[], state: LifecycleState = 'certification_shortlisted'): Promise<CertificationShortlist> {
  const { user } = await createUser(db, { role: 'province', passwordHash: 'not-used-for-sign-in' });
  const call = await createPublishedCall(db, user.id, { year: callYear });
  const applications: ApplicationRow[] = [];
  for (const object of objects) {
    const organisation = await createOrganisation(db, { cityCode: object.cityCode, ...(object.organisationName ? { name: object.organisationName } : {}) });
    const content = buildApplicationContent({ carrier: object.carrier ?? 'platform', region: object.cityCode, ...(object.name ? { name: object.name } : {}) });
    applications.push(
      await createApplication(db, { callId: call.id, organisationId: organisation.id, cityCode: object.cityCode, state, content, facts: { creationPeriodEndsOn: `${callYear + 3}-01-05` } }),
    );
  }
  return { callId: call.id, applications };
}
