// The facts a transition may look at. Use cases (F3/F5) load them with the application and pass them in; the
// table never reads a clock or a database. Each fact is here because a guard or an effect of transitions.ts
// needs it, and for no other reason.
import type { PlainDate } from '../shared/plain-date';

/** Facts stored with the application and kept up to date from the effects of earlier transitions. */
export interface LifecycleFacts {
  /** Last working day of the 公示 now open (inclusive, DESIGN §3); null before one is published. Art. 7(2)(4). */
  publicityEndsOn: PlainDate | null;
  /**
   * The 公示 (publicity_notices.id) the entry is under now; null when none is open. An object may be listed on a
   * second 拟认定公示 after an upheld objection (Art. 7(4), ADR 0015): only objections to and the 认定公告 of this
   * notice may move it. Stored facts written before this field existed lack it; read with currentNoticeOf.
   */
  publicityNoticeId: string | null;
  /** Objections to the open 公示 not yet found true or untrue (异议). Art. 7(2)(4): 公示无异议或异议不属实的. */
  unresolvedObjections: number;
  /** Last day of the creation period, extension included (calendar-periods.ts); null before creation. Art. 7(2)(3). */
  creationPeriodEndsOn: PlainDate | null;
  /** The creation period was extended once after a failed acceptance. Art. 7(3): 再次验收未通过的退出. */
  isExtended: boolean;
  /**
   * The day the next biennial re-review falls due (2 years after certification, or after the day the last passed
   * re-review started); null when none is scheduled. Art. 10: 每2年开展一次. Stored facts from before this field
   * existed lack it (reReviewDueOf).
   */
  reReviewDueOn?: PlainDate | null;
  /**
   * The day the latest re-review started (start_re_review, the round's opening); null before the first. A passed
   * re-review schedules the next one from this day, so the cadence does not drift (Art. 10). Stored facts from
   * before this field existed lack it (reReviewStartedOf).
   */
  reReviewStartedOn?: PlainDate | null;
  /** Failed re-reviews since the last passed one. Art. 10: 连续两年未通过复核的取消认定命名. */
  consecutiveFailedReReviews: number;
  /** Last day of the 1-year rectification period; null when not rectifying. Art. 10. */
  rectificationEndsOn: PlainDate | null;
  /** Marked as a national demonstration platform (base) after MIIT certification. Art. 9. */
  isNational: boolean;
  /** Change reports the city has not yet reviewed. Art. 11. */
  changeReportsAwaitingCity: number;
  /** Change reports with the city's retain/revoke proposal, awaiting the province. Art. 11. */
  changeReportsAwaitingProvince: number;
}

/** What the person acting supplies with the act itself. */
export interface LifecycleInput {
  /** Today in Asia/Shanghai (DESIGN §3). */
  today: PlainDate;
  /** Why: required for returns, rejections, upheld objections and revocations (published for Art. 12, DESIGN §5). */
  reason?: string | null;
  /** For report_change: the day the rename, merger or reorganisation took effect. Art. 11. */
  changeOccurredOn?: PlainDate | null;
}

export type LifecycleContext = LifecycleFacts & LifecycleInput;

/** The facts of a new draft. */
export const NEW_APPLICATION_FACTS: LifecycleFacts = {
  publicityEndsOn: null,
  publicityNoticeId: null,
  unresolvedObjections: 0,
  creationPeriodEndsOn: null,
  isExtended: false,
  reReviewDueOn: null,
  reReviewStartedOn: null,
  consecutiveFailedReReviews: 0,
  rectificationEndsOn: null,
  isNational: false,
  changeReportsAwaitingCity: 0,
  changeReportsAwaitingProvince: 0,
};

/** The notice the entry is under now, or null (also for stored facts from before publicityNoticeId existed). */
export const currentNoticeOf = (facts: LifecycleFacts): string | null => facts.publicityNoticeId ?? null;

/** The day the next re-review falls due, or null (also for stored facts from before reReviewDueOn existed). */
export const reReviewDueOf = (facts: LifecycleFacts): PlainDate | null => facts.reReviewDueOn ?? null;

/** The day the latest re-review started, or null (also for stored facts from before reReviewStartedOn existed). */
export const reReviewStartedOf = (facts: LifecycleFacts): PlainDate | null => facts.reReviewStartedOn ?? null;
