// How the public pages word a threshold of the standard set (GET /api/v1/standards): the legal word's symbol
// (以上 ≥, 超过 >, 以内 ≤ — DESIGN §4) and the value in the attachment's unit, fractions as percentages.
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { formatPercent } from '../../../../src/domain/standards/evaluate-standards';
import type { CompareThreshold, Indicator, Stage, Threshold } from '../../../../src/domain/standards/types';

type Comparators = StandardsResponse['comparators'];

/** 1000家, 30%, 8分钟. */
export function valueText(value: number, threshold: Pick<CompareThreshold, 'unit' | 'unitWord' | 'value'>): string {
  // Enough decimals that a value beside the threshold never prints as the threshold itself.
  if (threshold.unit === 'fraction') return formatPercent(value, threshold.value);
  return `${value}${threshold.unitWord ?? ''}`;
}

export function symbolOf(word: string, comparators: Comparators): string {
  return comparators.find((c) => c.word === word)?.symbol ?? word;
}

/** "年服务中小企业数量 ≥ 1000家": what the system checks for one threshold. */
export function thresholdCheckText(threshold: Threshold, comparators: Comparators): string {
  if (threshold.kind === 'flag') return `${threshold.label}：须具备`;
  let text = `${threshold.label} ${symbolOf(threshold.word, comparators)} ${valueText(threshold.value, threshold)}`;
  if (threshold.perItem) {
    text += `（每项须满足“${threshold.perItem.wording}”，即 ${symbolOf(threshold.perItem.word, comparators)} ${threshold.perItem.value}）`;
  }
  if (threshold.isMetWhenAbsent) text += '（不涉及此环节的视为达到）';
  return text;
}

/** The first counted threshold of an indicator at a stage: it decides how the indicator's actual value reads. */
export function firstCompareThreshold(indicator: Indicator | undefined, stage: Stage): CompareThreshold | undefined {
  return indicator?.[stage].thresholds.find((t): t is CompareThreshold => t.kind === 'compare');
}

export interface ComparatorGroup {
  symbol: string;
  words: string[];
  /** 含本数 (≥, ≤) or 不含本数 (>). */
  isInclusive: boolean;
  /** A threshold of the set worded with one of these words, to show what the exact number gives. */
  example?: CompareThreshold;
}

/** The legend: each symbol with its legal words and, where the set has one, an example from the attachments. */
export function comparatorGroups(standards: Pick<StandardsResponse, 'comparators' | 'indicators'>): ComparatorGroup[] {
  const thresholds = standards.indicators.flatMap((i) => [...i.creation.thresholds, ...i.certification.thresholds]);
  const groups: ComparatorGroup[] = [];
  for (const { word, comparator, symbol } of standards.comparators) {
    let group = groups.find((g) => g.symbol === symbol);
    if (!group) {
      group = { symbol, words: [], isInclusive: comparator !== 'gt' };
      groups.push(group);
    }
    group.words.push(word);
    group.example ??= thresholds.find((t): t is CompareThreshold => t.kind === 'compare' && t.word === word);
  }
  return groups;
}

/** Attachment 2, 指标解释说明 2, from the category weights: (单项冠军×20 + … + 创新型) ÷ 基地企业数量. */
export function qualityFormula(categories: StandardsResponse['qualityCategories']): string {
  const terms = categories.map((c) => (c.weight === 1 ? `${c.label}数量` : `${c.label}数量×${c.weight}`));
  return `（${terms.join(' + ')}）÷ 基地企业数量`;
}
