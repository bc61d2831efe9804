// An acceptance review under way (F5 item 1), for the tests of the experts' opinions: a creation object in
// `acceptance_review` whose period ran 2024-11-01 … 2026-11-01, the operator's submission, and the snapshot the
// province froze when it started the review — a real F4 dashboard of a 广州 comprehensive platform computed by the
// engine, in which 服务便利性 (platform.convenience) and the other rules the attachment leaves to experts are
// passed: null (four of them: digitalBase, convenience, operations, interconnection); 服务覆盖面 fails certification.
import { eq } from 'drizzle-orm';
import type { AcceptanceSnapshot, GoalReport } from '../schema/acceptance';
import { acceptanceReviews } from '../schema/index';
import { creationPeriod } from '../../domain/creation-data/creation-period';
import { buildIndicatorDashboard } from '../../domain/creation-data/indicator-dashboard';
import { CURRENT_STANDARD_SET } from '../../domain/standards/standard-sets';
import type { Db } from '../client';
import type { ApplicationRow } from '../repositories/applications.repository';
import type { AcceptanceReviewRow } from '../repositories/acceptance-opinions.repository';
import { createCreationObject } from './creation-builders';

export const ACCEPTANCE_PERIOD_STARTS_ON = '2024-11-01';
export const ACCEPTANCE_PERIOD_ENDS_ON = '2026-11-01';

/** The snapshot as start_acceptance_review freezes it: the whole period (window 0) against both stages. */
export function buildAcceptanceSnapshot(takenOn = '2026-11-05'): AcceptanceSnapshot {
  const period = creationPeriod({ creationPeriodEndsOn: ACCEPTANCE_PERIOD_ENDS_ON, isExtended: false });
  if (!period) throw new Error('no creation period');
  const dashboard = buildIndicatorDashboard({
    set: CURRENT_STANDARD_SET,
    subject: {
      carrier: 'platform',
      platformKind: 'comprehensive',
      region: '440100',
      facts: {
        servedEnterprises: 3200,
        coveredDivisions: ['440103', '440104', '440105', '440106', '440111'],
        satisfiedAnswers: 92,
        totalAnswers: 100,
        eventParticipants: [20, 18, 30, 16, 25, 15, 17, 22, 19, 21],
        serviceContents: CURRENT_STANDARD_SET.serviceItems.comprehensive.slice(0, 6),
        resourceCount: 160,
        hasPcEntry: true,
        hasMobileEntry: true,
        registrationMinutes: 6,
      },
    },
    window: period.whole,
    notes: [`服务资源池、服务入口和资源库按${period.whole.endsOn}的状态统计`],
  });
  return {
    standardVersion: dashboard.standardVersion,
    takenOn,
    window: { startsOn: period.whole.startsOn, endsOn: period.whole.endsOn, label: period.whole.label },
    dashboard: { ...dashboard, windows: [period.whole, ...period.years], asOf: period.whole.endsOn, carrier: 'platform' } as unknown as Record<string, unknown>,
  };
}

export interface CreateAcceptanceReviewOptions {
  organisationId: string;
  /** The platform's name; a random one by default. */
  name?: string;
  cityCode?: string;
  callYear?: number;
  /** Who started the review (a province user); optional. */
  startedBy?: string | null;
  evidenceFileIds?: string[];
  goalReports?: GoalReport[];
  outcome?: 'passed' | 'failed';
}

/** A creation object in acceptance_review with its first attempt started (snapshot frozen). */
export async function createAcceptanceUnderReview(db: Db, options: CreateAcceptanceReviewOptions): Promise<{ application: ApplicationRow; review: AcceptanceReviewRow }> {
  const application = await createCreationObject(db, {
    organisationId: options.organisationId,
    cityCode: options.cityCode ?? '440100',
    startsOn: ACCEPTANCE_PERIOD_STARTS_ON,
    callYear: options.callYear ?? 2023,
    state: 'acceptance_review',
    ...(options.name ? { content: { name: options.name } } : {}),
  });
  const at = new Date('2026-11-05T02:00:00Z');
  const [review] = await db
    .insert(acceptanceReviews)
    .values({
      applicationId: application.id,
      attempt: 1,
      summary: '两年来平台累计服务中小企业3200家，建成线上服务大厅和小程序，开展线下专题活动10场。',
      goalReports: options.goalReports ?? [
        { goalIndex: 0, achieved: '2025年服务1650家，2026年服务1720家。' },
        { goalIndex: 1, achieved: '两年满意度调查分别为91%和92%。' },
      ],
      evidenceFileIds: options.evidenceFileIds ?? [],
      submittedAt: new Date('2026-11-01T02:00:00Z'),
      startedBy: options.startedBy ?? null,
      startedAt: at,
      snapshot: buildAcceptanceSnapshot(),
      outcome: options.outcome ?? null,
      outcomeReason: options.outcome ? '专家意见一致' : null,
      decidedAt: options.outcome ? at : null,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  if (!review) throw new Error('acceptance review insert returned nothing');
  return { application, review };
}

/** Records an outcome directly, as the province's decision would (the decision itself is acceptance.repository's). */
export async function setAcceptanceOutcome(db: Db, reviewId: string, outcome: 'passed' | 'failed', at = new Date('2026-11-28T02:00:00Z')): Promise<void> {
  await db.update(acceptanceReviews).set({ outcome, outcomeReason: '专家意见一致', decidedAt: at, updatedAt: at }).where(eq(acceptanceReviews.id, reviewId));
}
