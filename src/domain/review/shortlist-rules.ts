// Art. 7(2) "省工业和信息化厅对申报材料进行审核，按程序择优确定拟创建对象": only an application the city recommended
// and whose latest formal check (形式审查) passed may be shortlisted. Expert scores inform the choice but do not
// decide it, so no score threshold is applied here.
import { STATE_INFO, isLifecycleState } from '../lifecycle/states';

export interface ShortlistCandidate {
  state: string;
  isInCall: boolean;
  /** The latest formal check: null when none yet. */
  formalCheckPassed: boolean | null;
}

/** null when the application may be shortlisted, otherwise why not (Chinese). */
export function shortlistProblem(candidate: ShortlistCandidate): string | null {
  if (!candidate.isInCall) return '不属于本年度通知';
  if (candidate.state !== 'recommended') {
    const label = isLifecycleState(candidate.state) ? STATE_INFO[candidate.state].label : candidate.state;
    return `当前状态为“${label}”，不能确定为拟创建对象`;
  }
  if (candidate.formalCheckPassed === null) return '尚未进行形式审查';
  if (!candidate.formalCheckPassed) return '形式审查未通过';
  return null;
}
