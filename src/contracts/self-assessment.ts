// POST /api/v1/self-assessment (DESIGN §7): anyone checks a platform's or base's facts against the current
// standard set before applying. Public, sessionless and read-only.
import { z } from 'zod';
import { CITIES, GUANGDONG } from '../domain/divisions/divisions';
import type { StandardsEvaluation } from '../domain/standards/evaluate-standards';
import type { AssessmentSubject } from '../domain/standards/facts';
import { CURRENT_STANDARD_SET } from '../domain/standards/standard-sets';
import { CARRIERS, PLATFORM_KINDS, PLATFORM_KIND_LABELS, STAGES, type PlatformKind } from '../domain/standards/types';
import { zBaseFacts, zPlatformFacts } from './self-assessment-facts';

export { zBaseFacts, zPlatformFacts, zQualityEnterprises } from './self-assessment-facts';

/** Regions whose next level we hold: the province (its 21 cities) and each city (its counties, or towns/streets). */
export const SELF_ASSESSMENT_REGIONS = [GUANGDONG.code, ...CITIES.map((c) => c.code)];

const PLATFORM_KIND_MESSAGE = '请选择平台类型：comprehensive（综合服务平台）或professional（专业服务平台）';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const has = <T extends string>(list: readonly T[], value: unknown): value is T => list.some((item) => item === value);

const zEnvelope = z.strictObject(
  {
    carrier: z.enum(CARRIERS, { error: '请选择载体类型：platform（平台）或base（基地）' }),
    platformKind: z.enum(PLATFORM_KINDS, { error: PLATFORM_KIND_MESSAGE }).optional(),
    stage: z.enum(STAGES, { error: '请选择评价阶段：creation（创建）或certification（认定）' }),
    region: z
      .string({ error: '服务区域应为行政区划代码' })
      .refine((code) => SELF_ASSESSMENT_REGIONS.includes(code), { message: '服务区域应为广东省（440000）或地级以上市（如440100）的行政区划代码' })
      .optional(),
    facts: z.record(z.string(), z.unknown(), { error: '请填写自评数据（facts）' }),
  },
  { error: '请求内容应为JSON对象' },
);

export const zSelfAssessmentRequest = zEnvelope
  .superRefine(
    (value, ctx) => {
      // Runs even when another field failed, so one answer lists every mistake it can find.
      if (!isObject(value)) return;
      const { carrier, platformKind, region, facts } = value as Record<string, unknown>;
      if (carrier === 'platform') {
        if (platformKind === undefined) ctx.addIssue({ code: 'custom', path: ['platformKind'], message: PLATFORM_KIND_MESSAGE });
        if (region === undefined) ctx.addIssue({ code: 'custom', path: ['region'], message: '请填写服务区域的行政区划代码（平台的服务覆盖面按其下一级行政区计算）' });
      }
      // A base has no platform kind; a client that always sends platformKind is not refused for it (DESIGN §7).
      if (!isObject(facts) || !has(CARRIERS, carrier)) return;
      const parsed = (carrier === 'platform' ? zPlatformFacts : zBaseFacts).safeParse(facts);
      for (const issue of parsed.error?.issues ?? []) ctx.addIssue({ ...issue, path: ['facts', ...issue.path] });
      if (carrier === 'platform' && has(PLATFORM_KINDS, platformKind)) checkServiceContents(platformKind, facts.serviceContents, ctx);
    },
    { when: () => true },
  )
  .transform((value, ctx): AssessmentSubject => {
    // The refinement above has already checked the facts; parsing again gives them their type.
    if (value.carrier === 'platform') {
      const facts = zPlatformFacts.safeParse(value.facts);
      if (!facts.success || !value.platformKind || !value.region) return invalid(ctx);
      return { carrier: 'platform', platformKind: value.platformKind, stage: value.stage, region: value.region, facts: facts.data };
    }
    const facts = zBaseFacts.safeParse(value.facts);
    if (!facts.success) return invalid(ctx);
    return { carrier: 'base', stage: value.stage, region: value.region, facts: facts.data };
  });

function invalid(ctx: z.RefinementCtx): never {
  ctx.addIssue({ code: 'custom', path: ['facts'], message: '自评数据（facts）有误' });
  return z.NEVER;
}

/** Attachment 1 服务功能情况: only the items of the platform's own kind count. */
function checkServiceContents(kind: PlatformKind, items: unknown, ctx: z.RefinementCtx): void {
  if (!Array.isArray(items)) return;
  const list = CURRENT_STANDARD_SET.serviceItems[kind];
  items.forEach((item, index) => {
    if (typeof item === 'string' && !list.includes(item)) {
      ctx.addIssue({
        code: 'custom',
        path: ['facts', 'serviceContents', index],
        message: `“${item.slice(0, 50)}”不是${PLATFORM_KIND_LABELS[kind]}的服务内容，应为：${list.join('、')}`,
      });
    }
  });
}

export type SelfAssessmentRequest = z.output<typeof zSelfAssessmentRequest>;
export type SelfAssessmentInput = z.input<typeof zSelfAssessmentRequest>;
/** 200 answer: { standardVersion, passed, indicators: [{ code, name, type, required, actual, passed, reason }] }. */
export type SelfAssessmentResponse = StandardsEvaluation;
