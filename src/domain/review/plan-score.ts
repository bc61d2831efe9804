// Scores of the creation plan (Attachment 3): each expert gives each of the six criteria an integer from 0 to
// the call's maxScore; a plan's total from one expert is Σ weight × score ÷ maxScore, so it lies between 0 and 100
// whatever the scale (ADR 0011). The group's score of a plan is the mean of the experts' totals. Scores stay
// internal: nothing here is ever published (Art. 8).
import type { ErrorIssue } from '../shared/app-error';

export interface ScoringRules {
  /** Criterion code → weight, summing to 100 (the call's criterionWeights). */
  criterionWeights: Readonly<Record<string, number>>;
  maxScore: number;
}

/** Field-by-field problems with one expert's scores; empty when every criterion has an integer in range. */
export function validateScores(rules: ScoringRules, scores: Readonly<Record<string, unknown>>, criterionNames: Readonly<Record<string, string>> = {}): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  for (const code of Object.keys(rules.criterionWeights)) {
    const score = scores[code];
    const name = criterionNames[code] ?? code;
    if (score === undefined || score === null) issues.push({ path: `scores.${code}`, message: `请为“${name}”打分` });
    else if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > rules.maxScore) {
      issues.push({ path: `scores.${code}`, message: `“${name}”的分数应为0至${rules.maxScore}之间的整数` });
    }
  }
  for (const code of Object.keys(scores)) {
    if (!(code in rules.criterionWeights)) issues.push({ path: `scores.${code}`, message: `评分项“${code}”不属于本年度创建方案评价要求` });
  }
  return issues;
}

/** One expert's total, 0..100, rounded to two decimals. Assumes validateScores found nothing. */
export function planTotal(rules: ScoringRules, scores: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const [code, weight] of Object.entries(rules.criterionWeights)) total += (weight * (scores[code] ?? 0)) / rules.maxScore;
  return Math.round(total * 100) / 100;
}

/** The mean of the submitted totals, two decimals; null when no expert has scored yet. */
export function meanTotal(totals: readonly number[]): number | null {
  if (totals.length === 0) return null;
  return Math.round((totals.reduce((sum, t) => sum + t, 0) / totals.length) * 100) / 100;
}
