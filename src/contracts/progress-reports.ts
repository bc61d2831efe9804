// 半年进展报告 (F4 item 5; Art. 13): the operator reports each half year of the creation period, the city comments.
// The reporting rule (when a half year may and must be reported) is in src/domain/creation-data/progress-periods.ts.
import { z } from 'zod';
import type { HalfYearStatus } from '../domain/creation-data/progress-periods';
import { zText, zUuid } from './fields';

export const NARRATIVE_MAX_LENGTH = 5000;
export const GOAL_PROGRESS_MAX_LENGTH = 1000;
export const CITY_COMMENT_MAX_LENGTH = 2000;

export const zProgressReportsParams = z.strictObject({ id: zUuid('创建对象编号') });
export const zProgressReportParams = z.strictObject({ id: zUuid('创建对象编号'), reportId: zUuid('报告编号') });

export const zSubmitProgressReport = z.strictObject({
  halfYear: z.number({ error: '请选择报告期（第几个半年）' }).int({ message: '报告期应为整数' }).min(1, { message: '报告期最小为1' }).max(6, { message: '报告期最大为6' }),
  narrative: zText('工作进展情况', 1, NARRATIVE_MAX_LENGTH),
  goalProgress: z
    .array(
      z.strictObject({
        indicatorCode: z.string({ error: '请注明对应的指标' }).trim().min(1, { message: '请注明对应的指标' }).max(100, { message: '指标编号过长' }),
        progress: zText('目标进展', 1, GOAL_PROGRESS_MAX_LENGTH),
      }),
      { error: '请逐项填写创建目标的进展' },
    )
    .max(50, { message: '创建目标进展最多50项' }),
});
export type SubmitProgressReportRequest = z.infer<typeof zSubmitProgressReport>;

export const zCityComment = z.strictObject({ comment: zText('地市意见', 1, CITY_COMMENT_MAX_LENGTH) });
export type CityCommentRequest = z.infer<typeof zCityComment>;

export interface PlanGoalView {
  indicatorCode: string;
  /** The indicator's name in the pinned standard set (二级指标), or the code when the set does not know it. */
  indicatorName: string;
  target: string;
}

export interface GoalProgressView extends PlanGoalView {
  progress: string;
}

export interface ProgressReportView {
  id: string;
  halfYear: number;
  periodStart: string;
  periodEnd: string;
  narrative: string;
  goalProgress: GoalProgressView[];
  submittedAt: string;
  submittedByName: string | null;
  /** Submitted after the due day. */
  isLate: boolean;
  cityComment: string | null;
  cityCommentedAt: string | null;
  cityCommentedByName: string | null;
}

export interface HalfYearView {
  index: number;
  label: string;
  startsOn: string;
  endsOn: string;
  dueOn: string;
  status: HalfYearStatus;
  statusLabel: string;
  report: ProgressReportView | null;
}

export interface ProgressReportList {
  halfYears: HalfYearView[];
  goals: PlanGoalView[];
}
