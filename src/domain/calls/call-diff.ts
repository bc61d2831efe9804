// "A new call starts as a copy of last year's with a visible diff": which fields changed between two calls,
// with the Chinese label the province reads (字段 / 上年 / 本年).
import { CITIES, findCity } from '../divisions/divisions';
import { findStandardSet } from '../standards/standard-sets';
import type { CallContent } from './annual-call';

export interface CallFieldChange {
  /** Dotted path into CallContent, e.g. "creationQuota" or "cityCaps.440100". */
  field: string;
  label: string;
  /** null: the field has no value on that side (e.g. a city without a cap). */
  before: string | number | null;
  after: string | number | null;
}

const SCALAR_FIELDS = [
  ['year', '年度'],
  ['title', '通知标题'],
  ['text', '通知正文'],
  ['creationQuota', '年度创建数量'],
  ['opensOn', '申报开始日期'],
  ['closesOn', '申报截止日期'],
  ['cityReviewDeadline', '初审截止日期'],
  ['standardVersion', '标准版本'],
  ['maxScore', '每项满分'],
] as const satisfies readonly (readonly [keyof CallContent, string])[];

function criterionName(code: string, ...versions: string[]): string {
  for (const version of versions) {
    const criterion = findStandardSet(version)?.planCriteria.find((c) => c.code === code);
    if (criterion) return criterion.name;
  }
  return code;
}

/** Changed fields in a fixed order: the scalar fields, then city caps in division-code order, then weights. */
export function diffCalls(previous: CallContent, next: CallContent): CallFieldChange[] {
  const changes: CallFieldChange[] = [];
  for (const [field, label] of SCALAR_FIELDS) {
    if (previous[field] !== next[field]) changes.push({ field, label, before: previous[field], after: next[field] });
  }
  const cityCodes = new Set([...Object.keys(previous.cityCaps), ...Object.keys(next.cityCaps)]);
  const orderedCities = [...CITIES.map((c) => c.code).filter((code) => cityCodes.has(code)), ...[...cityCodes].filter((code) => !findCity(code)).sort()];
  for (const code of orderedCities) {
    const before = previous.cityCaps[code] ?? null;
    const after = next.cityCaps[code] ?? null;
    if (before !== after) changes.push({ field: `cityCaps.${code}`, label: `推荐名额（${findCity(code)?.name ?? code}）`, before, after });
  }
  const criterionCodes = [...new Set([...Object.keys(previous.criterionWeights), ...Object.keys(next.criterionWeights)])];
  for (const code of criterionCodes) {
    const before = previous.criterionWeights[code] ?? null;
    const after = next.criterionWeights[code] ?? null;
    if (before !== after) {
      changes.push({ field: `criterionWeights.${code}`, label: `权重（${criterionName(code, next.standardVersion, previous.standardVersion)}）`, before, after });
    }
  }
  return changes;
}
