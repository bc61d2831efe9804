// The draft form ↔ the request body of POST /api/calls and POST /api/calls/:id.
import type { CallContentRequest } from '../../../../src/contracts/calls';
import type { CallContent } from '../../../../src/domain/calls/annual-call';
import type { FieldIssue } from '../../lib/form-errors';

export interface CallFormValues {
  year?: number | null;
  title?: string;
  text?: string;
  creationQuota?: number | null;
  cityCaps?: Record<string, number | null | undefined>;
  opensOn?: string;
  closesOn?: string;
  cityReviewDeadline?: string;
  standardVersion?: string;
  criterionWeights?: Record<string, number | null | undefined>;
  maxScore?: number | null;
}

const filled = (record: Record<string, number | null | undefined> | undefined): Record<string, number> =>
  Object.fromEntries(Object.entries(record ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));

/** An empty cap means "no cap" for that city; an empty weight is left out so the rules name it. */
export function toCallBody(values: CallFormValues): Partial<CallContentRequest> {
  return {
    year: values.year ?? undefined,
    title: values.title ?? '',
    text: values.text ?? '',
    creationQuota: values.creationQuota ?? undefined,
    cityCaps: filled(values.cityCaps),
    opensOn: values.opensOn ?? '',
    closesOn: values.closesOn ?? '',
    cityReviewDeadline: values.cityReviewDeadline ?? '',
    standardVersion: values.standardVersion ?? '',
    criterionWeights: filled(values.criterionWeights),
    maxScore: values.maxScore ?? undefined,
  };
}

export function toCallFormValues(call: CallContent): CallFormValues {
  return { ...call, cityCaps: { ...call.cityCaps }, criterionWeights: { ...call.criterionWeights } };
}

export function weightSum(weights: CallFormValues['criterionWeights']): number {
  return Object.values(filled(weights)).reduce((total, weight) => total + weight, 0);
}

const KEYED = ['cityCaps', 'criterionWeights'];

/**
 * Criterion codes contain dots ("plan.content"), so a server path "criterionWeights.plan.content" is turned back
 * into the form's name ["criterionWeights", "plan.content"].
 */
export function toCallFormIssues(issues: FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const [head, ...rest] = issue.path;
    if (typeof head === 'string' && KEYED.includes(head) && rest.length > 0) return { ...issue, path: [head, rest.join('.')] };
    return issue;
  });
}
