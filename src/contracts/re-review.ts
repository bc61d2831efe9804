// 复核 (F5 item 3; Art. 10: 省工业和信息化厅…会同地市级中小企业主管部门每2年开展一次运行和服务情况复核，复核不达标的给予
// 1年整改期，连续两年未通过复核的取消认定命名). ADR 0016.
//   GET    /api/re-review-rounds                                         → ReReviewOverview (province; auditors read)
//   POST   /api/re-review-rounds/preview   {opensOn}                      → ReReviewDuePreview
//   POST   /api/re-review-rounds           {year, title?, opensOn, reportDueOn, cityDueOn} → 201 ReReviewRoundView
//   GET    /api/re-reviews?status=                                        → ReReviewList (operator own, city own city, province, auditor)
//   GET    /api/creation-objects/:id/re-reviews                           → ObjectReReviewsView (reReview.read)
//   PUT    /api/creation-objects/:id/re-reviews/:reReviewId/report        {report} → ObjectReReviewsView (operator, before submitting)
//   POST   /api/creation-objects/:id/re-reviews/:reReviewId/files         multipart file → 201 ReReviewFile
//   GET    /api/creation-objects/:id/re-reviews/:reReviewId/files/:fileId → the file
//   DELETE /api/creation-objects/:id/re-reviews/:reReviewId/files/:fileId → ObjectReReviewsView (before submitting)
//   POST   /api/creation-objects/:id/re-reviews/:reReviewId/submit        {} → ObjectReReviewsView (snapshot frozen)
//   POST   /api/creation-objects/:id/re-reviews/:reReviewId/assessment    {opinion, comment} → ObjectReReviewsView (city)
//   POST   /api/creation-objects/:id/re-reviews/:reReviewId/decision      {lockVersion, outcome, reason} → ObjectReReviewsView (province)
import { z } from 'zod';
import type { CreationObjectSummary } from './creation-objects';
import { zLockVersion } from './applications';
import { zPlainDate, zText, zUuid } from './fields';
import type { IndicatorDashboardView } from './indicators';
import type { ObligationRecordView } from './obligations';

export const RE_REVIEW_REPORT_MAX_LENGTH = 20000;
export const RE_REVIEW_COMMENT_MAX_LENGTH = 2000;
export const RE_REVIEW_TITLE_MAX_LENGTH = 100;
/** As acceptance evidence (ADR 0015): PDF/JPG/PNG by their bytes, at most 20 files of at most 20 MB. */
export const MAX_RE_REVIEW_FILES = 20;
export const MAX_RE_REVIEW_FILE_BYTES = 20 * 1024 * 1024;

export const zReReviewObjectParams = z.strictObject({ id: zUuid('创建对象编号') });
export const zReReviewParams = z.strictObject({ id: zUuid('创建对象编号'), reReviewId: zUuid('复核编号') });
export const zReReviewFileParams = z.strictObject({ id: zUuid('创建对象编号'), reReviewId: zUuid('复核编号'), fileId: zUuid('文件编号') });

const zYear = z.number({ error: '请填写复核年度' }).int({ message: '复核年度应为整数' }).min(2000, { message: '复核年度应在2000至2100之间' }).max(2100, { message: '复核年度应在2000至2100之间' });

export const zPreviewReReviewRound = z.strictObject({ opensOn: zPlainDate('复核开始日期') }, { error: '请求内容应为JSON对象' });
export type PreviewReReviewRoundRequest = z.infer<typeof zPreviewReReviewRound>;

export const zCreateReReviewRound = z
  .strictObject(
    {
      year: zYear,
      title: zText('复核批次名称', 1, RE_REVIEW_TITLE_MAX_LENGTH).optional(),
      // Not before today is checked against the server's clock (create-re-review-round.ts).
      opensOn: zPlainDate('复核开始日期'),
      reportDueOn: zPlainDate('运行和服务情况报告截止日期'),
      cityDueOn: zPlainDate('地市评估截止日期'),
    },
    { error: '请求内容应为JSON对象' },
  )
  .superRefine((input, ctx) => {
    if (input.reportDueOn < input.opensOn) ctx.addIssue({ code: 'custom', path: ['reportDueOn'], message: '报告截止日期不能早于复核开始日期' });
    if (input.cityDueOn < input.reportDueOn) ctx.addIssue({ code: 'custom', path: ['cityDueOn'], message: '地市评估截止日期不能早于报告截止日期' });
  });
export type CreateReReviewRoundRequest = z.infer<typeof zCreateReReviewRound>;

export const zSaveReReviewReport = z.strictObject(
  {
    report: z
      .string({ error: '请填写运行和服务情况报告' })
      .max(RE_REVIEW_REPORT_MAX_LENGTH, { message: `运行和服务情况报告不能超过${RE_REVIEW_REPORT_MAX_LENGTH}个字` }),
  },
  { error: '请求内容应为JSON对象' },
);
export type SaveReReviewReportRequest = z.infer<typeof zSaveReReviewReport>;

export const CITY_OPINIONS = ['pass', 'fail'] as const;
export type CityOpinion = (typeof CITY_OPINIONS)[number];
export const CITY_OPINION_LABELS: Record<CityOpinion, string> = { pass: '达标', fail: '不达标' };

export const zAssessReReview = z.strictObject(
  {
    opinion: z.enum(CITY_OPINIONS, { error: '请选择地市评估意见：达标或不达标' }),
    comment: zText('地市评估意见说明', 1, RE_REVIEW_COMMENT_MAX_LENGTH),
  },
  { error: '请求内容应为JSON对象' },
);
export type AssessReReviewRequest = z.infer<typeof zAssessReReview>;

export const RE_REVIEW_OUTCOMES = ['passed', 'failed'] as const;
export type ReReviewOutcome = (typeof RE_REVIEW_OUTCOMES)[number];
export const RE_REVIEW_OUTCOME_LABELS: Record<ReReviewOutcome, string> = { passed: '复核达标', failed: '复核不达标' };

export const zDecideReReview = z.strictObject(
  {
    lockVersion: zLockVersion,
    outcome: z.enum(RE_REVIEW_OUTCOMES, { error: '请选择复核结论：达标或不达标' }),
    reason: zText('复核结论理由', 1, RE_REVIEW_COMMENT_MAX_LENGTH),
  },
  { error: '请求内容应为JSON对象' },
);
export type DecideReReviewRequest = z.infer<typeof zDecideReReview>;

/** 'ended': the object left re_review without a decision (revoked under Art. 12 or Art. 11 during the re-review). */
export const RE_REVIEW_STATUSES = ['reporting', 'submitted', 'assessed', 'passed', 'failed', 'ended'] as const;
export type ReReviewStatus = (typeof RE_REVIEW_STATUSES)[number];
export const RE_REVIEW_STATUS_LABELS: Record<ReReviewStatus, string> = {
  reporting: '待运营主体报告',
  submitted: '待地市评估',
  assessed: '待省级认定结论',
  passed: '复核达标',
  failed: '复核不达标',
  ended: '已终止',
};
export const zReReviewListQuery = z.strictObject({
  status: z.enum(RE_REVIEW_STATUSES, { error: '状态应为reporting、submitted、assessed、passed、failed或ended' }).optional(),
});
export type ReReviewListQuery = z.infer<typeof zReReviewListQuery>;

export interface ReReviewRoundView {
  id: string;
  year: number;
  title: string;
  opensOn: string;
  reportDueOn: string;
  cityDueOn: string;
  /** Null until the round is opened (on opensOn, by the province's request or the deadline job). */
  openedAt: string | null;
  /** Re-reviews in the round, by status (empty before it opens). */
  counts: Record<ReReviewStatus, number>;
}

/** A certified or rectifying object that a round opening on a given day would take in. */
export interface ReReviewDueItem {
  object: CreationObjectSummary;
  /** 'certified' (2 years since certification or the last pass) or 'rectifying' (rectification year over). */
  state: string;
  /** reReviewDueOn for certified, the day after the rectification year for rectifying. */
  dueOn: string;
  isAfterRectification: boolean;
}

export interface ReReviewDuePreview {
  opensOn: string;
  items: ReReviewDueItem[];
}

export interface ReReviewOverview {
  rounds: ReReviewRoundView[];
  /** What a round opening today would take in. */
  dueToday: ReReviewDueItem[];
  /** Whether the person may schedule rounds and decide (province) or only read (auditor). */
  canManage: boolean;
}

export interface ReReviewFile {
  fileId: string;
  name: string;
  sizeBytes: number;
  mediaType: string;
}

/** The F4 indicators of the re-review window, frozen on submission (or on the city's assessment without one). */
export interface ReReviewSnapshotView {
  standardVersion: string;
  takenOn: string;
  window: { startsOn: string; endsOn: string; label: string };
  dashboard: IndicatorDashboardView;
  obligations: { governmentActivities: number; sharingActivities: number };
}

export interface ReReviewView {
  id: string;
  round: Pick<ReReviewRoundView, 'id' | 'year' | 'title' | 'opensOn' | 'reportDueOn' | 'cityDueOn'>;
  sequence: number;
  isAfterRectification: boolean;
  window: { startsOn: string; endsOn: string };
  status: ReReviewStatus;
  /** For 'ended' it names what ended it, e.g. 已终止（已撤销认定命名）. */
  statusLabel: string;
  report: string;
  files: ReReviewFile[];
  submittedAt: string | null;
  submittedByName: string | null;
  /** Submitted after reportDueOn (accepted, marked 逾期提交). */
  isLate: boolean;
  snapshot: ReReviewSnapshotView | null;
  /** Art. 14 records held within the window (voided ones included, marked). */
  obligations: ObligationRecordView[];
  /** The city's assessment: city, province and auditors; null for the operator (ADR 0016). */
  cityOpinion: CityOpinion | null;
  cityComment: string | null;
  assessedAt: string | null;
  outcome: ReReviewOutcome | null;
  outcomeReason: string | null;
  decidedAt: string | null;
}

export interface ObjectReReviewsView {
  object: CreationObjectSummary;
  lockVersion: number;
  /** One line for people, e.g. 已认定；2030-03-01起复核 or 整改期至2031-04-01（含当日）. */
  statusText: string;
  reReviewDueOn: string | null;
  rectificationEndsOn: string | null;
  consecutiveFailedReReviews: number;
  /** Newest first. */
  reReviews: ReReviewView[];
  canEditReport: boolean;
  canSubmit: boolean;
  canAssess: boolean;
  canDecide: boolean;
  /** Why the province cannot decide yet (e.g. 待地市评估，截止2030-04-30); null when it can or it is not its turn. */
  decideBlockedReason: string | null;
  /** What a fail would do now: 'rectification' (1 year) or 'revocation' (second consecutive fail). */
  failureConsequence: 'rectification' | 'revocation' | null;
}

export interface ReReviewListItem {
  object: CreationObjectSummary;
  reReviewId: string;
  round: Pick<ReReviewRoundView, 'id' | 'year' | 'title' | 'reportDueOn' | 'cityDueOn'>;
  isAfterRectification: boolean;
  status: ReReviewStatus;
  statusLabel: string;
  isLate: boolean;
}

export interface ReReviewList {
  items: ReReviewListItem[];
}
