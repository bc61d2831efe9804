// Art. 7(2) "省工业和信息化厅对申报材料进行审核，按程序择优确定拟创建对象": only an application the city recommended,
// whose latest formal check (形式审查) passed and that at least one expert has reviewed (专家评审: the notice says
// "经…形式审查和专家评审") may be shortlisted. Expert scores inform the choice but do not decide it, so no score
// threshold is applied here — only that a review exists.
import { stateLabel } from '../lifecycle/states';

export interface ShortlistCandidate {
  state: string;
  isInCall: boolean;
  /** The latest formal check: null when none yet. */
  formalCheckPassed: boolean | null;
  /** Expert reviews submitted with scores (a conflicted or unsubmitted assignment does not count). */
  submittedExpertReviews: number;
}

/** null when the application may be shortlisted, otherwise why not (Chinese). */
export function shortlistProblem(candidate: ShortlistCandidate): string | null {
  if (!candidate.isInCall) return '不属于本年度通知';
  if (candidate.state !== 'recommended') return `当前状态为“${stateLabel(candidate.state)}”，不能确定为拟创建对象`;
  if (candidate.formalCheckPassed === null) return '尚未进行形式审查';
  if (!candidate.formalCheckPassed) return '形式审查未通过';
  if (candidate.submittedExpertReviews < 1) return '尚无专家提交评分';
  return null;
}
