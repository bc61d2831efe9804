// A creation object (创建对象) ready for creation-period data (F4): a published call and an application of the
// organisation already in `creating`, its period ending two years after `startsOn`.
import type { ApplicationContent } from '../../domain/applications/application-content';
import { addCalendarYears } from '../../domain/calendar/day-arithmetic';
import type { LifecycleState } from '../../domain/lifecycle/states';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../client';
import type { ApplicationRow } from '../repositories/applications.repository';
import { buildApplicationContent, createApplication, createPublishedCall } from './application-builders';
import { createUser } from './builders';

export interface CreateCreationObjectOptions {
  organisationId: string;
  cityCode?: string;
  /** First day of the creation period (the confirmation day). */
  startsOn?: PlainDate;
  content?: Partial<ApplicationContent>;
  state?: LifecycleState;
  /** Call year; tests that create several creation objects in one database give each its own. */
  callYear?: number;
}

export async function createCreationObject(db: Db, options: CreateCreationObjectOptions): Promise<ApplicationRow> {
  const startsOn = options.startsOn ?? '2026-01-05';
  const callYear = options.callYear ?? Number(startsOn.slice(0, 4)) - 1;
  const { user } = await createUser(db, { role: 'province', passwordHash: 'not-used-for-sign-in' });
  const call = await createPublishedCall(db, user.id, { year: callYear });
  return createApplication(db, {
    callId: call.id,
    organisationId: options.organisationId,
    cityCode: options.cityCode ?? '440100',
    state: options.state ?? 'creating',
    facts: { creationPeriodEndsOn: addCalendarYears(startsOn, 2) },
    content: buildApplicationContent(options.content),
  });
}
