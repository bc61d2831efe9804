// Turns self-assessment facts into the numbers the thresholds compare, with a Chinese note of how each was counted.
import { coverageRatio } from '../divisions/divisions';
import type { AssessmentSubject, BaseFacts, PlatformFacts } from './facts';
import { PLATFORM_KIND_LABELS, type Measure, type PlatformKind, type StandardSet, type Threshold } from './types';
import { meets } from './comparator';

export interface MeasureValue {
  /** null: nothing to compare (e.g. no survey answers, or a fact this carrier does not have). */
  value: number | boolean | null;
  /** How it was counted, e.g. 满意答卷80份，共100份. */
  detail: string;
}

const none = (detail: string): MeasureValue => ({ value: null, detail });

export function measure(set: StandardSet, subject: AssessmentSubject, threshold: Threshold): MeasureValue {
  if (subject.carrier === 'platform') return platformMeasure(set, subject, subject.facts, threshold);
  return baseMeasure(set, subject.facts, threshold.measure);
}

function platformMeasure(
  set: StandardSet,
  subject: { platformKind: PlatformKind; region: string },
  facts: PlatformFacts,
  threshold: Threshold,
): MeasureValue {
  switch (threshold.measure) {
    case 'serviceContents':
      return serviceContents(set, subject.platformKind, facts.serviceContents);
    case 'resourceCount':
      return { value: facts.resourceCount, detail: '' };
    case 'servedEnterprises':
      return { value: facts.servedEnterprises, detail: '' };
    case 'coverage':
      return coverage(subject.region, facts.coveredDivisions);
    case 'satisfaction':
      if (facts.totalAnswers === 0) return none('没有满意度答卷，无法计算占比');
      return { value: facts.satisfiedAnswers / facts.totalAnswers, detail: `满意答卷${facts.satisfiedAnswers}份，共${facts.totalAnswers}份` };
    case 'offlineEvents': {
      const perItem = threshold.kind === 'compare' ? threshold.perItem : undefined;
      const counted = perItem ? facts.eventParticipants.filter((n) => meets(n, perItem.word, perItem.value)) : facts.eventParticipants;
      const detail = perItem ? `共${facts.eventParticipants.length}场，其中${perItem.value}家${perItem.word}企业参加的${counted.length}场` : '';
      return { value: counted.length, detail };
    }
    case 'hasPcEntry':
      return { value: facts.hasPcEntry, detail: '' };
    case 'hasMobileEntry':
      return { value: facts.hasMobileEntry, detail: '' };
    case 'registrationMinutes':
      return facts.registrationMinutes === null ? none('用户无需注册') : { value: facts.registrationMinutes, detail: '' };
    default:
      return none('平台类不适用');
  }
}

function baseMeasure(set: StandardSet, facts: BaseFacts, key: Measure): MeasureValue {
  switch (key) {
    case 'leadingIndustryRevenueShare':
      return { value: facts.leadingIndustryRevenueShare, detail: '' };
    case 'qualityEnterpriseShare':
      return qualityShare(set, facts);
    case 'avgRdIntensity':
      return { value: facts.avgRdIntensity, detail: '' };
    case 'enterpriseCount':
      return { value: facts.enterpriseCount, detail: '' };
    case 'ecosystemCarriers': {
      const present = set.ecosystemCarriers.filter((c) => facts.ecosystem.includes(c.key));
      return { value: present.length, detail: present.length ? `具备${present.map((c) => c.label).join('、')}` : '三类载体均不具备' };
    }
    default:
      return none('基地类不适用');
  }
}

function serviceContents(set: StandardSet, kind: PlatformKind, items: readonly string[]): MeasureValue {
  const list = set.serviceItems[kind];
  const distinct = [...new Set(items)];
  const listed = distinct.filter((item) => list.includes(item));
  const unlisted = distinct.filter((item) => !list.includes(item));
  const kindLabel = PLATFORM_KIND_LABELS[kind];
  let detail = listed.length ? `${kindLabel}服务内容：${listed.join('、')}` : `未提供${kindLabel}清单内的服务内容`;
  if (unlisted.length) detail += `；不属于${kindLabel}服务内容、未计入：${unlisted.join('、')}`;
  return { value: listed.length, detail };
}

function coverage(region: string, codes: readonly string[]): MeasureValue {
  const result = coverageRatio(region, codes);
  if (!result) return none(`区划${region}没有可统计的下一级行政区`);
  let detail = `覆盖下一级行政区${result.covered}个，共${result.total}个`;
  if (result.outsideCodes.length) detail += `；不在本区域下一级行政区内、未计入：${result.outsideCodes.join('、')}`;
  if (result.unknownCodes.length) detail += `；无法识别、未计入：${result.unknownCodes.join('、')}`;
  return { value: result.ratio, detail };
}

// Attachment 2, 指标解释说明 2: (单项冠军×20 + 小巨人×10 + 专精特新×2 + 高新技术 + 科技型 + 创新型) / 基地企业数.
function qualityShare(set: StandardSet, facts: BaseFacts): MeasureValue {
  if (facts.enterpriseCount === 0) return none('基地企业数量为0，无法计算占比');
  const weighted = set.qualityCategories.reduce((sum, c) => sum + facts.qualityEnterprises[c.key] * c.weight, 0);
  return { value: weighted / facts.enterpriseCount, detail: `加权优质企业数${weighted}，基地企业数${facts.enterpriseCount}` };
}
