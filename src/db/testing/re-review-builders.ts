// 复核 (ADR 0016) test data: a certified (or rectifying, or under re-review) platform/base with the lifecycle facts a
// re-review reads — reReviewDueOn, rectificationEndsOn, consecutiveFailedReReviews — without driving the creation,
// acceptance and certification through the API. Every option can be overridden.
import type { LifecycleFacts } from '../../domain/lifecycle/context';
import type { LifecycleState } from '../../domain/lifecycle/states';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../client';
import type { ApplicationRow } from '../repositories/applications.repository';
import { buildApplicationContent, createApplication, createPublishedCall } from './application-builders';
import { createUser } from './builders';

export interface CertifiedObjectOptions {
  organisationId: string;
  callYear: number;
  cityCode?: string;
  state?: LifecycleState;
  /** The creation period's last day (the object's creation data start 2 years before). */
  creationPeriodEndsOn?: PlainDate;
  reReviewDueOn?: PlainDate | null;
  rectificationEndsOn?: PlainDate | null;
  consecutiveFailedReReviews?: number;
  facts?: Partial<LifecycleFacts>;
}

export async function createCertifiedObject(db: Db, options: CertifiedObjectOptions): Promise<ApplicationRow> {
  const { user } = await createUser(db, { role: 'province', passwordHash: 'not-used-for-sign-in' });
  const call = await createPublishedCall(db, user.id, { year: options.callYear });
  return createApplication(db, {
    callId: call.id,
    organisationId: options.organisationId,
    cityCode: options.cityCode ?? '440100',
    state: options.state ?? 'certified',
    facts: {
      creationPeriodEndsOn: options.creationPeriodEndsOn ?? '2027-12-31',
      reReviewDueOn: options.reReviewDueOn === undefined ? '2030-03-01' : options.reReviewDueOn,
      rectificationEndsOn: options.rectificationEndsOn ?? null,
      consecutiveFailedReReviews: options.consecutiveFailedReReviews ?? 0,
      ...options.facts,
    },
    content: buildApplicationContent(),
  });
}
