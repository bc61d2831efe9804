// The facts of a platform or base for POST /api/v1/self-assessment (DESIGN §7). Shares and ratios are fractions
// 0..1 (0.02 = 2%). Each field carries one Chinese message, so the web form and the 400 answer read the same.
import { z } from 'zod';
import { isKnownDivision } from '../domain/divisions/divisions';
import { COUNT_LABELS, MAX_COUNT, QUALITY_LABELS } from '../domain/standards/fact-labels';
import { ECOSYSTEM_CARRIERS, QUALITY_CATEGORIES, type QualityCategory } from '../domain/standards/types';
import './fields';

export { MAX_COUNT } from '../domain/standards/fact-labels';
const MAX_LIST = 10_000;

const typeMessage = (label: string, kind: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `请填写${label}` : `${label}应为${kind}`);

/** A count of things: a whole number from 0 to MAX_COUNT. */
export const zCount = (label: string) =>
  z.number({ error: typeMessage(label, '数字') }).refine((n) => Number.isInteger(n) && n >= 0 && n <= MAX_COUNT, {
    message: `${label}应为0至${MAX_COUNT}之间的整数`,
  });

/** A share or ratio written as a fraction: 0.02 means 2%. */
export const zFraction = (label: string) =>
  z.number({ error: typeMessage(label, '数字') }).refine((n) => n >= 0 && n <= 1, { message: `${label}应为0到1之间的小数（如0.02表示2%）` });

const zFlag = (label: string) => z.boolean({ error: typeMessage(label, 'true或false') });

const zList = <T extends z.ZodType>(label: string, item: T) =>
  z.array(item, { error: typeMessage(label, '数组') }).max(MAX_LIST, { message: `${label}最多${MAX_LIST}项` });

function noDuplicates(label: string) {
  return (items: readonly string[], ctx: z.RefinementCtx) => {
    items.forEach((item, index) => {
      if (items.indexOf(item) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `${label}“${item}”重复填写` });
    });
  };
}

export const zDivisionCode = z
  .string({ error: '行政区划代码应为文字' })
  .refine(isKnownDivision, { error: (issue) => `无法识别的广东省行政区划代码：${String(issue.input).slice(0, 20)}` });

export const zPlatformFacts = z
  .strictObject(
    {
      servedEnterprises: zCount(COUNT_LABELS.servedEnterprises),
      coveredDivisions: zList('服务覆盖的行政区划代码', zDivisionCode),
      satisfiedAnswers: zCount(COUNT_LABELS.satisfiedAnswers),
      totalAnswers: zCount(COUNT_LABELS.totalAnswers),
      eventParticipants: zList('每场线下专题服务活动的参加企业数', zCount(COUNT_LABELS.eventParticipant)),
      serviceContents: zList('服务内容', z.string({ error: '服务内容应为文字' }).max(50, { message: '服务内容不能超过50个字' })).superRefine(
        noDuplicates('服务内容'),
      ),
      resourceCount: zCount(COUNT_LABELS.resourceCount),
      hasPcEntry: zFlag('是否具备电脑端服务入口'),
      hasMobileEntry: zFlag('是否具备移动端服务入口'),
      registrationMinutes: z
        .number({ error: (issue) => (issue.input === undefined ? '请填写注册流程用时（分钟）；无需注册时填null' : '注册流程用时应为数字（分钟），无需注册时填null') })
        .refine((n) => n > 0 && n <= 1440, { message: '注册流程用时应大于0且不超过1440分钟；无需注册时填null' })
        .nullable(),
    },
    { error: '请填写平台自评数据（facts）' },
  )
  .superRefine((facts, ctx) => {
    if (facts.satisfiedAnswers > facts.totalAnswers) {
      ctx.addIssue({ code: 'custom', path: ['satisfiedAnswers'], message: `满意答卷数（${facts.satisfiedAnswers}）不能超过答卷总数（${facts.totalAnswers}）` });
    }
  });
export type PlatformFactsInput = z.input<typeof zPlatformFacts>;


export const zQualityEnterprises = z.strictObject(
  Object.fromEntries(QUALITY_CATEGORIES.map((key) => [key, zCount(QUALITY_LABELS[key])])) as Record<QualityCategory, ReturnType<typeof zCount>>,
  { error: '请填写各类优质企业数量（qualityEnterprises）' },
);

export const zBaseFacts = z
  .strictObject(
    {
      enterpriseCount: zCount(COUNT_LABELS.enterpriseCount),
      leadingIndustryRevenueShare: zFraction('主导产业企业营业收入占比'),
      qualityEnterprises: zQualityEnterprises,
      avgRdIntensity: zFraction('企业平均研发投入强度'),
      ecosystem: z
        .array(z.enum(ECOSYSTEM_CARRIERS, { error: '载体类别应为incubator（科技企业孵化器）、techPlatform（公共技术服务平台）或industryFund（产业基金）' }), {
          error: typeMessage('创业创新服务载体（ecosystem）', '数组'),
        })
        .superRefine(noDuplicates('载体类别')),
    },
    { error: '请填写基地自评数据（facts）' },
  )
  .superRefine((facts, ctx) => {
    // 指标解释说明 2: "各类优质企业不重复计算", so together they cannot outnumber the enterprises of the base.
    const total = QUALITY_CATEGORIES.reduce((sum, key) => sum + facts.qualityEnterprises[key], 0);
    if (total > facts.enterpriseCount) {
      ctx.addIssue({
        code: 'custom',
        path: ['qualityEnterprises'],
        message: `各类优质企业合计${total}家，超过基地企业数量${facts.enterpriseCount}家（每家企业只按最高类别计一次）`,
      });
    }
  });
export type BaseFactsInput = z.input<typeof zBaseFacts>;
