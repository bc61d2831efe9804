import { describe, expect, it } from 'vitest';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { COMPARATOR_OF, COMPARATOR_SYMBOL, LEGAL_WORDS } from '../../../../src/domain/standards/comparator';
import { CURRENT_STANDARD_SET } from '../../../../src/domain/standards/standard-sets';
import type { CompareThreshold, Indicator, Threshold } from '../../../../src/domain/standards/types';
import { comparatorGroups, firstCompareThreshold, qualityFormula, thresholdCheckText, valueText } from './threshold-text';

const comparators: StandardsResponse['comparators'] = LEGAL_WORDS.map((word) => ({ word, comparator: COMPARATOR_OF[word], symbol: COMPARATOR_SYMBOL[COMPARATOR_OF[word]] }));
const indicator = (code: string): Indicator => {
  const found = CURRENT_STANDARD_SET.indicators.find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
};
const compare = (changes: Partial<CompareThreshold>): CompareThreshold => ({
  kind: 'compare',
  measure: 'servedEnterprises',
  label: '年服务中小企业数量',
  word: '以上',
  value: 1000,
  unit: 'count',
  unitWord: '家',
  wording: '年服务中小企业1000家以上',
  ...changes,
});

describe('valueText', () => {
  it.each<[number, Partial<CompareThreshold>, string]>([
    [1000, {}, '1000家'],
    [999, {}, '999家'],
    [0.3, { unit: 'fraction', value: 0.3, unitWord: undefined }, '30%'],
    [0.25, { unit: 'fraction', value: 0.25, unitWord: undefined }, '25%'],
    // Beside the threshold a value never reads as the threshold itself.
    [0.2500001, { unit: 'fraction', value: 0.25, unitWord: undefined }, '25.00001%'],
    [1 / 3, { unit: 'fraction', value: 0.3, unitWord: undefined }, '33.3%'],
    [8, { unit: 'minutes', value: 8, unitWord: '分钟' }, '8分钟'],
  ])('%s → %s', (value, changes, expected) => {
    expect(valueText(value, compare(changes))).toBe(expected);
  });
});

describe('thresholdCheckText', () => {
  it.each<[string, Threshold, string]>([
    ['以上 is ≥', compare({}), '年服务中小企业数量 ≥ 1000家'],
    ['超过 is >', compare({ label: '优质企业数量占比（加权）', word: '超过', value: 0.25, unit: 'fraction', unitWord: undefined }), '优质企业数量占比（加权） > 25%'],
    ['a flag', { kind: 'flag', measure: 'hasPcEntry', label: '电脑端服务入口', wording: '具备电脑端服务入口' }, '电脑端服务入口：须具备'],
    ['以内 with no registration', indicator('platform.convenience').certification.thresholds[2]!, '注册流程用时 ≤ 8分钟（不涉及此环节的视为达到）'],
    [
      'events counted per item',
      indicator('platform.offlineEvents').creation.thresholds[0]!,
      '年开展线下专题服务活动 ≥ 5次（每项须满足“每场活动15家以上企业参加”，即 ≥ 15）',
    ],
  ])('%s', (_label, threshold, expected) => {
    expect(thresholdCheckText(threshold, comparators)).toBe(expected);
  });
});

describe('the legend and the formula, from the standard set', () => {
  it('groups the legal words by symbol, with an example from the attachments', () => {
    const groups = comparatorGroups({ comparators, indicators: CURRENT_STANDARD_SET.indicators });
    expect(groups.map((g) => [g.symbol, g.words.join('、'), g.isInclusive, g.example?.wording])).toEqual([
      ['≥', '以上、不少于、不低于、至少', true, '年服务中小企业1000家以上'],
      ['>', '超过、高于', false, '优质企业数量占比超过25%'],
      ['≤', '以内、不超过', true, '用户无需注册或注册流程在8分钟以内完成'],
    ]);
  });

  it('writes the quality-enterprise formula from the category weights', () => {
    expect(qualityFormula(CURRENT_STANDARD_SET.qualityCategories)).toBe(
      '（制造业单项冠军企业数量×20 + 专精特新“小巨人”企业数量×10 + 专精特新中小企业数量×2 + 高新技术企业数量 + 科技型中小企业数量 + 创新型中小企业数量）÷ 基地企业数量',
    );
  });

  it('finds the counted threshold of a stage, none for an experts-only rule', () => {
    expect(firstCompareThreshold(indicator('platform.servedEnterprises'), 'certification')?.value).toBe(3000);
    expect(firstCompareThreshold(indicator('platform.operations'), 'creation')).toBeUndefined();
    expect(firstCompareThreshold(undefined, 'creation')).toBeUndefined();
  });
});
