// When an application may be submitted (Art. 7(1)): from the call's opening day through its closing day, both
// days included, Asia/Shanghai. A resubmission after the city returned the application for revision is allowed
// after the window closes, until the end of the city's review deadline (初审截止日): the city asked for the
// correction, and the applicant must be able to answer it while the city can still review (our choice; the
// measures set no separate deadline for corrections).
import { chineseDate, type PlainDate } from '../shared/plain-date';

export interface SubmissionCall {
  opensOn: PlainDate;
  closesOn: PlainDate;
  cityReviewDeadline: PlainDate;
}

/** The last day a (re)submission is accepted. */
export function submissionDeadline(call: SubmissionCall, isResubmission: boolean): PlainDate {
  return isResubmission ? call.cityReviewDeadline : call.closesOn;
}

/** Why a submission on `today` is refused, or null when it is accepted. */
export function submissionWindowProblem(call: SubmissionCall, today: PlainDate, isResubmission: boolean): string | null {
  if (!isResubmission && today < call.opensOn) return `申报将于${chineseDate(call.opensOn)}0时开始，请届时提交`;
  if (today > submissionDeadline(call, isResubmission)) {
    return isResubmission
      ? `退回修改后的重新提交已于${chineseDate(call.cityReviewDeadline)}24时（地市初审截止）截止`
      : `申报已于${chineseDate(call.closesOn)}24时截止`;
  }
  return null;
}

/**
 * Why the city can no longer return an application for revision on `today`, or null. A return is only worth
 * making while the applicant may still resubmit (submissionDeadline of a resubmission, the 初审截止日): after it
 * the application would wait for a correction that can never come, so the city recommends or rejects instead.
 */
export function returnForRevisionProblem(call: SubmissionCall, today: PlainDate): string | null {
  if (today <= submissionDeadline(call, true)) return null;
  return `初审已于${chineseDate(call.cityReviewDeadline)}24时截止，申报单位已不能重新提交，不能再退回修改，请作出推荐或不予推荐的决定`;
}
