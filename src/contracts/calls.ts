// 年度创建工作通知 (Art. 7(1)): the province's drafts and published calls, and the public view of a published call.
import { z } from 'zod';
import { validateCall, type CallContent, type CallStatus } from '../domain/calls/annual-call';
import type { CallFieldChange } from '../domain/calls/call-diff';

const number = (message: string) => z.number({ error: message });
const text = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不能超过${max}个字` });

// Only the types here; every rule on the values (positive integers, dates real and in order, known cities,
// weights summing to 100) comes from the domain's validateCall, so each mistake is named once and the server and
// the form say the same thing.
export const zCallContent = z
  .strictObject({
    year: number('请填写年度'),
    title: text('通知标题', 200),
    text: text('通知正文', 20000),
    creationQuota: number('年度创建数量应为正整数'),
    cityCaps: z.record(z.string(), number('推荐名额应为正整数'), { error: '推荐名额应为“地市代码: 名额”的列表' }),
    opensOn: z.string({ error: '请填写申报开始日期' }),
    closesOn: z.string({ error: '请填写申报截止日期' }),
    cityReviewDeadline: z.string({ error: '请填写初审截止日期' }),
    standardVersion: z.string({ error: '请选择标准版本' }),
    criterionWeights: z.record(z.string(), number('权重应为正整数'), { error: '请填写各评审要点的权重' }),
    maxScore: number('每项满分应为1至100之间的整数'),
  })
  .superRefine((value, ctx) => {
    for (const issue of validateCall(value)) {
      const dot = issue.path.indexOf('.');
      const path = dot < 0 ? [issue.path] : [issue.path.slice(0, dot), issue.path.slice(dot + 1)];
      ctx.addIssue({ code: 'custom', path, message: issue.message });
    }
  });
export type CallContentRequest = z.infer<typeof zCallContent>;

export const zCallIdParams = z.strictObject({ id: z.uuid({ message: '通知编号格式有误' }) });
export const zCallYearParams = z.strictObject({
  year: z.coerce.number({ error: '年度应为四位年份' }).int({ message: '年度应为四位年份' }).min(2000, { message: '年度应为四位年份' }).max(2100, { message: '年度应为四位年份' }),
});

export interface CallSummary {
  id: string;
  year: number;
  status: CallStatus;
  title: string;
  creationQuota: number;
  opensOn: string;
  closesOn: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface CallList {
  /** Newest year first; within a year the published call first, then drafts newest first. */
  items: CallSummary[];
}

export interface CallDetail extends CallContent {
  id: string;
  status: CallStatus;
  copiedFromId: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** Against the previous year's published call (province only); null when there is none or the reader may not see it. */
  diff: { previousYear: number; changes: CallFieldChange[] } | null;
}

/** GET /api/v1/calls: neutral fields of published calls only. */
export interface PublicCallSummary {
  year: number;
  title: string;
  creationQuota: number;
  opensOn: string;
  closesOn: string;
  cityReviewDeadline: string;
  publishedOn: string;
}

export interface PublicCallList {
  items: PublicCallSummary[];
}

export interface PublicCallDetail extends PublicCallSummary {
  text: string;
  standardVersion: string;
  cityCaps: { cityCode: string; cityName: string; cap: number }[];
  criterionWeights: { code: string; name: string; weight: number }[];
  maxScore: number;
}
