// Checks facts against a standard set (DESIGN §4, §7). Pure: the same facts and set always give the same answer.
// passed: true — every threshold met and nothing left to experts; false — a threshold the facts fail (even when
// experts also judge part of the indicator); null — experts judge, with a written reason.
import { meets } from './comparator';
import type { AssessmentSubject } from './facts';
import { measure, type MeasureValue } from './measures';
import type { CompareThreshold, Indicator, StandardSet, Threshold } from './types';

export interface IndicatorResult {
  code: string;
  /** 二级指标, exactly as the attachment writes it. */
  name: string;
  type: Indicator['type'];
  /** The attachment's rule for the stage. */
  required: string;
  actual: number | string | null;
  passed: boolean | null;
  reason: string;
}

export interface StandardsEvaluation {
  standardVersion: string;
  /** True when no indicator is false. */
  passed: boolean;
  indicators: IndicatorResult[];
}

export const EXPERT_NOTE = '由专家评审并书面说明理由';

export function applicableIndicators(set: StandardSet, subject: Pick<AssessmentSubject, 'carrier'> & { platformKind?: string }): Indicator[] {
  return set.indicators.filter(
    (i) => i.carrier === subject.carrier && (subject.carrier === 'base' || i.platformKinds.some((k) => k === subject.platformKind)),
  );
}

export function evaluateStandards(set: StandardSet, subject: AssessmentSubject): StandardsEvaluation {
  const indicators = applicableIndicators(set, subject).map((indicator) => evaluateIndicator(set, subject, indicator));
  return { standardVersion: set.version, passed: indicators.every((i) => i.passed !== false), indicators };
}

interface Check {
  threshold: Threshold;
  measured: MeasureValue;
  isMet: boolean;
}

function evaluateIndicator(set: StandardSet, subject: AssessmentSubject, indicator: Indicator): IndicatorResult {
  const rule = indicator[subject.stage];
  const checks = rule.thresholds.map((threshold): Check => {
    const measured = measure(set, subject, threshold);
    return { threshold, measured, isMet: isMet(threshold, measured) };
  });
  const hasFailed = checks.some((c) => !c.isMet);
  const reasons = checks.map(reasonOf);
  if (rule.isExpertJudged) reasons.push(checks.length ? `其余方面${EXPERT_NOTE}` : EXPERT_NOTE);
  return {
    code: indicator.code,
    name: indicator.name,
    type: indicator.type,
    required: rule.required,
    actual: actualOf(checks),
    passed: hasFailed ? false : rule.isExpertJudged ? null : true,
    reason: reasons.join('；'),
  };
}

function isMet(threshold: Threshold, measured: MeasureValue): boolean {
  if (threshold.kind === 'flag') return measured.value === true;
  if (measured.value === null) return threshold.isMetWhenAbsent === true;
  return typeof measured.value === 'number' && meets(measured.value, threshold.word, threshold.value);
}

function actualOf(checks: Check[]): number | string | null {
  const [only] = checks;
  if (!only) return null;
  if (checks.length === 1 && only.threshold.kind === 'compare') return typeof only.measured.value === 'number' ? only.measured.value : null;
  if (checks.length === 1) return shownValue(only);
  return checks.map((c) => `${c.threshold.label}：${shownValue(c)}`).join('；');
}

function shownValue({ threshold, measured }: Check): string {
  if (typeof measured.value === 'boolean') return measured.value ? '具备' : '不具备';
  if (measured.value === null) return measured.detail;
  return threshold.kind === 'compare' ? formatValue(measured.value, threshold) : String(measured.value);
}

function reasonOf(check: Check): string {
  const { threshold, measured, isMet: met } = check;
  const verdict = met ? '达到' : '未达到';
  if (threshold.kind === 'flag') return met ? `具备${threshold.label}` : `不具备${threshold.label}，${verdict}“${threshold.wording}”的要求`;
  if (measured.value === null) return `${measured.detail}，${verdict}“${threshold.wording}”的要求`;
  const detail = measured.detail ? `（${measured.detail}）` : '';
  return `${threshold.label}${shownValue(check)}${detail}，${verdict}“${threshold.wording}”的要求`;
}

function formatValue(value: number, threshold: CompareThreshold): string {
  if (threshold.unit === 'fraction') return formatPercent(value, threshold.value);
  return `${value}${threshold.unitWord ?? ''}`;
}

/**
 * A fraction as a percentage, with just enough decimals that a value beside the threshold never prints as the
 * threshold itself (25.0001% must not read "25%" when "超过25%" passes).
 */
export function formatPercent(value: number, threshold: number): string {
  const shown = (x: number, digits: number) => (x * 100).toFixed(digits);
  let digits = 1;
  while (digits < 8 && value !== threshold && shown(value, digits) === shown(threshold, digits)) digits += 1;
  return `${shown(value, digits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')}%`;
}
