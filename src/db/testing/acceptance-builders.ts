// Acceptance (评估验收, ADR 0015) test data: a creation object whose period ends on a given day (extended or not) and
// expert opinions on an acceptance review as the expert side would leave them — assigned, declared, submitted —
// without driving the assignment and the opinion through the API.
import { randomBytes } from 'node:crypto';
import { addCalendarYears } from '../../domain/calendar/day-arithmetic';
import type { LifecycleState } from '../../domain/lifecycle/states';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../client';
import type { ApplicationRow } from '../repositories/applications.repository';
import { acceptanceOpinions, experts, users } from '../schema/index';
import { buildApplicationContent, createApplication, createPublishedCall } from './application-builders';
import { createUser } from './builders';

export interface AcceptanceObjectOptions {
  organisationId: string;
  cityCode?: string;
  /** The creation period's last day (extension included when extended). */
  endsOn: PlainDate;
  isExtended?: boolean;
  state?: LifecycleState;
  callYear: number;
  carrier?: 'platform' | 'base';
}

export async function createAcceptanceObject(db: Db, options: AcceptanceObjectOptions): Promise<ApplicationRow> {
  const { user } = await createUser(db, { role: 'province', passwordHash: 'not-used-for-sign-in' });
  const call = await createPublishedCall(db, user.id, { year: options.callYear });
  return createApplication(db, {
    callId: call.id,
    organisationId: options.organisationId,
    cityCode: options.cityCode ?? '440100',
    state: options.state ?? 'creating',
    facts: { creationPeriodEndsOn: options.endsOn, isExtended: options.isExtended ?? false },
    content: buildApplicationContent(),
  });
}

/** The first day of a period ending on `endsOn` (2 years, 3 when extended), as the lifecycle counts it. */
export function periodStartOf(endsOn: PlainDate, isExtended = false): PlainDate {
  return addCalendarYears(endsOn, isExtended ? -3 : -2);
}

export interface OpinionOptions {
  expertName: string;
  declaration?: 'none' | 'conflicted' | null;
  /** Submitted with a conclusion (requires declaration 'none'). */
  conclusion?: 'pass' | 'fail' | null;
  at?: Date;
}

export async function addAcceptanceOpinion(db: Db, reviewId: string, options: OpinionOptions): Promise<string> {
  const at = options.at ?? new Date('2028-01-12T02:00:00Z');
  const tag = randomBytes(4).toString('hex');
  const [user] = await db.insert(users).values({ username: `accexpert${tag}`, displayName: options.expertName, passwordHash: 'x', mustChangePassword: false, isDisabled: false }).returning();
  if (!user) throw new Error('no user');
  const [expert] = await db
    .insert(experts)
    .values({ userId: user.id, name: options.expertName, field: '中小企业服务', employer: `某研究院${tag}`, cityCode: '440500', termStartsOn: '2026-01-01', termEndsOn: '2030-12-31' })
    .returning();
  if (!expert) throw new Error('no expert');
  const declaration = options.declaration ?? null;
  const isSubmitted = Boolean(options.conclusion) && declaration === 'none';
  const [opinion] = await db
    .insert(acceptanceOpinions)
    .values({
      acceptanceReviewId: reviewId,
      expertId: expert.id,
      declaration,
      declaredAt: declaration ? at : null,
      indicatorJudgements: isSubmitted ? [] : null,
      goalJudgements: isSubmitted ? [{ goalIndex: 0, achievement: 'met', comment: '已完成' }] : null,
      conclusion: isSubmitted ? (options.conclusion ?? null) : null,
      comment: isSubmitted ? `${options.expertName}：建议${options.conclusion === 'pass' ? '通过' : '不通过'}` : null,
      submittedAt: isSubmitted ? at : null,
      createdAt: at,
    })
    .returning();
  if (!opinion) throw new Error('no opinion');
  return opinion.id;
}
