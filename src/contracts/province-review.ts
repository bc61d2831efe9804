// 省级审核 (Art. 7(2)): the province's formal check of recommended applications, its rejections, and the
// shortlist of 拟创建对象 within the call's 年度创建数量. Scores appear only here, inside the workspace (Art. 8).
import { z } from 'zod';
import { zApplicationId, zLockVersion } from './applications';
import { zBatchItems, zReason, BATCH_MAX, type BatchRowResult, type DecisionSummary, type QuotaSummary } from './city-review';

export const zCallReviewParams = z.strictObject({ callId: z.uuid({ message: '通知编号格式有误' }) });

export const zFormalCheckRequest = z
  .strictObject({
    isPassed: z.boolean({ error: '请选择形式审查是否通过' }),
    note: zReason.default(''),
  })
  .superRefine((value, ctx) => {
    if (!value.isPassed && value.note === '') ctx.addIssue({ code: 'custom', path: ['note'], message: '形式审查不通过时请填写说明' });
  });
export type FormalCheckRequest = z.infer<typeof zFormalCheckRequest>;

export const zProvinceDecisionRequest = z.strictObject({
  lockVersion: zLockVersion,
  decision: z.literal('reject', { error: '省级决定只能为不予通过（reject）' }),
  reason: zReason.min(1, { message: '请填写不予通过的理由' }),
});
export type ProvinceDecisionRequest = z.infer<typeof zProvinceDecisionRequest>;

export const zShortlistPreviewRequest = z.strictObject({
  applicationIds: z
    .array(zApplicationId, { error: '请选择申报' })
    .min(1, { message: '请至少选择一个申报' })
    .max(BATCH_MAX, { message: `一次最多确定${BATCH_MAX}个申报` })
    .refine((ids) => new Set(ids).size === ids.length, { message: '同一申报不能重复选择' }),
});
export type ShortlistPreviewRequest = z.infer<typeof zShortlistPreviewRequest>;

export const zShortlistRequest = z.strictObject({ items: zBatchItems });
export type ShortlistRequest = z.infer<typeof zShortlistRequest>;

export const zProvinceReviewQuery = z.strictObject({
  state: z.enum(['recommended', 'shortlisted', 'province_rejected'], { error: '状态筛选有误' }).optional(),
});

export interface FormalCheckSummary {
  isPassed: boolean;
  note: string;
  checkedAt: string;
}

export interface ScoreSummary {
  /** Mean of the submitted expert totals (0–100), null before any expert scored. Internal only (Art. 8). */
  meanScore: number | null;
  scoredExperts: number;
  assignedExperts: number;
}

export interface ProvinceReviewItem extends ScoreSummary {
  id: string;
  applicationNumber: string | null;
  name: string;
  organisationName: string;
  cityCode: string;
  cityName: string;
  carrier: string;
  state: string;
  stateLabel: string;
  lockVersion: number;
  formalCheck: FormalCheckSummary | null;
  provinceDecision: DecisionSummary | null;
}

export interface ProvinceReviewQueue {
  call: { id: string; year: number; title: string; creationQuota: number };
  /** Shortlisted so far against the 年度创建数量 (adding 0). */
  quota: QuotaSummary;
  items: ProvinceReviewItem[];
}

export interface ShortlistRowResult extends BatchRowResult, ScoreSummary {
  formalCheck: FormalCheckSummary | null;
}

export interface ShortlistPreview {
  quota: QuotaSummary;
  rows: ShortlistRowResult[];
  canCommit: boolean;
  message: string | null;
}

export interface FormalCheckResult extends FormalCheckSummary {
  id: string;
  applicationId: string;
}
