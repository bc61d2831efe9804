// 地市初审 (Art. 7(1)): the city returns, rejects or recommends the applications of organisations registered in
// it, one at a time or as a batch within the call's 推荐名额, and exports its list.
import { z } from 'zod';
import type { QuotaCheck } from '../domain/review/city-cap';
import { zApplicationId, zLockVersion } from './applications';

export const CITY_DECISIONS = ['return', 'reject', 'recommend'] as const;
export type CityDecision = (typeof CITY_DECISIONS)[number];
export const CITY_DECISION_LABELS: Record<CityDecision, string> = { return: '退回修改', reject: '不予推荐', recommend: '推荐' };

export const REASON_MAX = 2000;
export const BATCH_MAX = 200;

const zCallId = z.uuid({ message: '请选择年度创建工作通知' });

export const zReason = z.string({ error: '理由应为文字' }).trim().max(REASON_MAX, { message: `理由不能超过${REASON_MAX}个字` });

export const zCityDecisionRequest = z
  .strictObject({
    lockVersion: zLockVersion,
    decision: z.enum(CITY_DECISIONS, { error: '请选择退回修改、不予推荐或推荐' }),
    reason: zReason.default(''),
  })
  .superRefine((value, ctx) => {
    // The lifecycle guard hasReason refuses these too; here the form gets the message under the field.
    if (value.decision !== 'recommend' && value.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: value.decision === 'return' ? '请填写退回修改的理由' : '请填写不予推荐的理由' });
    }
  });
export type CityDecisionRequest = z.infer<typeof zCityDecisionRequest>;

const uniqueIds = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const zRecommendationsPreviewRequest = z.strictObject({
  callId: zCallId,
  applicationIds: z
    .array(zApplicationId, { error: '请选择要推荐的申报' })
    .min(1, { message: '请至少选择一个申报' })
    .max(BATCH_MAX, { message: `一次最多推荐${BATCH_MAX}个申报` })
    .refine(uniqueIds, { message: '同一申报不能重复选择' }),
});
export type RecommendationsPreviewRequest = z.infer<typeof zRecommendationsPreviewRequest>;

export const zBatchItem = z.strictObject({ id: zApplicationId, lockVersion: zLockVersion });
export const zBatchItems = z
  .array(zBatchItem, { error: '请选择申报' })
  .min(1, { message: '请至少选择一个申报' })
  .max(BATCH_MAX, { message: `一次最多办理${BATCH_MAX}个申报` })
  .refine((items) => uniqueIds(items.map((item) => item.id)), { message: '同一申报不能重复选择' });

export const zRecommendationsRequest = z.strictObject({ callId: zCallId, items: zBatchItems });
export type RecommendationsRequest = z.infer<typeof zRecommendationsRequest>;

export const zCityReviewQuery = z.strictObject({
  callId: zCallId,
  state: z.enum(['submitted', 'returned_for_revision', 'city_rejected', 'recommended', 'after_recommendation'], { error: '状态筛选有误' }).optional(),
});
export type CityReviewQuery = z.infer<typeof zCityReviewQuery>;
export const zCityExportQuery = z.strictObject({ callId: zCallId });

export type QuotaSummary = QuotaCheck;

export interface DecisionSummary {
  event: string;
  label: string;
  reason: string | null;
  at: string;
}

export interface CityReviewItem {
  id: string;
  applicationNumber: string | null;
  name: string;
  organisationName: string;
  countyCode: string;
  countyName: string;
  carrier: string;
  state: string;
  stateLabel: string;
  lockVersion: number;
  submittedAt: string | null;
  /** The city's latest decision (return, reject or recommend), if any. */
  cityDecision: DecisionSummary | null;
}

export interface CityReviewQueue {
  call: { id: string; year: number; title: string; cityReviewDeadline: string };
  cityCode: string;
  cityName: string;
  /** The cap arithmetic now (adding 0). */
  cap: QuotaSummary;
  /** False after the call's 初审截止日: recommending is refused. */
  isRecommendationOpen: boolean;
  items: CityReviewItem[];
}

export interface BatchRowResult {
  id: string;
  applicationNumber: string | null;
  name: string;
  organisationName: string;
  state: string | null;
  lockVersion: number | null;
  isOk: boolean;
  /** Why this row would be refused (Chinese); null when it would go through. */
  problem: string | null;
}

export interface RecommendationPreview {
  cityCode: string;
  cityName: string;
  cap: QuotaSummary;
  rows: BatchRowResult[];
  /** True when confirming would recommend every row. */
  canCommit: boolean;
  /** The reason the whole batch would be refused, if any (cap, deadline). */
  message: string | null;
}

export interface DecisionResult {
  id: string;
  state: string;
  lockVersion: number;
}

export interface BatchResult {
  items: DecisionResult[];
}
