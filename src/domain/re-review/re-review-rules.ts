// 复核 (Art. 10: 每2年开展一次运行和服务情况复核，复核不达标的给予1年整改期，连续两年未通过复核的取消认定命名; ADR 0016).
// Pure rules of a re-review: which objects a round opening on a day takes in, the data window it judges, its status,
// when the city may assess and the province may decide, and what a fail does. No clock: `today` is passed in.
import { addCalendarYears, addDays } from '../calendar/day-arithmetic';
import { reReviewDueOf, type LifecycleFacts } from '../lifecycle/context';
import type { PlainDate } from '../shared/plain-date';

export const RE_REVIEW_WINDOW_YEARS = 2;

export type ReReviewStatus = 'reporting' | 'submitted' | 'assessed' | 'passed' | 'failed' | 'ended';

export interface DueForReReview {
  /** reReviewDueOn for a certified object; the day after the rectification year for a rectifying one. */
  dueOn: PlainDate;
  isAfterRectification: boolean;
}

/**
 * Whether a round opening on `opensOn` takes the object in (ADR 0016): a certified object whose re-review has fallen
 * due by then (reReviewDueOn ≤ opensOn, guard reReviewDue), or a rectifying object whose year is over before then
 * (rectificationEndsOn < opensOn, guard rectificationOver: the last day of the year is still rectification).
 */
export function dueForReReview(state: string, facts: LifecycleFacts, opensOn: PlainDate): DueForReReview | null {
  if (state === 'certified') {
    const dueOn = reReviewDueOf(facts);
    return dueOn !== null && dueOn <= opensOn ? { dueOn, isAfterRectification: false } : null;
  }
  if (state === 'rectifying') {
    const endsOn = facts.rectificationEndsOn;
    return endsOn !== null && endsOn < opensOn ? { dueOn: addDays(endsOn, 1), isAfterRectification: true } : null;
  }
  return null;
}

export interface ReReviewWindow {
  startsOn: PlainDate;
  endsOn: PlainDate;
  label: string;
}

/**
 * The day the failed re-review was decided, from the end of the rectification year it started. startRectification
 * (lifecycle/effects.ts) sets endsOn = addCalendarYears(decidedOn, 1), which is one-to-one except that 28 and 29
 * February of a leap year both end on 28 February: callers pass the decision day they recorded when they have it.
 */
export function failedDecisionDayOf(rectificationEndsOn: PlainDate): PlainDate {
  return addCalendarYears(rectificationEndsOn, -1);
}

/** How the window is named in the frozen snapshot and on the page; the one place this text is written. */
export function reReviewWindowLabel(isAfterRectification: boolean): string {
  return isAfterRectification ? '整改期' : '复核期（开始日期前两年）';
}

/**
 * What the re-review judges (ADR 0016): the two years before the round opened, [opensOn − 2 years, opensOn − 1 day];
 * after rectification the rectification year itself, from the day after the failed decision to its last day.
 */
export function reReviewWindow(
  opensOn: PlainDate,
  rectification: { endsOn: PlainDate; failedOn?: PlainDate | null } | null,
): ReReviewWindow {
  if (rectification) {
    const failedOn = rectification.failedOn ?? failedDecisionDayOf(rectification.endsOn);
    return { startsOn: addDays(failedOn, 1), endsOn: rectification.endsOn, label: reReviewWindowLabel(true) };
  }
  return { startsOn: addCalendarYears(opensOn, -RE_REVIEW_WINDOW_YEARS), endsOn: addDays(opensOn, -1), label: reReviewWindowLabel(false) };
}

export interface ReReviewProgress {
  submittedAt: Date | null;
  assessedAt: Date | null;
  outcome: string | null;
}

export function reReviewStatusOf(row: ReReviewProgress): ReReviewStatus {
  if (row.outcome === 'passed' || row.outcome === 'failed') return row.outcome;
  if (row.assessedAt) return 'assessed';
  return row.submittedAt ? 'submitted' : 'reporting';
}

/**
 * The status as people see it: a re-review is 'ended' when its object left re_review without a decision — revoked
 * during the re-review under Art. 12 (失信、弄虚作假) or Art. 11 (revoke_after_change). Nobody can report, assess or
 * decide it any more, so it must not be counted or listed as still waiting for anyone.
 */
export function reReviewStatusIn(row: ReReviewProgress, objectState: string): ReReviewStatus {
  const status = reReviewStatusOf(row);
  if (status === 'passed' || status === 'failed') return status;
  return objectState === 're_review' ? status : 'ended';
}

export interface RoundDeadlines {
  reportDueOn: PlainDate;
  cityDueOn: PlainDate;
}

/** The operator writes and submits until the city has assessed (late submissions are accepted and marked). */
export function canReport(row: ReReviewProgress): boolean {
  return row.submittedAt === null && row.assessedAt === null && row.outcome === null;
}

/** Submitted after the report's last day (inclusive). */
export function isLateSubmission(submittedOn: PlainDate | null, round: RoundDeadlines): boolean {
  return submittedOn !== null && submittedOn > round.reportDueOn;
}

/**
 * Why the city cannot assess now, or null when it can: once, after the submission, or without one after reportDueOn
 * (ADR 0016). Reasons are in Chinese because people read them.
 */
export function assessBlockedReason(row: ReReviewProgress, round: RoundDeadlines, today: PlainDate): string | null {
  if (row.outcome !== null) return '复核已作出结论';
  if (row.assessedAt !== null) return '地市已作出评估';
  if (row.submittedAt !== null || today > round.reportDueOn) return null;
  return `待运营主体提交运行和服务情况报告，截止${round.reportDueOn}（含当日）；逾期未提交的，次日起可直接评估`;
}

/**
 * Why the province cannot decide now, or null when it can: once, after the city's assessment, or without one after
 * cityDueOn (ADR 0016).
 */
export function decideBlockedReason(row: ReReviewProgress, round: RoundDeadlines, today: PlainDate): string | null {
  if (row.outcome !== null) return '复核已作出结论';
  if (row.assessedAt !== null || today > round.cityDueOn) return null;
  return `待地市评估，截止${round.cityDueOn}（含当日）`;
}

/** What a fail does now: the lifecycle picks by consecutiveFailedReReviews (fail_re_review rows, transitions.ts). */
export function failureConsequenceOf(consecutiveFailedReReviews: number): 'rectification' | 'revocation' {
  return consecutiveFailedReReviews > 0 ? 'revocation' : 'rectification';
}
