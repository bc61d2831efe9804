// Wording of a self-assessment answer (POST /api/v1/self-assessment): the actual value in the attachment's unit,
// fractions as percentages, and the one-line summary.
import type { SelfAssessmentResponse } from '../../../../src/contracts/self-assessment';
import type { Indicator, Stage } from '../../../../src/domain/standards/types';
import { firstCompareThreshold, valueText } from '../standards/threshold-text';

export type IndicatorOutcome = SelfAssessmentResponse['indicators'][number];

/** 999家, 30%, "电脑端服务入口：具备；…", or a dash when only experts judge. */
export function actualText(result: IndicatorOutcome, indicator: Indicator | undefined, stage: Stage): string {
  if (result.actual === null) return result.passed === null ? '—' : '无法计算';
  if (typeof result.actual === 'string') return result.actual;
  const threshold = firstCompareThreshold(indicator, stage);
  return threshold ? valueText(result.actual, threshold) : String(result.actual);
}

export interface OutcomeCounts {
  met: number;
  failed: number;
  expert: number;
}

export function countOutcomes(result: SelfAssessmentResponse): OutcomeCounts {
  const count = (passed: boolean | null) => result.indicators.filter((i) => i.passed === passed).length;
  return { met: count(true), failed: count(false), expert: count(null) };
}

/** 未发现未达标项, or N项未达标. */
export function headline(counts: OutcomeCounts): string {
  return counts.failed === 0 ? '未发现未达标项' : `${counts.failed}项未达标`;
}

export const OUTCOME_LABEL = { met: '达标', failed: '未达标', expert: '专家评审' } as const;

export function outcomeOf(passed: boolean | null): keyof typeof OUTCOME_LABEL {
  return passed === true ? 'met' : passed === false ? 'failed' : 'expert';
}
