// The self-assessment form and the request body of POST /api/v1/self-assessment (DESIGN §7). The form keeps the
// shares a person reads as percentages (55 = 55%); the body carries them as fractions 0..1 (0.55).
import type { DivisionsResponse } from '../../../../src/contracts/divisions';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import type { Carrier, EcosystemCarrier, PlatformKind, QualityCategory, Stage } from '../../../../src/domain/standards/types';
import { QUALITY_CATEGORIES } from '../../../../src/domain/standards/types';
import type { FieldIssue, FieldPath } from '../../lib/form-errors';

type Entry = number | null | undefined;

export interface SelfAssessmentFormValues {
  carrier?: Carrier;
  platformKind?: PlatformKind;
  region?: string;
  stage?: Stage;
  /** Outside the body: when ticked, registrationMinutes is sent as null (用户无需注册). */
  noRegistration?: boolean;
  facts?: {
    servedEnterprises?: Entry;
    coveredDivisions?: string[];
    satisfiedAnswers?: Entry;
    totalAnswers?: Entry;
    eventParticipants?: Entry[];
    serviceContents?: string[];
    resourceCount?: Entry;
    hasPcEntry?: boolean;
    hasMobileEntry?: boolean;
    registrationMinutes?: Entry;
    enterpriseCount?: Entry;
    /** Percent in the form, fraction in the body. */
    leadingIndustryRevenueShare?: Entry;
    qualityEnterprises?: Partial<Record<QualityCategory, Entry>>;
    /** Percent in the form, fraction in the body. */
    avgRdIntensity?: Entry;
    ecosystem?: EcosystemCarrier[];
  };
}

/** The fact fields whose form value is a percentage. */
export const PERCENT_FIELDS = ['leadingIndustryRevenueShare', 'avgRdIntensity'] as const;

// An emptied number box holds null; the schema then says "请填写…" rather than "应为数字".
const entry = (value: Entry): number | undefined => (value === null || value === undefined ? undefined : value);

export function percentToFraction(value: Entry): number | undefined {
  const percent = entry(value);
  return percent === undefined ? undefined : percent / 100;
}

/** Exactly the fields of zSelfAssessmentRequest for the chosen carrier (it refuses unknown ones). */
export function toSelfAssessmentBody(values: SelfAssessmentFormValues): unknown {
  const facts = values.facts ?? {};
  if (values.carrier === 'base') {
    const quality = facts.qualityEnterprises ?? {};
    return {
      carrier: 'base',
      stage: values.stage,
      facts: {
        enterpriseCount: entry(facts.enterpriseCount),
        leadingIndustryRevenueShare: percentToFraction(facts.leadingIndustryRevenueShare),
        qualityEnterprises: Object.fromEntries(QUALITY_CATEGORIES.map((key) => [key, entry(quality[key])])),
        avgRdIntensity: percentToFraction(facts.avgRdIntensity),
        ecosystem: facts.ecosystem ?? [],
      },
    };
  }
  return {
    carrier: values.carrier,
    platformKind: values.platformKind,
    stage: values.stage,
    region: values.region,
    facts: {
      servedEnterprises: entry(facts.servedEnterprises),
      coveredDivisions: facts.coveredDivisions ?? [],
      satisfiedAnswers: entry(facts.satisfiedAnswers),
      totalAnswers: entry(facts.totalAnswers),
      eventParticipants: (facts.eventParticipants ?? []).map(entry),
      serviceContents: facts.serviceContents ?? [],
      resourceCount: entry(facts.resourceCount),
      hasPcEntry: facts.hasPcEntry ?? false,
      hasMobileEntry: facts.hasMobileEntry ?? false,
      registrationMinutes: values.noRegistration ? null : entry(facts.registrationMinutes),
    },
  };
}

// Multiple choices are one form field; the schema reports the entry (facts.coveredDivisions.1).
const LIST_FIELDS = new Set(['coveredDivisions', 'serviceContents', 'ecosystem']);

/**
 * The form field an issue belongs to. Entries of a multiple choice go to the choice; the base's total of quality
 * enterprises (facts.qualityEnterprises) goes beside 基地企业数, the number it is compared with.
 */
export function toFormPath(path: FieldPath): FieldPath {
  const [first, second, third] = path;
  if (first !== 'facts' || typeof second !== 'string') return path;
  if (LIST_FIELDS.has(second) && typeof third === 'number') return ['facts', second];
  if (second === 'qualityEnterprises' && path.length === 2) return ['facts', 'enterpriseCount'];
  return path;
}

export function toFormIssues(issues: FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, path: toFormPath(issue.path) }));
}

/** 综合服务平台 · 韶关市 · 创建标准, or 基地 · 认定标准: who was assessed against which rule. */
export function describeSubject(values: SelfAssessmentFormValues, standards: Pick<StandardsResponse, 'labels'>, divisions: DivisionsResponse | undefined): string {
  const { labels } = standards;
  const stage = values.stage ? `${labels.stage[values.stage]}标准` : '';
  if (values.carrier === 'base') return [labels.carrier.base, stage].filter(Boolean).join(' · ');
  const region = values.region === divisions?.province.code ? divisions?.province.name : divisions?.cities.find((c) => c.code === values.region)?.name;
  return [values.platformKind ? labels.platformKind[values.platformKind] : '', region ?? '', stage].filter(Boolean).join(' · ');
}
