// 评估验收 (F5 item 1; Art. 7(3): 创建期满后，省工业和信息化厅组织评估验收，对照认定标准和创建方案目标任务…). ADR 0015.
//   GET    /api/creation-objects/:id/acceptance                    → AcceptanceView (acceptance.read)
//   PUT    /api/creation-objects/:id/acceptance/draft              {summary, goalReports} → AcceptanceView (operator, in creating)
//   POST   /api/creation-objects/:id/acceptance/evidence           multipart file → 201 AcceptanceEvidence
//   GET    /api/creation-objects/:id/acceptance/evidence/:fileId   → the file (acceptance.read)
//   DELETE /api/creation-objects/:id/acceptance/evidence/:fileId   → AcceptanceView (before submission)
//   POST   /api/creation-objects/:id/acceptance/submit             {lockVersion} → AcceptanceView (submit_acceptance)
//   POST   /api/creation-objects/:id/acceptance/start              {lockVersion} → AcceptanceView (start_acceptance_review)
//   POST   /api/creation-objects/:id/acceptance/decision           {lockVersion, outcome, reason} → AcceptanceView
//   GET    /api/acceptance?state=                                  → AcceptanceList (province; auditors read)
import { z } from 'zod';
import type { PeriodWindow } from '../domain/creation-data/creation-period';
import type { CreationObjectSummary } from './creation-objects';
import { zText, zUuid } from './fields';
import type { IndicatorDashboardView } from './indicators';
import type { PlanGoalView } from './progress-reports';

export const ACCEPTANCE_SUMMARY_MAX_LENGTH = 20000;
export const GOAL_ACHIEVED_MAX_LENGTH = 2000;
export const ACCEPTANCE_REASON_MAX_LENGTH = 2000;
/** ADR 0015: evidence files are scans and photos, at most 20 of them, each at most 20 MB. */
export const MAX_EVIDENCE_FILES = 20;
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
/** The province's list shows objects in creation from this many days before their period's last day. */
export const ACCEPTANCE_LIST_LEAD_DAYS = 60;

export const zAcceptanceParams = z.strictObject({ id: zUuid('创建对象编号') });
export const zAcceptanceEvidenceParams = z.strictObject({ id: zUuid('创建对象编号'), fileId: zUuid('文件编号') });

const zLockVersion = z.number({ error: '缺少版本号（lockVersion），请刷新后再办理' }).int({ message: '版本号应为整数' }).min(0, { message: '版本号不正确' });

// A draft may be saved half-filled; the submission checks that nothing is missing (submit-acceptance.ts).
export const zSaveAcceptanceDraft = z.strictObject({
  summary: z.string({ error: '请填写创建工作总结' }).max(ACCEPTANCE_SUMMARY_MAX_LENGTH, { message: `创建工作总结不能超过${ACCEPTANCE_SUMMARY_MAX_LENGTH}个字` }),
  goalReports: z
    .array(
      z.strictObject({
        goalIndex: z.number({ error: '请注明对应的创建目标' }).int({ message: '创建目标序号应为整数' }).min(0, { message: '创建目标序号不正确' }).max(49, { message: '创建目标序号不正确' }),
        achieved: z.string({ error: '请填写目标完成情况' }).max(GOAL_ACHIEVED_MAX_LENGTH, { message: `目标完成情况不能超过${GOAL_ACHIEVED_MAX_LENGTH}个字` }),
      }),
      { error: '请逐项填写创建目标完成情况' },
    )
    .max(50, { message: '创建目标完成情况最多50项' }),
});
export type SaveAcceptanceDraftRequest = z.infer<typeof zSaveAcceptanceDraft>;

export const zAcceptanceLockRequest = z.strictObject({ lockVersion: zLockVersion });
export type AcceptanceLockRequest = z.infer<typeof zAcceptanceLockRequest>;

export const ACCEPTANCE_OUTCOMES = ['passed', 'failed'] as const;
export type AcceptanceOutcome = (typeof ACCEPTANCE_OUTCOMES)[number];
export const ACCEPTANCE_OUTCOME_LABELS: Record<AcceptanceOutcome, string> = { passed: '验收通过', failed: '验收未通过' };

export const zAcceptanceDecision = z.strictObject({
  lockVersion: zLockVersion,
  outcome: z.enum(ACCEPTANCE_OUTCOMES, { error: '请选择验收结论：通过或不通过' }),
  reason: zText('验收结论理由', 1, ACCEPTANCE_REASON_MAX_LENGTH),
});
export type AcceptanceDecisionRequest = z.infer<typeof zAcceptanceDecision>;

export const ACCEPTANCE_LIST_STATES = ['creating', 'acceptance_submitted', 'acceptance_review', 'certification_shortlisted'] as const;
export const zAcceptanceListQuery = z.strictObject({
  state: z.enum(ACCEPTANCE_LIST_STATES, { error: '状态应为creating、acceptance_submitted、acceptance_review或certification_shortlisted' }).optional(),
});
export type AcceptanceListQuery = z.infer<typeof zAcceptanceListQuery>;

export const ATTEMPT_STATUSES = ['draft', 'submitted', 'under_review', 'passed', 'failed'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
export const ATTEMPT_STATUS_LABELS: Record<AttemptStatus, string> = {
  draft: '填写中',
  submitted: '已申请验收',
  under_review: '评估验收中',
  passed: '验收通过',
  failed: '验收未通过',
};

export interface AcceptanceEvidence {
  fileId: string;
  name: string;
  sizeBytes: number;
  mediaType: string;
}

export interface GoalReportView extends PlanGoalView {
  goalIndex: number;
  achieved: string;
}

/** The snapshot frozen when the review started (ADR 0015): never recomputed. */
export interface AcceptanceSnapshotView {
  standardVersion: string;
  takenOn: string;
  window: Pick<PeriodWindow, 'startsOn' | 'endsOn' | 'label'>;
  dashboard: IndicatorDashboardView;
}

export interface AcceptanceOpinionView {
  id: string;
  /** Only the province and auditors read opinions at all (AcceptanceAttemptView.opinions). */
  expertName: string | null;
  /** Province and auditors only, as the name. */
  expertId: string | null;
  /** 专家1, 专家2, … in the order of assignment: how the others refer to an expert. */
  label: string;
  declaration: 'none' | 'conflicted' | null;
  conclusion: 'pass' | 'fail' | null;
  comment: string | null;
  indicatorJudgements: { code: string; isMet: boolean; comment: string }[];
  goalJudgements: { goalIndex: number; achievement: 'met' | 'partly' | 'not_met'; comment: string }[];
  submittedAt: string | null;
}

export interface AcceptanceAttemptView {
  /** The acceptance review id (`/api/acceptance-reviews/:reviewId/experts`). */
  id: string;
  attempt: number;
  /** 1, then 2, … each time an upheld 拟认定公示 objection (Art. 7(4)) sends the attempt back to be decided again. */
  revision: number;
  /** Why this revision exists: the upheld objection's investigation; null for revision 1. */
  reopenedReason: string | null;
  status: AttemptStatus;
  statusLabel: string;
  summary: string;
  goalReports: GoalReportView[];
  evidence: AcceptanceEvidence[];
  submittedAt: string | null;
  submittedByName: string | null;
  startedAt: string | null;
  snapshot: AcceptanceSnapshotView | null;
  /** The province and auditors only (ADR 0015); empty for the operator and the city, who read the outcome and its reason. */
  opinions: AcceptanceOpinionView[];
  outcome: AcceptanceOutcome | null;
  outcomeReason: string | null;
  decidedAt: string | null;
}

export interface AcceptanceView {
  object: CreationObjectSummary;
  lockVersion: number;
  /** One line for people, e.g. 创建期至2028-06-10；届满当日起可申请评估验收. */
  statusText: string;
  /** The attempt a draft or a start now belongs to: 1, or 2 after the extension. */
  currentAttempt: number;
  goals: PlanGoalView[];
  /**
   * Newest first: by attempt, then by revision. Earlier revisions keep their outcome and their opinions; the
   * decision counts the current revision's opinions only (decide-acceptance.ts).
   */
  attempts: AcceptanceAttemptView[];
  canDraft: boolean;
  canSubmit: boolean;
  canStart: boolean;
  canDecide: boolean;
  /** Why the province cannot decide yet (e.g. expert opinions missing); null when it can or it is not its turn. */
  decideBlockedReason: string | null;
  /** The first day the operator may submit (the period's last day) and the province may start (the day after). */
  submitOpensOn: string;
  startOpensOn: string;
}

export interface AcceptanceListItem {
  object: CreationObjectSummary;
  periodEndsOn: string;
  /** Days from today to the period's last day; negative once it has passed. */
  daysToPeriodEnd: number;
  attempt: number | null;
  /** The latest attempt's revision (> 1 after an upheld 拟认定公示 objection); null with the attempt. */
  revision: number | null;
  attemptStatus: AttemptStatus | null;
  attemptStatusLabel: string;
}

export interface AcceptanceList {
  items: AcceptanceListItem[];
  /** Whether the person may act on the reviews (province) or only read them (auditor). */
  canManage: boolean;
}
