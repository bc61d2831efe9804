// What a transition asks the use case to record besides the new state. Effects are data: the use case (F3/F5)
// stores them with the state and the audit record in one transaction and updates LifecycleFacts from them.
// Dates are computed here, from today and the facts, with calendar periods (calendar-periods.ts); the 公示
// window needs the working-day calendar, so publicity_opened only says when it was published.
import type { PlainDate } from '../shared/plain-date';
import { addCalendarMonths, addCalendarYears } from '../calendar/day-arithmetic';
import {
  CHANGE_REPORT_MONTHS,
  CREATION_PERIOD_YEARS,
  EXTENSION_YEARS,
  RE_REVIEW_INTERVAL_YEARS,
  RECTIFICATION_YEARS,
} from './calendar-periods';
import { reReviewStartedOf, type LifecycleContext } from './context';

export type PublicityStage = 'creation' | 'certification';

export type LifecycleEffect =
  | { kind: 'publicity_opened'; stage: PublicityStage; publishedOn: PlainDate }
  | { kind: 'publicity_closed'; stage: PublicityStage; outcome: 'confirmed' | 'objection_upheld' }
  | { kind: 'creation_period_started'; startsOn: PlainDate; endsOn: PlainDate }
  | { kind: 'creation_period_extended'; endsOn: PlainDate }
  | { kind: 're_review_started'; on: PlainDate }
  | { kind: 're_review_scheduled'; dueOn: PlainDate }
  | { kind: 're_review_recorded'; passed: boolean; consecutiveFailures: number }
  | { kind: 'rectification_started'; endsOn: PlainDate }
  | { kind: 'reason_recorded'; reason: string; isPublic: boolean }
  | { kind: 'change_reported'; changeOccurredOn: PlainDate; reportDueOn: PlainDate; isOverdue: boolean }
  | { kind: 'change_proposal_recorded'; proposal: 'retain' | 'revoke' }
  | { kind: 'change_decided'; decision: 'retain' | 'revoke' }
  | { kind: 'national_tier_set'; isNational: boolean };

// A guard of the row always runs first, so a missing fact here is a table bug, not a user error.
function known<T>(value: T | null | undefined, fact: string): T {
  if (value === null || value === undefined) throw new Error(`lifecycle table bug: ${fact} is required by this effect but no guard checked it`);
  return value;
}

const reasonOf = (context: LifecycleContext): string => known(context.reason, 'reason').trim();

export const EFFECTS = {
  openCreationPublicity: ({ today }) => ({ kind: 'publicity_opened', stage: 'creation', publishedOn: today }),
  confirmCreationPublicity: () => ({ kind: 'publicity_closed', stage: 'creation', outcome: 'confirmed' }),
  upholdCreationObjection: () => ({ kind: 'publicity_closed', stage: 'creation', outcome: 'objection_upheld' }),
  openCertificationPublicity: ({ today }) => ({ kind: 'publicity_opened', stage: 'certification', publishedOn: today }),
  confirmCertificationPublicity: () => ({ kind: 'publicity_closed', stage: 'certification', outcome: 'confirmed' }),
  upholdCertificationObjection: () => ({ kind: 'publicity_closed', stage: 'certification', outcome: 'objection_upheld' }),
  // Art. 7(2): 进入2年创建期, counted from the day the province confirms the creation object.
  startCreationPeriod: ({ today }) => ({
    kind: 'creation_period_started',
    startsOn: today,
    endsOn: addCalendarYears(today, CREATION_PERIOD_YEARS),
  }),
  // Art. 7(3): 允许延长1年创建期 — the period itself grows by a year, from its current last day.
  extendCreationPeriod: ({ creationPeriodEndsOn }) => ({
    kind: 'creation_period_extended',
    endsOn: addCalendarYears(known(creationPeriodEndsOn, 'creationPeriodEndsOn'), EXTENSION_YEARS),
  }),
  // Art. 10: the day a re-review round opens for the object; the next one is counted from it (scheduleReReview).
  recordReReviewStart: ({ today }) => ({ kind: 're_review_started', on: today }),
  // Art. 10: 每2年开展一次复核 — two years after certification, or after the day the passed re-review started, not the
  // day it was decided: counting from the decision would slip every cycle by the length of the process and leave the
  // months between opening and decision in no re-review window (ADR 0016).
  scheduleReReview: (context) => ({
    kind: 're_review_scheduled',
    dueOn: addCalendarYears(reReviewStartedOf(context) ?? context.today, RE_REVIEW_INTERVAL_YEARS),
  }),
  recordReReviewPassed: () => ({ kind: 're_review_recorded', passed: true, consecutiveFailures: 0 }),
  recordReReviewFailed: ({ consecutiveFailedReReviews }) => ({
    kind: 're_review_recorded',
    passed: false,
    consecutiveFailures: consecutiveFailedReReviews + 1,
  }),
  // Art. 10: 给予1年整改期.
  startRectification: ({ today }) => ({ kind: 'rectification_started', endsOn: addCalendarYears(today, RECTIFICATION_YEARS) }),
  /** Returns and rejections: the applicant is told why; nothing is published. */
  recordReason: (context) => ({ kind: 'reason_recorded', reason: reasonOf(context), isPublic: false }),
  /** Revocation, cancellation, upheld objections: the reason is published (Art. 12, DESIGN §5). */
  publishReason: (context) => ({ kind: 'reason_recorded', reason: reasonOf(context), isPublic: true }),
  // Art. 11: 应在3个月内报告; a late report is still taken, and flagged.
  recordChangeReport: ({ changeOccurredOn, today }) => {
    const occurredOn = known(changeOccurredOn, 'changeOccurredOn');
    const reportDueOn = addCalendarMonths(occurredOn, CHANGE_REPORT_MONTHS);
    return { kind: 'change_reported', changeOccurredOn: occurredOn, reportDueOn, isOverdue: today > reportDueOn };
  },
  recordRetentionProposal: () => ({ kind: 'change_proposal_recorded', proposal: 'retain' }),
  recordRevocationProposal: () => ({ kind: 'change_proposal_recorded', proposal: 'revoke' }),
  decideRetention: () => ({ kind: 'change_decided', decision: 'retain' }),
  decideRevocation: () => ({ kind: 'change_decided', decision: 'revoke' }),
  markNational: () => ({ kind: 'national_tier_set', isNational: true }),
  unmarkNational: () => ({ kind: 'national_tier_set', isNational: false }),
} as const satisfies Record<string, (context: LifecycleContext) => LifecycleEffect>;

export type EffectName = keyof typeof EFFECTS;
