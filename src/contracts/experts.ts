// 专家库 and 专家评审 (Art. 7(2) 组织专家评审; Attachment 3): requests the server validates and the web forms use,
// and the shapes of the answers. Scores are internal and never published (Art. 8).
import { z } from 'zod';
import { findCity } from '../domain/divisions/divisions';
import type { ExclusionReason } from '../domain/review/expert-draw';
import type { DrawKind } from '../domain/review/draw-record';
import { zCreditCode, zPlainDate, zText } from './fields';
import { USERNAME_PATTERN } from './registration';

const zId = (label: string) => z.uuid({ message: `${label}格式有误` });

export const zAddExpert = z
  .strictObject({
    name: zText('专家姓名', 1, 50),
    field: zText('专业领域', 1, 100),
    employer: zText('工作单位', 1, 200),
    employerCreditCode: z.union([z.literal(''), zCreditCode]).optional(),
    cityCode: z.string({ error: '请选择所在地市' }).refine((code) => findCity(code) !== undefined, { message: '请选择广东省的地级市' }),
    termStartsOn: zPlainDate('聘期开始日期'),
    termEndsOn: zPlainDate('聘期结束日期'),
    username: z
      .string({ error: '请填写登录用户名' })
      .trim()
      .regex(USERNAME_PATTERN, { message: '用户名为4至32位，以字母开头，可含字母、数字、下划线、点和连字符' }),
  })
  .refine((value) => value.termStartsOn <= value.termEndsOn, { path: ['termEndsOn'], message: '聘期结束日期不能早于开始日期' });
export type AddExpertRequest = z.infer<typeof zAddExpert>;

export const zAddAvoidance = z.strictObject({
  organisationId: zId('运营主体编号'),
  reason: zText('利害关系说明', 1, 500),
});

export const zExpertIdParams = z.strictObject({ id: zId('专家编号') });
export const zGroupIdParams = z.strictObject({ id: zId('评审组编号') });
export const zReviewIdParams = z.strictObject({ id: zId('评审任务编号') });
export const zReviewFileParams = z.strictObject({ id: zId('评审任务编号'), fileId: zId('文件编号') });
export const zReviewCallParams = z.strictObject({ callId: zId('通知编号') });

export const zCreateReviewGroup = z.strictObject({
  name: zText('评审组名称', 1, 100),
  expertCount: z.number({ error: '请填写抽取专家人数' }).int({ message: '抽取专家人数应为整数' }).min(1, { message: '至少抽取1名专家' }).max(50, { message: '最多抽取50名专家' }),
  applicationIds: z
    .array(zId('申报编号'), { error: '请选择参加评审的申报' })
    .min(1, { message: '请至少选择一个申报' })
    .max(200, { message: '一个评审组最多200个申报' })
    .refine((ids) => new Set(ids).size === ids.length, { message: '同一申报不能重复选择' }),
});
export type CreateReviewGroupRequest = z.infer<typeof zCreateReviewGroup>;

// The draw takes no input: the server always makes the seed (Art. 7(2) 随机抽取 — a seed chosen by the officer
// could be tried offline until it picks chosen experts).
export const zDrawMoreRequest = z.strictObject({
  count: z.number({ error: '请填写补充抽取的专家人数' }).int({ message: '补充抽取人数应为整数' }).min(1, { message: '至少补充抽取1名专家' }).max(50, { message: '最多补充抽取50名专家' }),
});
export type DrawMoreRequest = z.infer<typeof zDrawMoreRequest>;

export const DECLARATIONS = ['none', 'conflicted'] as const;
export type Declaration = (typeof DECLARATIONS)[number];
export const zDeclarationRequest = z
  .strictObject({
    declaration: z.enum(DECLARATIONS, { error: '请选择是否存在利害关系' }),
    note: z.string({ error: '说明应为文本' }).trim().max(500, { message: '说明不能超过500个字' }).default(''),
  })
  .refine((value) => value.declaration === 'none' || value.note !== '', { path: ['note'], message: '请简要说明存在的利害关系' });
export type DeclarationRequest = z.infer<typeof zDeclarationRequest>;

// The values are checked against the call's criteria and scale by the domain (validateScores); here only types.
export const zScoresRequest = z.strictObject({
  scores: z.record(z.string(), z.number({ error: '分数应为数字' }).nullable(), { error: '请填写各评审要点的分数' }),
  comments: z.record(z.string(), z.string({ error: '评审意见应为文本' }).max(2000, { message: '评审意见不能超过2000个字' }), { error: '评审意见格式有误' }),
  isFinal: z.boolean({ error: '请说明是暂存还是提交' }),
});
export type ScoresRequest = z.infer<typeof zScoresRequest>;

export interface ExpertAvoidanceView {
  organisationId: string;
  organisationName: string;
  reason: string;
  declaredAt: string;
}

export interface ExpertView {
  id: string;
  username: string;
  name: string;
  field: string;
  employer: string;
  employerCreditCode: string | null;
  cityCode: string;
  cityName: string;
  termStartsOn: string;
  termEndsOn: string;
  isActive: boolean;
  avoidances: ExpertAvoidanceView[];
}

export interface ExpertList {
  items: ExpertView[];
}

export interface AddExpertResult {
  expert: ExpertView;
  /** Shown once: the expert must change it at the first login. */
  initialPassword: string;
}

export interface GroupApplicationView {
  id: string;
  applicationNumber: string | null;
  name: string;
  organisationName: string;
  cityCode: string;
  cityName: string;
}

export interface DrawnExpertView {
  id: string;
  name: string;
  field: string;
  employer: string;
  cityName: string;
}

export interface ExcludedExpertView {
  expertId: string;
  name: string;
  reasons: { reason: ExclusionReason; label: string; applicationId: string | null }[];
}

/** One draw of a group: the first, or a supplementary one (补充抽取) after conflicts. */
export interface GroupDrawView {
  kind: DrawKind;
  seed: string;
  count: number;
  drawnAt: string | null;
  eligibleCount: number;
  expertIds: string[];
}

export interface ReviewGroupView {
  id: string;
  callId: string;
  name: string;
  expertCount: number;
  /** The first draw's seed. */
  seed: string | null;
  drawnAt: string | null;
  /** Every draw in order; empty before the first. */
  draws: GroupDrawView[];
  applications: GroupApplicationView[];
  /** Every expert drawn for the group, first draw then supplementary ones. */
  experts: DrawnExpertView[];
  /** Who was left out of the first draw and why (empty before the draw). */
  excluded: ExcludedExpertView[];
  eligibleCount: number | null;
}

export interface ReviewGroupList {
  items: ReviewGroupView[];
  /** Recommended applications of the call not yet in any group, neutral order. */
  available: GroupApplicationView[];
}

export interface DrawReplayItem {
  kind: DrawKind;
  seed: string;
  count: number;
  recordedIds: string[];
  replayedIds: string[];
  /** Seed over the recorded eligible list gives the recorded experts; rules over the pool snapshot give that list. */
  matches: boolean;
}

export interface DrawReplayView {
  groupId: string;
  /** The first draw's seed. */
  seed: string;
  algorithm: string;
  /** Every drawn expert, all draws in order. */
  recordedIds: string[];
  replayedIds: string[];
  /** Every recorded draw repeats exactly (independent of later changes to the pool). */
  matches: boolean;
  /** The avoidance rules over the pool as recorded at each draw give the recorded eligible lists. */
  eligibleMatches: boolean;
  /** For information: today's pool gives the same lists (a later deactivation makes it false, not the draw wrong). */
  currentPoolMatches: boolean;
  draws: DrawReplayItem[];
}

export type ReviewStatus = 'undeclared' | 'conflicted' | 'scoring' | 'submitted';
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  undeclared: '未声明',
  conflicted: '有利害关系',
  scoring: '评分中',
  submitted: '已提交',
};

/** What an expert sees before declaring: enough to judge a conflict, nothing of the content. */
export interface MyReviewItem {
  id: string;
  applicationNumber: string | null;
  platformName: string;
  organisationName: string;
  cityName: string;
  status: Exclude<ReviewStatus, 'conflicted'>;
}

export interface MyReviewList {
  items: MyReviewItem[];
}

export interface ReviewCriterionView {
  code: string;
  name: string;
  guidance: string;
  weight: number;
}

export interface ReviewMaterialView {
  fileId: string;
  label: string;
  fileName: string;
  sizeBytes: number;
}

export interface ReviewCaseView {
  id: string;
  applicationNumber: string | null;
  platformName: string;
  organisationName: string;
  cityName: string;
  carrier: string;
  content: Record<string, unknown>;
  materials: ReviewMaterialView[];
  criteria: ReviewCriterionView[];
  maxScore: number;
  scores: Record<string, number> | null;
  comments: Record<string, string>;
  submittedAt: string | null;
  /** Own total (0–100) once every criterion has a score. */
  total: number | null;
}

export interface GroupProgressView {
  groupId: string;
  name: string;
  experts: { id: string; name: string }[];
  applications: { id: string; applicationNumber: string | null; name: string }[];
  cells: { expertId: string; applicationId: string; status: ReviewStatus }[];
}

export interface ScoreSummaryItem {
  applicationId: string;
  applicationNumber: string | null;
  name: string;
  organisationName: string;
  cityName: string;
  expertsAssigned: number;
  expertsConflicted: number;
  expertsSubmitted: number;
  meanTotal: number | null;
  criterionMeans: Record<string, number | null>;
}

/** INTERNAL (Art. 8): neutral order (division code, then name), no rank. */
export interface ScoreSummaryView {
  callId: string;
  criteria: { code: string; name: string; weight: number }[];
  maxScore: number;
  items: ScoreSummaryItem[];
}
