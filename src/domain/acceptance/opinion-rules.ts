// 验收专家意见 (Art. 7(3): 对照认定标准和创建方案目标任务): an opinion must judge every indicator the frozen snapshot
// leaves to experts (certification result passed: null, DESIGN §7) and every goal of the creation plan, once each,
// and nothing else. The snapshot is stored JSON (ADR 0015), so it is read defensively here.

export interface IndicatorToJudge {
  code: string;
  /** 二级指标 as the attachment writes it. */
  name: string;
  /** 一级指标. */
  group: string;
  actualText: string;
  /** The certification rule, quoted. */
  required: string;
  /** Why the engine leaves it to experts. */
  reason: string;
}

export interface OpinionJudgements {
  indicatorJudgements: readonly { code: string }[];
  goalJudgements: readonly { goalIndex: number }[];
}

export interface OpinionProblem {
  path: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The rows of the snapshot's dashboard whose certification result is left to experts (passed: null). */
export function indicatorsToJudge(dashboard: unknown): IndicatorToJudge[] {
  const rows = isRecord(dashboard) && Array.isArray(dashboard.rows) ? (dashboard.rows as unknown[]) : [];
  return rows.flatMap((row) => {
    if (!isRecord(row) || typeof row.code !== 'string' || !isRecord(row.certification) || row.certification.passed !== null) return [];
    return [
      {
        code: row.code,
        name: textOf(row.name),
        group: textOf(row.group),
        actualText: textOf(row.actualText),
        required: textOf(row.certification.required),
        reason: textOf(row.certification.reason),
      },
    ];
  });
}

/**
 * Problems of an opinion against what must be judged: `indicators` from the snapshot, `goalTargets` the plan's goals
 * in order. Paths name the item (indicatorJudgements.<code>, goalJudgements.<index>) so a form can show each one.
 */
export function findOpinionProblems(indicators: readonly IndicatorToJudge[], goalTargets: readonly string[], input: OpinionJudgements): OpinionProblem[] {
  const problems: OpinionProblem[] = [];
  const expectedCodes = new Set(indicators.map((indicator) => indicator.code));
  const seenCodes = new Set<string>();
  for (const judgement of input.indicatorJudgements) {
    if (!expectedCodes.has(judgement.code)) problems.push({ path: `indicatorJudgements.${judgement.code}`, message: `指标“${judgement.code}”不属于需专家评判的指标` });
    else if (seenCodes.has(judgement.code)) problems.push({ path: `indicatorJudgements.${judgement.code}`, message: `指标“${judgement.code}”重复评判` });
    seenCodes.add(judgement.code);
  }
  for (const indicator of indicators) {
    if (!seenCodes.has(indicator.code)) problems.push({ path: `indicatorJudgements.${indicator.code}`, message: `请评判指标“${indicator.name}”是否达到认定标准` });
  }
  const seenGoals = new Set<number>();
  for (const judgement of input.goalJudgements) {
    if (judgement.goalIndex < 0 || judgement.goalIndex >= goalTargets.length) problems.push({ path: `goalJudgements.${judgement.goalIndex}`, message: `创建方案没有第${judgement.goalIndex + 1}项目标` });
    else if (seenGoals.has(judgement.goalIndex)) problems.push({ path: `goalJudgements.${judgement.goalIndex}`, message: `第${judgement.goalIndex + 1}项目标重复评判` });
    seenGoals.add(judgement.goalIndex);
  }
  goalTargets.forEach((target, index) => {
    if (!seenGoals.has(index)) problems.push({ path: `goalJudgements.${index}`, message: `请评判第${index + 1}项创建目标“${target}”的完成情况` });
  });
  return problems;
}
