// 验收专家意见 (F5 item 1; Art. 7(3): 对照认定标准和创建方案目标任务). ADR 0015.
//   POST /api/acceptance-reviews/:reviewId/experts                 {expertIds} → AssignedAcceptanceExperts (province)
//   GET  /api/my-acceptance-reviews                                → MyAcceptanceReviewList (expert)
//   GET  /api/my-acceptance-reviews/:opinionId                     → MyAcceptanceReviewView (the case after 'none' only)
//   POST /api/my-acceptance-reviews/:opinionId/declaration         {declaration, note} → {id, declaration} (once)
//   POST /api/my-acceptance-reviews/:opinionId/opinion             AcceptanceOpinionRequest → MyAcceptanceReviewView (once)
//   GET  /api/my-acceptance-reviews/:opinionId/evidence/:fileId    → the file (after 'none' only)
import { z } from 'zod';
import type { AcceptanceEvidence, AcceptanceSnapshotView, GoalReportView } from './acceptance';
import type { IndicatorToJudge } from '../domain/acceptance/opinion-rules';
import type { AcceptanceExclusionReason } from '../domain/acceptance/acceptance-experts';
import { zText, zUuid } from './fields';
export { zDeclarationRequest as zAcceptanceDeclarationRequest, type DeclarationRequest as AcceptanceDeclarationRequest } from './experts';

/** ADR 0015 API table: the province names 1 to 15 experts at a time. */
export const MAX_ASSIGNED_EXPERTS = 15;
export const OPINION_COMMENT_MAX_LENGTH = 5000;
export const JUDGEMENT_COMMENT_MAX_LENGTH = 2000;

export const zAcceptanceReviewParams = z.strictObject({ reviewId: zUuid('验收编号') });
export const zMyAcceptanceReviewParams = z.strictObject({ opinionId: zUuid('验收评审任务编号') });
export const zMyAcceptanceEvidenceParams = z.strictObject({ opinionId: zUuid('验收评审任务编号'), fileId: zUuid('文件编号') });

export const zAssignAcceptanceExperts = z.strictObject({
  expertIds: z
    .array(zUuid('专家编号'), { error: '请选择验收专家' })
    .min(1, { message: '请至少选择1名验收专家' })
    .max(MAX_ASSIGNED_EXPERTS, { message: `一次最多指派${MAX_ASSIGNED_EXPERTS}名验收专家` })
    .refine((ids) => new Set(ids).size === ids.length, { message: '同一专家不能重复选择' }),
});
export type AssignAcceptanceExpertsRequest = z.infer<typeof zAssignAcceptanceExperts>;

export const GOAL_ACHIEVEMENTS = ['met', 'partly', 'not_met'] as const;
export type GoalAchievement = (typeof GOAL_ACHIEVEMENTS)[number];
export const GOAL_ACHIEVEMENT_LABELS: Record<GoalAchievement, string> = { met: '已完成', partly: '部分完成', not_met: '未完成' };
export const OPINION_CONCLUSIONS = ['pass', 'fail'] as const;
export type OpinionConclusion = (typeof OPINION_CONCLUSIONS)[number];
export const OPINION_CONCLUSION_LABELS: Record<OpinionConclusion, string> = { pass: '通过', fail: '不通过' };

const zJudgementComment = z
  .string({ error: '意见应为文本' })
  .trim()
  .max(JUDGEMENT_COMMENT_MAX_LENGTH, { message: `意见不能超过${JUDGEMENT_COMMENT_MAX_LENGTH}个字` })
  .default('');

// Which indicators and goals must be judged is checked against the snapshot and the plan (opinion-rules.ts).
export const zAcceptanceOpinionRequest = z.strictObject({
  indicatorJudgements: z
    .array(
      z.strictObject({
        code: z.string({ error: '请注明指标' }).min(1, { message: '请注明指标' }).max(100, { message: '指标代码不正确' }),
        isMet: z.boolean({ error: '请选择该指标是否达到认定标准' }),
        comment: zJudgementComment,
      }),
      { error: '请逐项评判需专家评审的指标' },
    )
    .max(100, { message: '指标评判最多100项' }),
  goalJudgements: z
    .array(
      z.strictObject({
        goalIndex: z.number({ error: '请注明创建目标' }).int({ message: '创建目标序号应为整数' }).min(0, { message: '创建目标序号不正确' }).max(49, { message: '创建目标序号不正确' }),
        achievement: z.enum(GOAL_ACHIEVEMENTS, { error: '请选择目标完成情况：已完成、部分完成或未完成' }),
        comment: zJudgementComment,
      }),
      { error: '请逐项评判创建目标完成情况' },
    )
    .max(50, { message: '创建目标评判最多50项' }),
  conclusion: z.enum(OPINION_CONCLUSIONS, { error: '请选择验收结论：通过或不通过' }),
  comment: zText('总体意见', 1, OPINION_COMMENT_MAX_LENGTH),
});
export type AcceptanceOpinionRequest = z.infer<typeof zAcceptanceOpinionRequest>;

export interface AssignedAcceptanceExpert {
  /** The opinion (assignment) id. */
  id: string;
  expertId: string;
  expertName: string;
  declaration: 'none' | 'conflicted' | null;
  conclusion: OpinionConclusion | null;
  submittedAt: string | null;
}

/** Every assignment of the review after the change, experts by name. */
export interface AssignedAcceptanceExperts {
  opinions: AssignedAcceptanceExpert[];
}

/** details of a 422 NOT_ELIGIBLE refusal: each refused expert and why. */
export interface IneligibleAcceptanceExpert {
  expertId: string;
  name: string;
  reasons: { reason: AcceptanceExclusionReason; label: string }[];
}

export const MY_ACCEPTANCE_STATUSES = ['undeclared', 'judging', 'submitted', 'closed'] as const;
export type MyAcceptanceStatus = (typeof MY_ACCEPTANCE_STATUSES)[number];
export const MY_ACCEPTANCE_STATUS_LABELS: Record<MyAcceptanceStatus, string> = {
  undeclared: '未声明',
  judging: '待提交意见',
  submitted: '已提交',
  closed: '验收已结束',
};

/** What an expert sees before declaring: enough to judge a conflict, nothing of the case. */
export interface MyAcceptanceReviewItem {
  id: string;
  attempt: number;
  platformName: string;
  organisationName: string;
  cityName: string;
  status: MyAcceptanceStatus;
}

export interface MyAcceptanceReviewList {
  items: MyAcceptanceReviewItem[];
}

export interface AcceptanceCaseView {
  carrier: 'platform' | 'base';
  summary: string;
  /** Every plan goal with the operator's report (empty when the operator did not apply). */
  goals: GoalReportView[];
  evidence: AcceptanceEvidence[];
  snapshot: AcceptanceSnapshotView;
  /** The snapshot's indicators whose certification result is left to experts (passed: null). */
  indicatorsToJudge: IndicatorToJudge[];
}

export interface MyAcceptanceOpinionView {
  indicatorJudgements: { code: string; isMet: boolean; comment: string }[];
  goalJudgements: { goalIndex: number; achievement: GoalAchievement; comment: string }[];
  conclusion: OpinionConclusion;
  comment: string;
  submittedAt: string;
}

export interface MyAcceptanceReviewView extends MyAcceptanceReviewItem {
  /** Whether an opinion may still be given (under review, no outcome, not yet submitted). */
  canSubmit: boolean;
  /** null before the declaration of no conflict. */
  case: AcceptanceCaseView | null;
  opinion: MyAcceptanceOpinionView | null;
}
