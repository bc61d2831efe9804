// 半年进展报告 (F4 item 5; Art. 13 "全过程线上管理"): during the creation period the operator reports every half year
// on its work and on each goal of its creation plan (Attachment 3 预期导向), and the city comments.
//
// The measures set no reporting deadline, so this module chooses one rule and every screen follows it:
// - the half years are the creation period cut into 6-month pieces counted from its first day (4 for the 2-year
//   period, 6 once it is extended by a year), with the boundary convention of src/domain/lifecycle/calendar-periods.ts
//   (the last half year ends on the period's own last day);
// - a half year may be reported from its last day (the work is done by then) — earlier is refused;
// - it is due within 1 calendar month after that day: the due day is the corresponding day one month later,
//   and that day itself is still on time;
// - after the due day an unreported half year is 逾期未提交; a late report is still accepted (data are never
//   refused for being late, DESIGN §5) and shows as submitted late.
import type { PlanGoal } from '../applications/application-content';
import { addCalendarMonths, addDays } from '../calendar/day-arithmetic';
import type { PlainDate } from '../shared/plain-date';
import type { CreationPeriod } from './creation-period';

export const HALF_YEAR_MONTHS = 6;
export const REPORT_GRACE_MONTHS = 1;

export const HALF_YEAR_STATUSES = ['not_due', 'open', 'submitted', 'overdue'] as const;
export type HalfYearStatus = (typeof HALF_YEAR_STATUSES)[number];

export const HALF_YEAR_STATUS_LABELS: Record<HalfYearStatus, string> = {
  not_due: '未到期',
  open: '待提交',
  submitted: '已提交',
  overdue: '逾期未提交',
};

export interface HalfYear {
  /** 1 for the first half year of the creation period, 2 for the second, … */
  index: number;
  label: string;
  startsOn: PlainDate;
  /** Inclusive; also the first day the half year may be reported. */
  endsOn: PlainDate;
  /** The last day a report is on time (inclusive). */
  dueOn: PlainDate;
}

/** The half years of a creation period, in order. */
export function halfYearsOf(period: Pick<CreationPeriod, 'startsOn' | 'endsOn' | 'years'>): HalfYear[] {
  const count = period.years.length * 2;
  const halves: HalfYear[] = [];
  for (let index = 1; index <= count; index += 1) {
    const startsOn = addCalendarMonths(period.startsOn, HALF_YEAR_MONTHS * (index - 1));
    // Each boundary is counted from the period's first day, so a start on the 31st does not drift to the 28th.
    const endsOn = index === count ? period.endsOn : addDays(addCalendarMonths(period.startsOn, HALF_YEAR_MONTHS * index), -1);
    halves.push({ index, label: `第${index}个半年`, startsOn, endsOn, dueOn: addCalendarMonths(endsOn, REPORT_GRACE_MONTHS) });
  }
  return halves;
}

export function isReportable(half: HalfYear, today: PlainDate): boolean {
  return today >= half.endsOn;
}

export function halfYearStatus(half: HalfYear, today: PlainDate, isSubmitted: boolean): HalfYearStatus {
  if (isSubmitted) return 'submitted';
  if (!isReportable(half, today)) return 'not_due';
  return today <= half.dueOn ? 'open' : 'overdue';
}

/** A report handed in after its due day (submittedOn is the Asia/Shanghai day it was submitted). */
export function isLate(half: HalfYear, submittedOn: PlainDate): boolean {
  return submittedOn > half.dueOn;
}

/**
 * The plan's goals as the application content holds them. Content is stored JSON, so anything not shaped like a
 * goal is left out rather than trusted.
 */
export function planGoalsOf(content: unknown): PlanGoal[] {
  const plan = isRecord(content) ? content.plan : undefined;
  const goals = isRecord(plan) && Array.isArray(plan.goals) ? (plan.goals as unknown[]) : [];
  return goals.flatMap((goal) =>
    isRecord(goal) && typeof goal.indicatorCode === 'string' && typeof goal.target === 'string' ? [{ indicatorCode: goal.indicatorCode, target: goal.target }] : [],
  );
}

export interface GoalProgressEntry {
  indicatorCode: string;
  progress: string;
}

/**
 * The report must say how far each goal of the plan has come, in the plan's order: one entry per goal, naming the
 * goal's indicator. Returns the problems as {path, message}, empty when the entries match the goals.
 */
export function findGoalProgressProblems(goals: readonly PlanGoal[], entries: readonly GoalProgressEntry[]): { path: string; message: string }[] {
  if (entries.length !== goals.length) {
    return [{ path: 'goalProgress', message: `创建方案共有${goals.length}项创建目标，请逐项填写进展（现为${entries.length}项）` }];
  }
  return goals.flatMap((goal, i) =>
    entries[i]?.indicatorCode === goal.indicatorCode
      ? []
      : [{ path: `goalProgress.${i}.indicatorCode`, message: `第${i + 1}项进展应对应创建目标“${goal.target}”（指标${goal.indicatorCode}）` }],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
